// The resolved configuration the engine runs with. `.outpost.yml` (see load-config.ts) and the
// editor settings are both turned into this shape before analysis.
import type { Confidence, Severity } from '../types';

export type RuleSetting = Severity | 'off';

export interface ExtraPattern {
  /** Rule id for findings, must start with `secret/`. */
  id: string;
  /** Human name used in messages, e.g. "ACME deploy token". */
  description: string;
  /** JavaScript regular expression source; the named group `secret` (or the whole match) is the secret. */
  pattern: string;
  /** Literal substrings; the pattern runs only on files containing one of them (case-insensitive). */
  keywords: string[];
  severity?: Severity;
}

export interface OutpostConfig {
  /** Per-rule severity or `off`; keys may end in `/*` to address a family (`gha/*`). */
  rules: Record<string, RuleSetting>;
  /** Options for individual rules, e.g. `{ 'collab/too-many-admins': { max: 3 } }`. */
  ruleOptions: Record<string, Record<string, unknown>>;
  /** gitignore-syntax patterns, relative to the workspace root. */
  ignorePaths: string[];
  extraPatterns: ExtraPattern[];
  /** Reference written by the vault fix for generic YAML/JSON/INI; `{name}` / `{NAME}` are replaced. */
  vaultReferenceTemplate: string;
  /** Files larger than this are reported and skipped. */
  maxFileSizeKB: number;
  /** Scan files of no known kind for secrets too. */
  scanAllFiles: boolean;
  /** Report only findings at least this sure (default `low`: everything). */
  minConfidence?: Confidence;
  /** Like zizmor's personas: `regular` (default); `pedantic` and `auditor` also report code-smell and audit-only findings. */
  persona?: Persona;
  /** Longest one file's analysis may take before it is stopped and reported (see engine/budget.ts). */
  analysisBudgetMs: number;
}

export type Persona = 'regular' | 'pedantic' | 'auditor';

const CONFIDENCE_RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/** Whether a finding of `confidence` (absent = high) passes the configured minimum. */
export function confident(config: OutpostConfig, confidence: Confidence | undefined): boolean {
  return CONFIDENCE_RANK[confidence ?? 'high'] >= CONFIDENCE_RANK[config.minConfidence ?? 'low'];
}

/** Whether the configured persona is at least `p` (regular < pedantic < auditor). */
export function personaAtLeast(config: OutpostConfig, p: Persona): boolean {
  const order: Persona[] = ['regular', 'pedantic', 'auditor'];
  return order.indexOf(config.persona ?? 'regular') >= order.indexOf(p);
}

export const DEFAULT_CONFIG: OutpostConfig = Object.freeze({
  rules: {},
  ruleOptions: {},
  ignorePaths: [],
  extraPatterns: [],
  vaultReferenceTemplate: 'ref+vault://secret/{name}#value',
  maxFileSizeKB: 1024,
  scanAllFiles: false,
  analysisBudgetMs: 5000,
}) as OutpostConfig;

export function withDefaults(partial: Partial<OutpostConfig> | undefined): OutpostConfig {
  return { ...DEFAULT_CONFIG, ...(partial ?? {}) };
}

/** The effective setting of a rule: exact id first, then `family/*`, then `*`. */
export function ruleSetting(config: OutpostConfig, ruleId: string): RuleSetting | undefined {
  const exact = config.rules[ruleId];
  if (exact) return exact;
  const family = ruleId.slice(0, ruleId.indexOf('/') + 1);
  return config.rules[`${family}*`] ?? config.rules['*'];
}
