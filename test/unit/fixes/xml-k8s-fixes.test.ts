// Every fix of the XML server/build configs and Kubernetes manifests applied to its ng fixtures:
// the result still parses, applying the same fix again changes nothing more, and the finding is
// gone (for the allow-list fix: replaced by the "fill this in" finding).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/engine/analyze';
import { withDefaults } from '../../../server/src/engine/config/config';
import { fixesFor } from '../../../server/src/engine/fixes';
import { applyEdits } from '../../../server/src/engine/fixes/vault/text-lines';
import type { Finding } from '../../../server/src/engine/types';
import { exposureFacts } from '../../../server/src/engine/exposure/facts';
import { AnalysisContext } from '../../../server/src/engine/context';
import { detectKind, syntaxOf } from '../../../server/src/engine/kinds/detect-kind';

const RULES = join(__dirname, '../../rules');
const config = withDefaults({});
const read = (rel: string): string => readFileSync(join(RULES, rel), 'utf8');

interface Case {
  fixture: string;
  /** Path the file is analysed at (decides the kind). */
  path: string;
  rule: string;
  title: string;
  /** Text the fixed file must contain. */
  expect: string[];
  /** A finding that must appear after the fix (the placeholder to fill in). */
  thenReports?: string;
}

const CASES: Case[] = [
  { fixture: 'secret/generic-password/ng.maven-settings/settings.xml', path: 'settings.xml', rule: 'secret/generic-password', title: 'Move to secret store as ${env.MAVEN_RELEASES_PASSWORD}', expect: ['<password>${env.MAVEN_RELEASES_PASSWORD}</password>'] },
  { fixture: 'secret/generic-password/ng.nuget-config/NuGet.config', path: 'NuGet.config', rule: 'secret/generic-password', title: 'Move to secret store as %NUGET_CONTOSO_FEED_PASSWORD%', expect: ['<add key="ClearTextPassword" value="%NUGET_CONTOSO_FEED_PASSWORD%" />'] },
  {
    fixture: 'secret/generic-password/ng.kubernetes/manifests.yaml',
    path: 'manifests.yaml',
    rule: 'secret/generic-password',
    title: 'Move to secret store as valueFrom.secretKeyRef confluence-secrets/atl-jdbc-password',
    expect: ['            - name: ATL_JDBC_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: confluence-secrets\n                  key: atl-jdbc-password\n'],
  },
  { fixture: 'network/server-exposed/ng.k8s-ingress/confluence.yaml', path: 'confluence.yaml', rule: 'network/server-exposed', title: 'Restrict Ingress confluence', expect: ['  annotations:\n    nginx.ingress.kubernetes.io/allowlist-source-range: "<your-office-or-vpn-cidr>"'], thenReports: 'kubernetes/allowlist-placeholder' },
  { fixture: 'network/server-exposed/ng.k8s-ingress/gitlab-open-allowlist.yaml', path: 'gitlab.yaml', rule: 'network/server-exposed', title: 'Restrict Ingress gitlab', expect: ['nginx.ingress.kubernetes.io/whitelist-source-range: "<your-office-or-vpn-cidr>"'], thenReports: 'kubernetes/allowlist-placeholder' },
  { fixture: 'network/server-exposed/ng.k8s-loadbalancer/bitbucket.yaml', path: 'bitbucket.yaml', rule: 'network/server-exposed', title: 'Restrict Service bitbucket', expect: ['<your-office-or-vpn-cidr>'], thenReports: 'kubernetes/allowlist-placeholder' },
  { fixture: 'network/server-exposed/ng.helm-atlassian-ingress/values.yaml', path: 'values.yaml', rule: 'network/server-exposed', title: "Restrict the chart's Ingress", expect: ['nginx.ingress.kubernetes.io/allowlist-source-range'], thenReports: 'kubernetes/allowlist-placeholder' },
  { fixture: 'network/admin-port-exposed/ng.k8s-loadbalancer-db/postgres.yaml', path: 'postgres.yaml', rule: 'network/admin-port-exposed', title: 'Restrict Service postgres', expect: ['  loadBalancerSourceRanges: ["<your-office-or-vpn-cidr>"]'], thenReports: 'kubernetes/allowlist-placeholder' },
];

function fixOf(path: string, text: string, finding: Finding, title: string) {
  const r = analyze({ path, text, config });
  return fixesFor({ path, text, kind: r.kind!, config, finding }).find((f) => f.title.startsWith(title));
}

