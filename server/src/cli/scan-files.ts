// Runs the engine over the files and folders named on the command line: finds the config and
// baseline, walks folders (honouring .gitignore and ignorePaths), reads each file safely and
// collects findings with 1-based positions. Skipped files are reported, never dropped.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { analyze } from '../engine/analyze';
import type { Finding } from '../engine/types';
import { withDefaults } from '../engine/config/config';
import type { OutpostConfig } from '../engine/config/config';
import { CONFIG_FILE_NAMES, parseConfig } from '../engine/config/load-config';
import { BASELINE_FILE, BaselineError, parseBaseline } from '../engine/suppress/baseline';
import { detectKind } from '../engine/kinds/detect-kind';
import { LineIndex } from '../engine/line-index';
import { walkFiles } from '../node/walk';
import { readTextFileSync } from '../node/read-text';
import type { SkipReason } from '../node/read-text';
import type { ScanArgs } from './args';
import { UsageError } from './args';

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

export async function scanPaths(args: ScanArgs, onProgress?: (files: number) => void): Promise<ScanOutcome> {
  const root = findRoot(args.paths);
  const configPath = args.config ?? CONFIG_FILE_NAMES.map((n) => join(root, n)).find((p) => existsSync(p));
  if (args.config && !existsSync(args.config)) throw new UsageError(`--config ${args.config}: no such file`);
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
  const baseline = baselinePath && args.command === 'scan' ? loadBaseline(baselinePath) : undefined;

  const out: ScanOutcome = { findings: [], skipped: [], filesScanned: 0, bytesScanned: 0, failures: [], config, root };
  if (baselinePath) out.baselinePath = baselinePath;
  const maxBytes = config.maxFileSizeKB * 1024;
  const allConfig = { ...config, scanAllFiles: true };
  const seen = new Set<string>();
  for await (const c of candidates(args, root, config)) {
    if (seen.has(c.abs)) continue;
    seen.add(c.abs);
    const pathKind = detectKind(c.rel);
    if (!pathKind && !config.scanAllFiles && !c.explicit && !SNIFFABLE.test(c.rel)) continue;
    const read = readTextFileSync(c.abs, maxBytes);
    if ('skipped' in read) {
      // A binary file of no interest (an image in the repo) is not worth a line; one with a
      // config name, or any oversized candidate, is.
      if (pathKind || c.explicit || read.skipped !== 'binary' || config.scanAllFiles) out.skipped.push({ path: c.display, reason: read.skipped, detail: read.detail });
      continue;
    }
    const result = analyze({ path: c.rel, text: read.text, config: c.explicit ? allConfig : config, ...(baseline ? { baseline } : {}) });
    if (!result.kind) continue;
    out.filesScanned++;
    out.bytesScanned += read.text.length;
    onProgress?.(out.filesScanned);
    for (const f of result.failures) out.failures.push({ path: c.display, ...f });
    if (result.findings.length === 0) continue;
    const lines = new LineIndex(read.text);
    for (const f of result.findings) {
      const s = lines.positionAt(f.range.start);
      const e = lines.positionAt(f.range.end);
      out.findings.push({ ...f, path: c.display, rootPath: c.rel, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 });
    }
  }
  return out;
}
