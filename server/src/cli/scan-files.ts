// Runs the engine over the files and folders named on the command line: finds the config and
// baseline, walks folders (honouring .gitignore and ignorePaths), reads each file safely and
// collects findings with 1-based positions. Skipped files are reported, never dropped.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Finding } from '../engine/types';
import { withDefaults } from '../engine/config/config';
import type { OutpostConfig } from '../engine/config/config';
import { CONFIG_FILE_NAMES, parseConfig } from '../engine/config/load-config';
import { BASELINE_FILE, BaselineError, parseBaseline } from '../engine/suppress/baseline';
import { detectKind } from '../engine/kinds/detect-kind';
import { walkFiles } from '../node/walk';
import { insideFolderSync } from '../node/inside-folder';
import type { SkipReason } from '../node/read-text';
import { defaultWorkers, scanInParallel } from '../node/parallel-scan';
import type { JobResult, ScanJob, ScanSettings } from '../node/scan-job';
import type { ScanArgs } from './args';
import { UsageError } from './args';

export class ConfigFileError extends Error {}

const OUTSIDE_LINK = 'it is a link to a file outside the scanned folder, which Outpost never reads; replace the link with the file itself';

export interface LocatedFinding extends Finding {
  /** Path as given, or relative to the current folder, forward slashes. */
  path: string;
  /** Path relative to the scan root (baseline entries). */
  rootPath: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
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
}

const posix = (p: string): string => p.split(sep).join('/');

function findRoot(paths: readonly string[]): string {
  const first = resolve(paths[0] ?? '.');
  try {
    return statSync(first).isDirectory() ? first : dirname(first);
  } catch {
    throw new UsageError(`${paths[0]}: no such file or folder`);
  }
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

function loadBaseline(path: string): Set<string> {
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
  for (const p of args.paths) {
    const abs = resolve(p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw new UsageError(`${p}: no such file or folder`);
    }
    if (st.isFile()) {
      yield { abs, display: posix(p), rel: posix(relative(root, abs)) || posix(p), explicit: true };
      continue;
    }
    for await (const f of walkFiles(abs, { extraIgnores: config.ignorePaths })) {
      yield { abs: f.path, display: posix(relative(cwd, f.path)), rel: posix(relative(root, f.path)), explicit: false };
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
  const configPath = args.config ?? CONFIG_FILE_NAMES.map((n) => join(root, n)).find((p) => existsSync(p));
  if (args.config && !existsSync(args.config)) throw new UsageError(`--config ${args.config}: no such file`);
  // A `.outpost.yml` or baseline found in the folder must really be in it: a link to another
  // file would put that file's content into error messages. (`--config`/`--baseline` are the user's own choice.)
  if (configPath && !args.config && !insideFolderSync(root, configPath)) throw new ConfigFileError(`${configPath}: ${OUTSIDE_LINK}.`);
  const loaded = configPath ? loadConfigFile(configPath) : withDefaults({});
  const config: OutpostConfig = {
    ...loaded,
    scanAllFiles: args.allFiles || loaded.scanAllFiles,
    ...(args.maxFileSizeKB ? { maxFileSizeKB: args.maxFileSizeKB } : {}),
  };
  let baselinePath: string | undefined;
  if (!args.noBaseline) {
    if (args.baseline && !existsSync(args.baseline)) throw new UsageError(`--baseline ${args.baseline}: no such file`);
    baselinePath = args.baseline ?? (existsSync(join(root, BASELINE_FILE)) ? join(root, BASELINE_FILE) : undefined);
  }
  // `outpost baseline` must see every finding, including those the old baseline accepted.
  if (baselinePath && !args.baseline && !insideFolderSync(root, baselinePath)) throw new ConfigFileError(`${baselinePath}: ${OUTSIDE_LINK}.`);
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
    if (!detectKind(c.rel) && !config.scanAllFiles && !c.explicit && !SNIFFABLE.test(c.rel)) continue;
    jobs.push({ path: c.abs, rel: c.rel, explicit: c.explicit });
  }
  const workers = args.jobs ?? (jobs.length >= PARALLEL_FROM ? defaultWorkers() : 1);
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
      onProgress?.(out.filesScanned);
      for (const f of r.failures) out.failures.push({ path, ...f });
      if (r.tooSlow) out.skipped.push({ path, reason: 'too-slow', detail: r.tooSlow });
      for (const f of r.findings) out.findings.push({ ...f, path, rootPath: r.job.rel });
    },
  });
  return out;
}
