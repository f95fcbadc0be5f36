// Human output, grouped by file like ESLint's "stylish": position, severity, message, rule id.
import type { ScanOutcome, LocatedFinding } from './scan-files';

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

export function formatText(outcome: ScanOutcome, color: boolean): string {
  const c = (k: keyof typeof COLORS, s: string): string => (color ? `${COLORS[k]}${s}${COLORS.reset}` : s);
  const byFile = new Map<string, LocatedFinding[]>();
  for (const f of outcome.findings) {
    const list = byFile.get(f.path) ?? [];
    list.push(f);
    byFile.set(f.path, list);
  }
  const out: string[] = [];
  for (const [path, list] of byFile) {
    out.push(c('bold', path));
    for (const f of list) {
      out.push(`  ${`${f.line}:${f.column}`.padEnd(8)} ${c(f.severity, f.severity.padEnd(7))} ${f.message}  ${c('dim', f.ruleId)}`);
    }
    out.push('');
  }
  for (const s of outcome.skipped) out.push(c('dim', `skipped ${s.path}: ${s.detail}`));
  for (const f of outcome.failures) out.push(c('dim', `internal error in ${f.ruleId} on ${f.path}: ${f.message} (other rules still ran)`));
  const count = (sev: string): number => outcome.findings.filter((f) => f.severity === sev).length;
  const total = outcome.findings.length;
  const summary =
    total === 0
      ? `No problems found in ${outcome.filesScanned} file${outcome.filesScanned === 1 ? '' : 's'}.`
      : `${total} problem${total === 1 ? '' : 's'} (${count('error')} error${count('error') === 1 ? '' : 's'}, ${count('warning')} warning${count('warning') === 1 ? '' : 's'}, ${count('info')} info) in ${byFile.size} of ${outcome.filesScanned} files scanned.`;
  out.push((outcome.skipped.length || outcome.failures.length ? '\n' : '') + c('bold', summary) + (outcome.skipped.length ? ` ${outcome.skipped.length} skipped.` : ''));
  return out.join('\n') + '\n';
}
