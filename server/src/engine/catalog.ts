// Every rule Outpost can report, with its metadata: for SARIF's rule list, `outpost rules`, the
// docs pages and the editor's "Open Rule Documentation".
import type { RuleMeta } from './types';
import type { OutpostConfig } from './config/config';
import { providerDetectors } from './secrets/providers';
import { extraDetectors } from './secrets/scan-secrets';
import { allRules } from './rules';
import { PARSE_ERROR_RULE } from './analyze';
import { ANALYSIS_BUDGET_RULE } from './budget';

const GENERIC_SECRET_RULES: readonly RuleMeta[] = [
  { id: 'secret/generic-password', severity: 'error', description: 'A literal password under a password-like key, CLI flag or login command.', fixable: true },
  { id: 'secret/generic-api-key', severity: 'error', description: 'A random-looking literal under a token-, secret- or key-like name.', fixable: true },
  { id: 'secret/url-credentials', severity: 'error', description: 'A password embedded in a URL (scheme://user:password@host).', fixable: true },
  { id: 'secret/basic-auth-header', severity: 'error', description: 'An Authorization: Basic header with literal credentials.', fixable: true },
  { id: 'secret/bearer-token', severity: 'error', description: 'An Authorization: Bearer header with a literal token.', fixable: true },
  { id: 'secret/default-password', severity: 'error', description: "A vendor's documented default password (Harbor12345, minioadmin, ...) under a password-like key.", fixable: true },
  { id: 'secret/keystore-file', severity: 'error', description: 'A keystore file (PKCS#12 .p12/.pfx, Java .jks/.keystore) committed to the repository.', fixable: false },
];

export function ruleCatalog(config?: OutpostConfig): RuleMeta[] {
  const byId = new Map<string, RuleMeta>();
  for (const d of [...providerDetectors, ...extraDetectors(config?.extraPatterns ?? [])]) {
    if (!byId.has(d.id)) byId.set(d.id, { id: d.id, severity: d.severity ?? 'error', description: `A hardcoded ${d.description}.`, fixable: true });
  }
  for (const m of GENERIC_SECRET_RULES) byId.set(m.id, m);
  for (const r of allRules) byId.set(r.meta.id, r.meta);
  byId.set(PARSE_ERROR_RULE, { id: PARSE_ERROR_RULE, severity: 'info', description: 'The file could not be parsed; only text-based checks ran.', fixable: false });
  byId.set(ANALYSIS_BUDGET_RULE, { id: ANALYSIS_BUDGET_RULE, severity: 'info', description: 'The file took longer than its analysis budget and was only partly checked.', fixable: false });
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
