// Runs the engine over the files and folders named on the command line: finds the config and
// baseline, walks folders (honouring .gitignore and ignorePaths), reads each file safely and
// collects findings with 1-based positions. Skipped files are reported, never dropped.
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import type { Finding } from '../engine/types';
import type { OutpostConfig } from '../engine/config/config';
import { parseConfig } from '../engine/config/load-config';
import { BaselineError, parseBaseline } from '../engine/suppress/baseline';
import { detectKind } from '../engine/kinds/detect-kind';
import { inSecretScope } from '../engine/scope/scan-scope';
import { walkFiles } from '../node/walk';
import type { SkipReason } from '../node/read-text';
import { defaultWorkers, scanInParallel } from '../node/parallel-scan';
import { INVENTORY_FILE_KINDS } from '../node/workspace-pass';
import type { JobResult, ScanJob, ScanSettings } from '../node/scan-job';
import type { ScanArgs } from './args';
import type { HistoryInfo } from '../node/git/history-scan';
import { UsageError } from './args';
import { mergeLocated, runCliWorkspacePass } from './workspace-pass';
import { findRepoRoot } from '../node/repo-root';
import { outerGitignores } from '../node/outer-gitignores';
import { baselineFor, configFor } from './root-files';

export class ConfigFileError extends Error {}


export interface LocatedFinding extends Finding {
  /** Path as given, or relative to the current folder, forward slashes. */
  path: string;
  /** Path relative to the scan root (baseline entries). */
  rootPath: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** `outpost history` only: where and when the secret was first committed. */
  history?: HistoryInfo;
}

export interface Skipped {
  path: string;
  reason: SkipReason;
  detail: string;
}

export interface ScanOutcome {
  findings: LocatedFinding[];
  skipped: Skipped[];
  filesScanned: number;
  bytesScanned: number;
  failures: { path: string; ruleId: string; message: string }[];
  config: OutpostConfig;
  /** The folder the config and baseline were looked up in. */
  root: string;
  baselinePath?: string;
  /** Every analysed file with its kind (the report reads the inventories among them again). */
  scanned?: { path: string; abs: string; rel: string; kind: string }[];
}

const posix = (p: string): string => p.split(sep).join('/');

/**
 * The repository root of the first path (see node/repo-root.ts). Without a configuration or a
 * git work tree above it, a folder is its own root (as before) and a file's root is the current
 * folder when the file is inside it, else the file's folder.
 */
export function findRoot(paths: readonly string[]): string {
  const first = resolve(paths[0] ?? '.');
  let isDir: boolean;
  try {
    isDir = statSync(first).isDirectory();
  } catch {
    throw new UsageError(`${paths[0]}: no such file or folder`);
  }
  const cwd = process.cwd();
  const inCwd = !relative(cwd, first).startsWith('..');
  return findRepoRoot(first, isDir ? first : inCwd ? cwd : dirname(first)).root;
}

