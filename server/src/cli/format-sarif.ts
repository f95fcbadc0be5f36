// SARIF 2.1.0 for GitHub code scanning and other SARIF consumers: every rule in the run with
// its help link, results with regions (UTF-16 columns, as JavaScript counts), and the
// fingerprint in partialFingerprints so alerts survive line moves. Skipped files become
// tool execution notifications.
import type { RuleMeta, Severity } from '../engine/types';
import { ruleCatalog } from '../engine/catalog';
import { docsUrl } from '../engine/docs-url';
import type { ScanOutcome } from './scan-files';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
/** GitHub ranks security alerts by this 0-10 property. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.0', info: '2.0' };

export function formatSarif(outcome: ScanOutcome, version: string): string {
  const catalog = ruleCatalog(outcome.config);
  const known = new Map(catalog.map((r) => [r.id, r]));
  // Rules that appear in results but not in the catalog (should not happen) still need an entry.
  for (const f of outcome.findings) {
    if (!known.has(f.ruleId)) known.set(f.ruleId, { id: f.ruleId, severity: f.severity, description: f.ruleId, fixable: false });
  }
  const rules = [...known.values()];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const rule = (r: RuleMeta): object => ({
    id: r.id,
    name: r.id.replace(/[/-](\w)/g, (_m, ch: string) => ch.toUpperCase()).replace(/^\w/, (ch) => ch.toUpperCase()),
    shortDescription: { text: r.description },
    fullDescription: { text: r.description },
    helpUri: docsUrl(r.id),
    help: { text: `${r.description} See ${docsUrl(r.id)}`, markdown: `${r.description} [Documentation](${docsUrl(r.id)})` },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: ['security', r.id.split('/')[0]], precision: r.id.startsWith('secret/generic') ? 'medium' : 'high', 'security-severity': SECURITY_SEVERITY[r.severity] },
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Outpost', semanticVersion: version, version, informationUri: 'https://github.com/outpost-security/outpost', rules: rules.map(rule) } },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: 'file://' + encodeURI(outcome.root.replace(/\\/g, '/').replace(/\/?$/, '/')) } },
        invocations: [
          {
            executionSuccessful: outcome.failures.length === 0,
            toolExecutionNotifications: [
              ...outcome.skipped.map((s) => ({ level: 'note', message: { text: `Skipped ${s.path}: it ${s.detail}.` }, locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(s.path) } } }] })),
              ...outcome.failures.map((f) => ({ level: 'error', message: { text: `Rule ${f.ruleId} failed on ${f.path}: ${f.message}` } })),
            ],
          },
        ],
        results: outcome.findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: index.get(f.ruleId),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.rootPath), uriBaseId: '%SRCROOT%' },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
              // History findings: the commit that introduced the secret (the file may be gone at HEAD).
              ...(f.history ? { properties: { commit: f.history.commit, author: f.history.author, date: f.history.date, count: f.history.count, presentAtHead: f.history.presentAtHead } } : {}),
            },
          ],
          partialFingerprints: { 'outpostFingerprint/v1': f.fingerprint },
          // How sure the rule is (high | medium | low), zizmor-style; SARIF has no field of its own for it.
          properties: { confidence: f.confidence ?? 'high' },
        })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
