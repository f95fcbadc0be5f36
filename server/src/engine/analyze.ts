// The engine's one entry point: text + path + config in, findings out. Pure: no editor, no
// network, no execution; the server, the CLI and the tests all call this.
import type { FileKind, Finding, RawFinding, Severity } from './types';
import { DEFAULT_CONFIG, confident, ruleSetting } from './config/config';
import type { OutpostConfig } from './config/config';
import { detectKind, syntaxOf } from './kinds/detect-kind';
import { AnalysisContext } from './context';
import { scanSecrets } from './secrets/scan-secrets';
import { allRules } from './rules';
import { inlineSuppressions } from './suppress/inline';
import { fingerprint } from './secrets/mask';
import { outOfScope, looksMinified } from './scope/scan-scope';
import { keyFileFindings } from './secrets/key-files';
import { AnalysisBudget, ANALYSIS_BUDGET_RULE, budgetMessage } from './budget';
import type { Clock } from './budget';

export interface AnalyzeInput {
  /**
   * Path as the user knows it; decides the file kind. Prefer the workspace-relative path with
   * forward slashes: posture findings fingerprint it, so the CLI and the editor agree on baselines.
   */
  path: string;
  text: string;
  config?: OutpostConfig;
  /** Overrides path-based detection (the editor's language id may know better). */
  kind?: FileKind;
  /** Clock for date-based rules; tests inject it. */
  now?: Date;
  /** Fingerprints accepted in the baseline: findings carrying them are dropped. */
  baseline?: ReadonlySet<string>;
  /** Clock of the analysis budget (milliseconds); tests inject one that advances. */
  clock?: Clock;
}

export interface RuleFailure {
  ruleId: string;
  message: string;
}

export interface AnalyzeResult {
  /** Undefined when Outpost does not look at the file: a lockfile, vendored, minified (and scanAllFiles is off). */
  kind: FileKind | undefined;
  findings: Finding[];
  /** A rule that threw: its findings are lost, everyone else's still arrive. */
  failures: RuleFailure[];
  /**
   * Set when the analysis ran past `config.analysisBudgetMs` and was stopped: the findings are
   * those of the steps that ran, plus one `outpost/analysis-budget` information finding.
   */
  budgetExceeded?: { limitMs: number; elapsedMs: number };
}

export const PARSE_ERROR_RULE = 'outpost/parse-error';

export function analyze(input: AnalyzeInput): AnalyzeResult {
  const config = input.config ?? DEFAULT_CONFIG;
  const text = input.text.charCodeAt(0) === 0xfeff ? ` ${input.text.slice(1)}` : input.text; // keep offsets, hide the BOM
  let kind = input.kind ?? detectKind(input.path, text);
  if (!kind) {
    // Every other text file gets the secret checks, bar generated and vendored ones (scan-scope.ts).
    if (!config.scanAllFiles && (outOfScope(input.path) || looksMinified(input.path, text))) return { kind: undefined, findings: [], failures: [] };
    kind = 'other';
  }
  const budget = new AnalysisBudget(config.analysisBudgetMs ?? Infinity, input.clock);
  const ctx = new AnalysisContext(input.path, text, kind, syntaxOf(kind, input.path), config, input.now ?? new Date(), budget);
  const raw: RawFinding[] = [];
  const failures: RuleFailure[] = [];

  const run = (ruleId: string, fn: () => RawFinding[]): void => {
    try {
      raw.push(...fn());
    } catch (e) {
      failures.push({ ruleId, message: e instanceof Error ? e.message : String(e) });
    }
  };

  run('secret/*', () => scanSecrets(ctx));
  run('secret/keystore-file', () => keyFileFindings(input.path, false, text));
  for (const rule of allRules) {
    if (budget.exceeded()) break;
    if (rule.meta.kinds && !rule.meta.kinds.includes(kind)) continue;
    if (ruleSetting(config, rule.meta.id) === 'off') continue;
    run(rule.meta.id, () => rule.check(ctx).map((f) => ({ ...f, severity: f.severity ?? rule.meta.severity })));
  }
  // A file of no known kind gets only the text-level secret checks: parsing it just to say it does
  // not parse (a Helm template, a YAML fragment) costs the CLI half its time on a repository.
  run(PARSE_ERROR_RULE, () =>
    (budget.wasExceeded || kind === 'other' ? [] : ctx.parseProblems).slice(0, 1).map((p) => ({
      ruleId: PARSE_ERROR_RULE,
      severity: 'info' as Severity,
      message: `Outpost could not parse this file (${p.message}); only text-based secret checks ran. Fix the syntax to get the full analysis.`,
      range: p.range,
    })),
  );
  if (budget.wasExceeded) raw.push({ ruleId: ANALYSIS_BUDGET_RULE, severity: 'info', message: budgetMessage(budget.limitMs), range: { start: 0, end: 0 } });

  const suppressed = inlineSuppressions(text, ctx.syntax);
  const findings: Finding[] = [];
  for (const f of raw) {
    const setting = ruleSetting(config, f.ruleId);
    if (setting === 'off') continue;
    if (!confident(config, f.confidence)) continue;
    // Posture findings get a fingerprint too (rule + path + the flagged text) so baselines and
    // SARIF can track them; secrets already have theirs (rule + secret, path-independent).
    const fp = f.fingerprint ?? fingerprint(f.ruleId, `${input.path}\0${text.slice(f.range.start, f.range.end)}`);
    if (input.baseline?.has(fp)) continue;
    if (suppressed.isSuppressed(f.ruleId, ctx.lineIndex.positionAt(f.range.start).line)) continue;
    findings.push({ ...f, severity: setting ?? f.severity ?? 'warning', fingerprint: fp, confidence: f.confidence ?? 'high' });
  }
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
  const result: AnalyzeResult = { kind, findings, failures };
  if (budget.wasExceeded) result.budgetExceeded = { limitMs: budget.limitMs, elapsedMs: Math.round(budget.elapsedMs()) };
  return result;
}

/**
 * A file whose content is binary: only its name can tell (a committed keystore or DER key).
 * Returns no findings for any other binary file. Config and baseline apply as in analyze().
 */
export function analyzeBinary(input: { path: string; config?: OutpostConfig; baseline?: ReadonlySet<string> }): Finding[] {
  const config = input.config ?? DEFAULT_CONFIG;
  const out: Finding[] = [];
  for (const f of keyFileFindings(input.path, true)) {
    const setting = ruleSetting(config, f.ruleId);
    if (setting === 'off' || (f.fingerprint && input.baseline?.has(f.fingerprint))) continue;
    out.push({ ...f, severity: setting ?? f.severity ?? 'error', fingerprint: f.fingerprint! });
  }
  return out;
}