export function loadConfigFile(path: string): OutpostConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigFileError(`${path}: cannot read the configuration (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const { config, errors } = parseConfig(text, path);
  if (errors.length > 0) {
    throw new ConfigFileError(errors.map((e) => `${e.message.startsWith(path) ? path + ':' + e.line + ':' + e.column + e.message.slice(path.length) : e.message}`).join('\n'));
  }
  return config;
}

export function loadBaseline(path: string): Set<string> {
  try {
    return parseBaseline(readFileSync(path, 'utf8'));
  } catch (e) {
    if (e instanceof BaselineError) throw new ConfigFileError(`${path}: ${e.message}`);
    throw new ConfigFileError(`${path}: cannot read the baseline (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** Candidate files with the path to show and the path relative to the root. */
async function* candidates(args: ScanArgs, root: string, config: OutpostConfig): AsyncGenerator<{ abs: string; display: string; rel: string; explicit: boolean }> {
  const cwd = process.cwd();
  // ignorePaths are relative to the root, whatever folder or file was named; a named subfolder
  // also honours the .gitignore files between the root and it, as a scan of the root would.
  const configIgnores = ignore().add([...config.ignorePaths]);
  const underRoot = (abs: string): string | undefined => {
    const rel = posix(relative(root, abs));
    return rel && !rel.startsWith('../') && rel !== '..' ? rel : undefined;
  };
  for (const p of args.paths) {
    const abs = resolve(p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw new UsageError(`${p}: no such file or folder`);
    }
    if (st.isFile()) {
      const rel = underRoot(abs);
      if (rel !== undefined && configIgnores.ignores(rel)) continue;
      yield { abs, display: posix(p), rel: rel ?? posix(p), explicit: true };
      continue;
    }
    const base = underRoot(abs);
    if (base === undefined) {
      for await (const f of walkFiles(abs, { extraIgnores: config.ignorePaths })) {
        yield { abs: f.path, display: posix(relative(cwd, f.path)), rel: posix(relative(root, f.path)), explicit: false };
      }
      continue;
    }
    if (configIgnores.ignores(base + '/')) continue;
    const outer = outerGitignores(root, abs);
    for await (const f of walkFiles(abs)) {
      const rel = `${base}/${f.rel}`;
      if (configIgnores.ignores(rel) || outer(rel)) continue;
      yield { abs: f.path, display: posix(relative(cwd, f.path)), rel, explicit: false };
    }
  }
}

const SNIFFABLE = /\.(ya?ml|json)$/i;
/**
 * Fewer candidate files than this are analysed in the main thread: starting workers (each loads
 * the bundle and compiles the detectors) made the 800-file corpus slower (1.2 s → 1.7 s).
 */
const PARALLEL_FROM = 2000;

export async function scanPaths(args: ScanArgs, onProgress?: (files: number) => void): Promise<ScanOutcome> {
  const root = findRoot(args.paths);
  const config = configFor(args, root);
  const baselinePath = baselineFor(args, root);
  // `outpost baseline` must see every finding, including those the old baseline accepted.
  const baseline = baselinePath && args.command === 'scan' ? loadBaseline(baselinePath) : undefined;

  const out: ScanOutcome = { findings: [], skipped: [], filesScanned: 0, bytesScanned: 0, failures: [], config, root };
  if (baselinePath) out.baselinePath = baselinePath;
  const maxBytes = config.maxFileSizeKB * 1024;
  // Walking is cheap and sequential; reading and analysing is the CPU-bound part, spread over
  // worker threads when there are enough files to repay starting them.
  const jobs: ScanJob[] = [];
  const display = new Map<string, string>();
  for await (const c of candidates(args, root, config)) {
    if (display.has(c.abs)) continue;
    display.set(c.abs, c.display);
    if (!c.explicit && !inSecretScope(c.rel, detectKind(c.rel) !== undefined || SNIFFABLE.test(c.rel), config.scanAllFiles)) continue;
    jobs.push({ path: c.abs, rel: c.rel, explicit: c.explicit });
  }
  const workers = args.jobs ?? (jobs.length >= PARALLEL_FROM ? defaultWorkers() : 1);
  const inventories: ScanJob[] = [];
  const settings: ScanSettings = { config, maxBytes, ...(baseline ? { baseline: [...baseline] } : {}) };
  await scanInParallel(jobs, settings, {
    workers,
    workerScript: __filename,
    onResult: (r: JobResult) => {
      const path = display.get(r.job.path)!;
      if ('skipped' in r) {
        // A binary file of no interest (an image in the repo) is not worth a line; one with a
        // config name, or any oversized candidate, is.
        if (r.pathKind || r.job.explicit || r.skipped !== 'binary' || config.scanAllFiles) out.skipped.push({ path, reason: r.skipped, detail: r.detail });
        return;
      }
      if (!r.kind) return;
      out.filesScanned++;
      out.bytesScanned += r.chars;
      (out.scanned ??= []).push({ path, abs: r.job.path, rel: r.job.rel, kind: r.kind });
      onProgress?.(out.filesScanned);
      for (const f of r.failures) out.failures.push({ path, ...f });
      if (r.tooSlow) out.skipped.push({ path, reason: 'too-slow', detail: r.tooSlow });
      for (const f of r.findings) out.findings.push({ ...f, path, rootPath: r.job.rel });
      if (INVENTORY_FILE_KINDS.has(r.kind)) inventories.push(r.job);
    },
  });
  // Checks across files (an inventory against the tools' config files), once every file is known.
  out.findings = mergeLocated(out.findings, runCliWorkspacePass(inventories, jobs, display, root, config, maxBytes, baseline));
  return out;
}
