// `outpost history [PATH]`: wires the history scan (node/git/history-scan.ts) to the CLI's
// configuration, baseline and output: the result is a ScanOutcome whose findings carry
// `history` (commit, author, date, count, presentAtHead), so the JSON, SARIF and GitLab formats
// need no second code path.
import { resolve } from 'node:path';
import { statSync } from 'node:fs';
import type { ScanArgs } from './args';
import { UsageError } from './args';
import type { ScanOutcome } from './scan-files';
import { loadBaseline } from './scan-files';
import { baselineFor, configFor } from './root-files';
import { gitTopLevel } from '../node/git/safe-git';
import { scanHistory } from '../node/git/history-scan';
import type { HistoryResult } from '../node/git/history-scan';

const WHY: Record<string, string> = {
  binary: 'is binary or over the size limit (git printed no content)',
  submodule: 'is a submodule (scan its own repository)',
  'lfs-pointer': 'is a Git LFS pointer (the content lives in LFS storage)',
  'too-large': 'added more than the size limit in one commit',
};

export interface HistoryOutcome extends ScanOutcome {
  history: Omit<HistoryResult, 'findings' | 'notes' | 'failures'>;
}

export async function runHistory(args: ScanArgs, onProgress?: (commits: number) => void): Promise<HistoryOutcome> {
  const cwd = resolve(args.paths[0] ?? '.');
  try {
    if (!statSync(cwd).isDirectory()) throw new UsageError(`${args.paths[0]}: "history" needs a folder inside a git repository`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${args.paths[0]}: no such folder`);
  }
  const top = gitTopLevel(cwd);
  if (!top) throw new UsageError(`${args.paths[0]}: not inside a git repository`);
  const config = configFor(args, top);
  const baselinePath = baselineFor(args, top);
  const baseline = baselinePath ? loadBaseline(baselinePath) : undefined;
  const r = await scanHistory({ cwd, top, ...(args.since !== undefined ? { since: args.since } : {}), allRefs: args.allRefs === true, config, ...(baseline ? { baseline } : {}), ...(onProgress ? { onProgress } : {}) });
  const out: HistoryOutcome = {
    findings: r.findings.map((f) => ({ ...f, rootPath: f.path })),
    skipped: r.notes.map((n) => ({ path: `${n.path} (commit ${n.commit.slice(0, 12)})`, reason: n.why === 'too-large' ? 'too-large' : n.why === 'binary' ? 'binary' : 'unreadable', detail: WHY[n.why]! })),
    filesScanned: r.commits,
    bytesScanned: r.diffBytes,
    failures: r.failures,
    config,
    root: top,
    history: { skippedCounts: r.skippedCounts, commits: r.commits, diffBytes: r.diffBytes, ...(r.head ? { head: r.head } : {}) },
  };
  if (baselinePath) out.baselinePath = baselinePath;
  return out;
}
