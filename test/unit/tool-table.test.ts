// The tool table (server/src/engine/tools): every quick fix on every ng.* case folder of the rules
// the table feeds is applied to the file and checked — the result still parses, applying the fix
// again changes nothing, and the finding it was for is gone. Plus the evaluator's own contract.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze, PARSE_ERROR_RULE } from '../../server/src/engine/analyze';
import { DEFAULT_CONFIG } from '../../server/src/engine/config/config';
import { fixesFor } from '../../server/src/engine/fixes';
import type { FixResult, OffsetEdit } from '../../server/src/engine/fixes/fix-provider';
import type { Finding } from '../../server/src/engine/types';
import { toolSettings } from '../../server/src/engine/tools';
import { detectKind } from '../../server/src/engine/kinds/detect-kind';
import { isReference } from '../../server/src/engine/secrets/placeholders';
import type { PostureFact } from '../../server/src/engine/tools/tool-setting';
import { FACT_RULES, START, withToolTableSection } from '../support/tool-table-docs';

const rules = join(__dirname, '../rules');
const TABLE_RULES = ['collab/mfa-not-required', 'collab/ip-allowlist-missing', 'collab/anonymous-access', 'collab/public-signup', 'collab/audit-log-disabled', 'collab/tls-disabled', 'collab/admin-exposed', 'gitea/install-lock-disabled', 'jira/websudo-disabled'];

function apply(text: string, edits: readonly OffsetEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start)) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

function preferred(path: string, text: string, finding: Finding): FixResult | undefined {
  const kind = analyze({ path, text }).kind!;
  return fixesFor({ path, text, kind, config: DEFAULT_CONFIG, finding }).find((f) => f.isPreferred && f.safe);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
}

describe('tool table quick fixes on the ng fixtures', () => {
  let applied = 0;
  for (const ruleId of TABLE_RULES) {
    let dirs: string[] = [];
    try {
      dirs = readdirSync(join(rules, ruleId)).filter((n) => n.startsWith('ng.') && statSync(join(rules, ruleId, n)).isDirectory());
    } catch {
      continue;
    }
    for (const caseDir of dirs) {
      for (const file of filesUnder(join(rules, ruleId, caseDir))) {
        const path = relative(join(rules, ruleId, caseDir), file).split('\\').join('/');
        it(`${ruleId} ${caseDir}/${path}`, () => {
          const text = readFileSync(file, 'utf8');
          const first = analyze({ path, text });
          const mine = first.findings.filter((f) => f.ruleId === ruleId);
          assert.ok(mine.length > 0, 'the ng case reports');
          for (const finding of mine) {
            if (!finding.fix) {
              assert.match(finding.message, /\.$/, 'a finding without a fix says what to do');
              continue;
            }
            const fix = preferred(path, text, finding);
            assert.ok(fix, `a fix for: ${finding.message}`);
            const fixed = apply(text, fix.edits);
            const again = preferred(path, fixed, finding);
            assert.equal(again ? apply(fixed, again.edits) : fixed, fixed, 'applying twice changes nothing more');
            const after = analyze({ path, text: fixed });
            assert.equal(after.kind, first.kind, 'still the same kind of file');
            assert.deepEqual(after.findings.filter((f) => f.ruleId === PARSE_ERROR_RULE), [], 'the fixed file parses');
            assert.equal(after.findings.filter((f) => f.ruleId === ruleId).length, mine.length - 1, 'the fixed finding is gone');
            // Only the setting changed: every other line is still there.
            const kept = text.split('\n').filter((l) => fixed.split('\n').includes(l)).length;
            assert.ok(kept >= text.split('\n').length - 1, 'the fix changes at most one existing line');
            applied++;
          }
        });
      }
    }
  }
  after(() => assert.ok(applied >= 20, `fixes applied: ${applied}`));
});

describe('tool table', () => {
  it('every row names a tool, a non-empty path, a reason and a source or manual step', () => {
    for (const r of toolSettings) {
      assert.ok(r.tool && r.path.length > 0 && r.why.length > 20, `${r.tool} ${r.path.join('.')}`);
      assert.ok(r.kinds.length > 0, `${r.tool} ${r.path.join('.')} has kinds`);
      assert.ok(!r.syntaxes || r.sniff, 'rows matched by syntax need a sniff');
      assert.ok(!r.why.endsWith('.'), 'why is a clause: the message adds the full stop');
    }
  });

  it('writes the safe value where a section is missing (INI), and is idempotent', () => {
    const path = 'app.ini';
    const text = '[server]\nROOT_URL = https://git.example.org/\n\n[security]\nINSTALL_LOCK = true\n';
    const f = analyze({ path, text }).findings.find((x) => x.ruleId === 'collab/public-signup')!;
    const fixed = apply(text, preferred(path, text, f)!.edits);
    assert.equal(fixed, `${text}\n[service]\nDISABLE_REGISTRATION = true\n`);
    assert.equal(preferred(path, fixed, f), undefined);
  });

  it('a file that does not parse gets the parse-error info, never a "missing" guess', () => {
    const r = analyze({ path: 'config/config.json', text: '{\n  "ServiceSettings": {\n    "SiteURL": "x",\n  "TeamSettings": {\n' });
    assert.equal(r.kind, 'mattermost-config');
    assert.deepEqual(r.failures, []);
    assert.deepEqual(r.findings.map((f) => f.ruleId), [PARSE_ERROR_RULE]);
  });

  it('claims generic names only on a sniff', () => {
    assert.equal(detectKind('config.json', '{"auths": {}}'), undefined);
    assert.equal(detectKind('config/config.json', '{"ServiceSettings": {}, "TeamSettings": {}}'), 'mattermost-config');
    assert.equal(detectKind('app.ini', '[web]\nweb1 ansible_host=10.0.0.5\n'), 'ansible-inventory');
    assert.equal(detectKind('custom/conf/app.ini', '[server]\nROOT_URL = x\n[security]\nINSTALL_LOCK = true\n'), 'gitea-ini');
    assert.equal(detectKind('realm.json', '{\n  "realm": "x",\n  "clients": []\n}'), 'keycloak-realm');
    assert.equal(detectKind('package.json', '{\n  "name": "realm",\n  "realm": "x"\n}'), undefined);
    assert.equal(detectKind('k8s/cm.yaml', 'kind: ConfigMap\nmetadata:\n  name: argocd-cm\n'), 'argocd-config');
    assert.equal(detectKind('k8s/cm.yaml', 'kind: ConfigMap\nmetadata:\n  name: argocd-cmx\n'), undefined);
  });

  it('Grafana expansions are references, literals are not', () => {
    for (const v of ['$__env{GF_SECURITY_ADMIN_PASSWORD}', '$__file{/run/secrets/admin_password}', '$__vault{hashicorp:secret/grafana:pw}', 'prefix-$__env{X}']) assert.ok(isReference(v), v);
    for (const v of ['__env{X}', '$__env(X)', 'Zq8vN3xTr7wKp2mLs9']) assert.ok(!isReference(v), v);
  });
});

describe('tool table docs', () => {
  for (const [fact, ruleId] of Object.entries(FACT_RULES) as [PostureFact, string][]) {
    it(`docs/rules/${ruleId}.md lists the table rows (regenerate: node --import tsx scripts/write-tool-table-docs.ts)`, () => {
      const page = readFileSync(join(__dirname, '../../docs/rules', `${ruleId}.md`), 'utf8');
      assert.equal(page, withToolTableSection(page, fact));
      assert.ok(page.includes(START));
    });
  }
});