describe('XML and Kubernetes fixes on their ng fixtures', () => {
  for (const c of CASES) {
    it(`${c.fixture}: ${c.title}`, () => {
      const text = read(c.fixture);
      const before = analyze({ path: c.path, text, config });
      const mine = before.findings.filter((f) => f.ruleId === c.rule);
      const target = mine.find((f) => fixOf(c.path, text, f, c.title));
      assert.ok(target, `a ${c.rule} finding with the fix "${c.title}"`);
      const fix = fixOf(c.path, text, target, c.title)!;
      const fixed = applyEdits(text, fix.edits);
      for (const e of c.expect) assert.ok(fixed.includes(e), `${e}\n--- in ---\n${fixed}`);
      const secret = text.slice(target.range.start, target.range.end);
      if (c.rule.startsWith('secret/')) {
        assert.ok(!fixed.includes(secret), 'the secret is gone');
        assert.ok(!fix.followUp?.includes(secret), 'the follow-up does not hold it');
        assert.match(fix.followUp!, /treat it as leaked/);
      }
      const after = analyze({ path: c.path, text: fixed, config });
      assert.equal(after.kind, before.kind);
      assert.deepEqual(after.failures, []);
      assert.ok(!after.findings.some((f) => f.ruleId === 'outpost/parse-error'), 'the fixed file still parses');
      assert.equal(after.findings.filter((f) => f.ruleId === c.rule).length, mine.length - 1, 'the fixed finding is gone');
      // The editor may still hold the old diagnostic: applying the same fix again changes nothing.
      const again = fixOf(c.path, fixed, target, c.title);
      assert.equal(again ? applyEdits(fixed, again.edits) : fixed, fixed, 'applying twice changes nothing more');
      if (c.thenReports) assert.ok(after.findings.some((f) => f.ruleId === c.thenReports), `${c.thenReports} asks to fill in the placeholder`);
      if (!c.rule.startsWith('secret/')) assert.equal(fix.safe, false, 'a placeholder that blocks traffic is never part of fix-all');
    });
  }

  it('no automatic fix where the format has none (Atlassian, Tomcat, a Secret\'s data): the message says what to do', () => {
    for (const [fixture, path, says] of [
      ['secret/generic-password/ng.jira-dbconfig/dbconfig.xml', 'dbconfig.xml', /AWS Secrets Manager or HashiCorp Vault/],
      ['secret/generic-password/ng.tomcat-server/server.xml', 'server.xml', /Tomcat has no reference syntax/],
      ['secret/github-token/ng.k8s-secret-data/secret.yaml', 'secret.yaml', /ExternalSecret, a SealedSecret or a SOPS/],
    ] as const) {
      const text = read(fixture);
      const r = analyze({ path, text, config });
      const f = r.findings.find((x) => x.ruleId.startsWith('secret/'));
      assert.ok(f, fixture);
      assert.match(f.message, says);
      const titles = fixesFor({ path, text, kind: r.kind!, config, finding: f }).map((x) => x.title);
      assert.ok(!titles.some((t) => t.startsWith('Move to secret store')), `${fixture}: ${titles.join(' | ')}`);
    }
  });
});

describe('Kubernetes exposure facts', () => {
  const facts = (path: string, text: string) => {
    const kind = detectKind(path, text)!;
    return exposureFacts(new AnalysisContext(path, text, kind, syntaxOf(kind, path), config, new Date()));
  };
  it('an Ingress without an allow list: 80/443 from anywhere, hints from names, hosts and backends', () => {
    const [f] = facts('i.yaml', read('network/server-exposed/ng.k8s-ingress/confluence.yaml'));
    assert.ok(f);
    assert.equal(f.resource, 'Ingress confluence');
    assert.deepEqual(f.ports, [{ from: 80, to: 80 }, { from: 443, to: 443 }]);
    assert.deepEqual(f.sources, []);
    assert.equal(f.fromAnywhere, true);
    assert.ok(f.hints.includes('confluence.example.org'));
    assert.ok(f.hints.includes('wiki'));
  });
  it('allow lists (new and old annotation names, loadBalancerSourceRanges) are read as sources', () => {
    const ok = facts('o.yaml', read('network/server-exposed/ok.k8s-restricted/ingress.yaml'));
    assert.deepEqual(ok.map((f) => [f.resource, f.sources, f.fromAnywhere]), [
      ['Ingress confluence', ['10.0.0.0/8', '203.0.113.0/24'], false],
      ['Service grafana (LoadBalancer)', ['198.51.100.0/24'], false],
    ], 'internal ALB Ingress, internal LoadBalancer and ClusterIP give no fact');
    const [old] = facts('g.yaml', read('network/server-exposed/ng.k8s-ingress/gitlab-open-allowlist.yaml'));
    assert.deepEqual([old!.sources, old!.fromAnywhere], [['0.0.0.0/0'], true]);
  });
  it('a LoadBalancer Service: its ports, open when the source list says 0.0.0.0/0', () => {
    const [f] = facts('b.yaml', read('network/server-exposed/ng.k8s-loadbalancer/bitbucket.yaml'));
    assert.deepEqual(f!.ports, [{ from: 80, to: 80 }, { from: 7999, to: 7999 }]);
    assert.equal(f!.fromAnywhere, true);
  });
  it('no fix for an Ingress of another controller (the nginx annotation would do nothing there)', () => {
    const text = 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: jira\nspec:\n  ingressClassName: traefik\n  rules:\n    - host: jira.example.org\n';
    const [f] = facts('t.yaml', text);
    assert.equal(f!.fromAnywhere, true);
    assert.equal(f!.fix, undefined);
  });
});
