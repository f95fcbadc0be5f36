// `outpost history`: every commit's added lines, streamed from one `git log -p` process, analysed
// for secrets file by file. Memory stays bounded: one file's added lines at a time (capped), and
// one entry per distinct secret. A secret added in many commits (copied, moved, re-added) is one
// finding, located where it was first introduced (the oldest commit by author time), with the
// number of commits that added it.
import type { OutpostConfig } from '../../engine/config/config';
import type { PositionedFinding } from '../scan-job';
import { analyzeText } from '../analyze-text';
import { gitSpawn, gitSync, GitError } from './safe-git';
import { streamLines } from './line-stream';
import { COMMIT_FORMAT, LogDiffParser } from './log-diff-parser';
import type { AddedLines, CommitInfo, SkippedDiff } from './log-diff-parser';
import { secretsOnly } from './secrets-only';
import { headFingerprints } from './head-fingerprints';

export interface HistoryOptions {
  /** Folder inside the repository; its subtree limits the scan when it is not the top. */
  cwd: string;
  top: string;
  since?: string;
  allRefs: boolean;
  config: OutpostConfig;
  baseline?: ReadonlySet<string>;
  onProgress?: (commits: number) => void;
}

export interface HistoryInfo {
  commit: string;
  author: string;
  date: string;
  /** Commits that added this secret (1 = only the first introduction). */
  count: number;
  /** Found, same rule and value, anywhere in HEAD's tree. */
  presentAtHead: boolean;
}

export interface HistoricFinding extends PositionedFinding {
  path: string;
  history: HistoryInfo;
}

export interface HistoryNote {
  path: string;
  commit: string;
  why: SkippedDiff['why'];
}

export interface HistoryResult {
  findings: HistoricFinding[];
  notes: HistoryNote[];
  /** Skips counted per kind (notes are capped). */
  skippedCounts: Record<SkippedDiff['why'], number>;
  commits: number;
  diffBytes: number;
  failures: { path: string; ruleId: string; message: string }[];
  head?: string;
}

const MAX_NOTES = 200;

/** The git log arguments for the range asked for (revisions never reach git as options). */
export function logRange(top: string, opts: { since?: string; allRefs: boolean }): { args: string[]; empty: boolean } {
  const hasHead = gitSync(top, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { allowFail: true }).status === 0;
  const options: string[] = opts.allRefs ? ['--all'] : [];
  const revs: string[] = [];
  if (opts.since !== undefined) {
    const rev = gitSync(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${opts.since}^{commit}`], { allowFail: true });
    if (rev.status === 0) revs.push(`^${rev.stdout.toString('utf8').trim()}`);
    else options.push(`--since=${opts.since}`);
  }
  if (!opts.allRefs) {
    if (!hasHead) return { args: [], empty: true };
    revs.push('HEAD');
  }
  return { args: [...options, '--end-of-options', ...revs], empty: false };
}

export async function scanHistory(opts: HistoryOptions): Promise<HistoryResult> {
  const config = secretsOnly(opts.config);
  const maxBytes = opts.config.maxFileSizeKB * 1024;
  const result: HistoryResult = { findings: [], notes: [], skippedCounts: { binary: 0, submodule: 0, 'lfs-pointer': 0, 'too-large': 0 }, commits: 0, diffBytes: 0, failures: [] };
  const range = logRange(opts.top, opts);
  if (range.empty) return result;

  interface Entry {
    finding: HistoricFinding;
    time: number;
    lastCommit: string;
  }
  const bySecret = new Map<string, Entry>();

  const onFile = (a: AddedLines): void => {
    const text = a.lines.join('\n');
    const r = analyzeText(a.path, text, config, opts.baseline);
    for (const f of r.failures) if (result.failures.length < MAX_NOTES) result.failures.push({ path: a.path, ...f });
    for (const f of r.findings) {
      if (!f.ruleId.startsWith('secret/')) continue;
      const line = a.lineNumbers[f.line - 1] ?? f.line;
      const endLine = a.lineNumbers[f.endLine - 1] ?? line;
      const key = f.fingerprint ?? `${f.ruleId}\0${a.path}\0${line}`;
      const at: HistoricFinding = {
        ...f,
        line,
        endLine,
        path: a.path,
        history: { commit: a.commit.sha, author: a.commit.author, date: a.commit.date, count: 1, presentAtHead: false },
      };
      const seen = bySecret.get(key);
      if (!seen) {
        bySecret.set(key, { finding: at, time: a.commit.time, lastCommit: a.commit.sha });
        continue;
      }
      if (seen.lastCommit !== a.commit.sha) {
        seen.finding.history.count++;
        seen.lastCommit = a.commit.sha;
      }
      // git log lists newest first: a later occurrence is (usually) older, and the oldest wins.
      if (a.commit.time <= seen.time) {
        at.history.count = seen.finding.history.count;
        seen.finding = at;
        seen.time = a.commit.time;
      }
    }
  };
  const onSkip = (s: SkippedDiff): void => {
    result.skippedCounts[s.why]++;
    if (result.notes.length < MAX_NOTES) result.notes.push({ path: s.path, commit: s.commit.sha, why: s.why });
  };
  const parser = new LogDiffParser(
    {
      file: onFile,
      skipped: onSkip,
      commit: (_c: CommitInfo) => {
        result.commits++;
        opts.onProgress?.(result.commits);
      },
    },
    maxBytes,
  );

  const args = ['log', '-p', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', '--unified=0', '--no-show-signature', '--diff-merges=off', '--encoding=UTF-8', `--format=${COMMIT_FORMAT}`, '--src-prefix=a/', '--dst-prefix=b/', ...range.args, '--', '.'];
  const child = gitSpawn(opts.cwd, args, { bigFileBytes: maxBytes });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    if (stderr.length < 4096) stderr += d.toString('utf8');
  });
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', (e) => reject((e as NodeJS.ErrnoException).code === 'ENOENT' ? new GitError('git is not installed or not on the PATH; install git to use this command') : e));
    child.on('close', (code) => resolve(code ?? -1));
  });
  // A line is at most one added line of a blob within the size limit (larger blobs are binary to git).
  for await (const l of streamLines(child.stdout, maxBytes + 1024)) {
    result.diffBytes += l.bytes;
    parser.line(l.text, l.cut);
  }
  parser.flush();
  const code = await exited;
  if (code !== 0) throw new GitError(`git log failed: ${stderr.trim().split('\n')[0] ?? 'exit ' + code}`);

  const entries = [...bySecret.values()];
  if (entries.length > 0) {
    const present = headFingerprints(opts.top, config, maxBytes);
    for (const e of entries) e.finding.history.presentAtHead = e.finding.fingerprint !== undefined && present.has(e.finding.fingerprint);
  }
  result.findings = entries.map((e) => e.finding).sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.ruleId.localeCompare(b.ruleId));
  const head = gitSync(opts.top, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { allowFail: true });
  if (head.status === 0) result.head = head.stdout.toString('utf8').trim();
  return result;
}
