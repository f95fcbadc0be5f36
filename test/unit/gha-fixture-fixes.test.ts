// Every quick fix of the Actions, Dependabot and pipeline script-injection rules, applied to every finding of their ng
// fixtures: the result still parses, the finding is gone (or, for the env fix, every use of the
// expression is), and applying the same fix again changes nothing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze } from '../../server/src/engine/analyze';
import { withDefaults } from '../../server/src/engine/config/config';
import type { OutpostConfig } from '../../server/src/engine/config/config';
import { fixesFor } from '../../server/src/engine/fixes';
import type { OffsetEdit } from '../../server/src/engine/fixes/fix-provider';
import type { Finding } from '../../server/src/engine/types';
import { PARSE_ERROR_RULE } from '../../server/src/engine/analyze';

const RULES = ['gha/template-injection', 'gha/persist-credentials', 'gha/excessive-permissions', 'gha/bot-conditions', 'gha/unsound-contains', 'gha/unsound-condition', 'repo/dependabot-code-execution', 'pipeline/script-injection'];
const root = join(__dirname, '../rules');
const NOW = new Date('2026-11-27T12:00:00Z');

function apply(text: string, edits: readonly OffsetEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start)) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

function preferredFix(path: string, text: string, config: OutpostConfig, finding: Finding): OffsetEdit[] | undefined {
  const r = analyze({ path, text, config, now: NOW });
  return fixesFor({ path, text, kind: r.kind!, config, finding }).find((f) => !/^(Ignore|Add this)/.test(f.title))?.edits;
}

for (const ruleId of RULES) {
  describe(`${ruleId} fixes on its ng fixtures`, () => {
    const dir = join(root, ruleId);
    const opts = existsSync(join(dir, 'fixture.json')) ? (JSON.parse(readFileSync(join(dir, 'fixture.json'), 'utf8')) as { virtualPath?: string }) : {};
    const config = withDefaults({ scanAllFiles: true });
    let fixable = 0;
    for (const c of readdirSync(dir).filter((n) => n.startsWith('ng.')).sort()) {
      const casePath = join(dir, c);
      const isDir = statSync(casePath).isDirectory();
      for (const file of isDir ? files(casePath) : [casePath]) {
        const rel = isDir ? relative(casePath, file).split('\\').join('/') : c;
        const path = opts.virtualPath ? opts.virtualPath.replace('{file}', rel) : rel;
        const text = readFileSync(file, 'utf8');
        const found = analyze({ path, text, config, now: NOW }).findings.filter((f) => f.ruleId === ruleId);
        found.forEach((finding, i) => {
          if (!finding.fix) return;
          fixable++;
          it(`${c} ${rel} #${i + 1}`, () => {
            const edits = preferredFix(path, text, config, finding);
            assert.ok(edits && edits.length > 0, 'a fix is offered for a finding that carries fix data');
            const out = apply(text, edits);
            const again = analyze({ path, text: out, config, now: NOW });
            assert.deepEqual(again.failures, []);
            assert.ok(!again.findings.some((f) => f.ruleId === PARSE_ERROR_RULE), `the fixed file parses:\n${out}`);
            const covered = text.slice(finding.range.start, finding.range.end);
            const left = again.findings.filter((f) => f.ruleId === ruleId);
            assert.ok(left.length < found.length, `the finding is gone:\n${out}`);
            assert.ok(!left.some((f) => f.message === finding.message && out.slice(f.range.start, f.range.end) === covered && f.range.start === finding.range.start), 'not the same finding at the same place');
            const twice = preferredFix(path, out, config, finding);
            assert.equal(twice ? apply(out, twice) : out, out, 'applying twice changes nothing more');
          });
        });
      }
    }
    it('its ng fixtures carry fix data', () => assert.ok(fixable > 0, `${ruleId} has no fixable finding in its ng fixtures`));
  });
}
