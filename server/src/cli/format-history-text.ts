// Human output of `outpost history`: each historic secret where it was first committed, by whom
// and when, how many commits added it, and whether HEAD still has it. A removed secret is still
// in every clone and fork: the advice is to rotate it, not to delete the line.
import type { HistoryOutcome } from './scan-history';

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

export function formatHistoryText(o: HistoryOutcome, color: boolean): string {
  const c = (k: keyof typeof COLORS, s: string): string => (color ? `${COLORS[k]}${s}${COLORS.reset}` : s);
  const out: string[] = [];
  for (const f of o.findings) {
    const h = f.history!;
    out.push(`${c('bold', `${f.path}:${f.line}:${f.column}`)}  ${c(f.severity, f.severity)}  ${f.message}  ${c('dim', f.ruleId)}`);
    const where = h.presentAtHead ? 'still in HEAD: remove it and rotate it' : 'removed since, but still in every clone of the history: rotate it';
    out.push(`  first added in ${h.commit.slice(0, 12)} by ${h.author} on ${h.date.slice(0, 10)}${h.count > 1 ? `, added again in ${h.count - 1} more commit${h.count === 2 ? '' : 's'}` : ''}; ${where}`);
    out.push('');
  }
  const sk = o.history.skippedCounts;
  const skippedParts = [sk.binary && `${sk.binary} binary or oversized`, sk['too-large'] && `${sk['too-large']} over the size limit`, sk.submodule && `${sk.submodule} submodule`, sk['lfs-pointer'] && `${sk['lfs-pointer']} Git LFS`].filter(Boolean);
  if (skippedParts.length) out.push(c('dim', `Skipped file changes: ${skippedParts.join(', ')} (--format json lists them).`));
  for (const f of o.failures) out.push(c('dim', `internal error in ${f.ruleId} on ${f.path}: ${f.message} (other rules still ran)`));
  const n = o.findings.length;
  const mb = (o.history.diffBytes / 1048576).toFixed(1);
  out.push(c('bold', n === 0 ? `No secrets found in ${o.history.commits} commits (${mb} MB of diff).` : `${n} secret${n === 1 ? '' : 's'} in the history of ${o.history.commits} commits (${mb} MB of diff), ${o.findings.filter((f) => f.history!.presentAtHead).length} still in HEAD.`));
  if (n > 0) out.push(HISTORY_HINT);
  return out.join('\n') + '\n';
}

export const HISTORY_HINT =
  'A secret that was ever committed must be rotated: rewriting history does not reach existing clones. To accept one (after rotating it), run `outpost history --format json` and add its fingerprint to .outpost-baseline.json, or run `outpost baseline` while it is still in the tree.';

/** Printed under a staged or explicit-file scan with findings. */
export const SUPPRESS_HINT =
  'To accept a finding: add a comment `outpost-ignore[<rule id>]: <reason>` at the end of its line (or `outpost-ignore-next-line[...]` on the line above), or record all current findings with `outpost baseline` (.outpost-baseline.json). A real secret must be moved to a secret store and rotated instead.';
