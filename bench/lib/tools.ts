// How each tool in the comparison is invoked on the same files: Outpost's CLI, secretlint with its
// recommended preset (installed in bench/peers by `npm run bench:install`), and ripgrep searching
// for one case-insensitive alternation of every detector keyword (the floor: reading the bytes
// and matching literals, with no parsing and no validation).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { providerDetectors } from '../../server/src/engine/secrets/providers';
import { repoRoot } from '../workspace/generate';
import type { Command } from './measure';

export const PEERS = join(repoRoot, 'bench', 'peers');
export const SECRETLINT_BIN = join(PEERS, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
export const SECRETLINT_RC = join(PEERS, '.secretlintrc.json');
export const CLI = join(repoRoot, 'dist', 'cli.js');
const ENGINE_SCAN_BUNDLE = join(repoRoot, '.cache', 'bench', 'engine-scan.js');
const PARALLEL_BUNDLE = join(repoRoot, '.cache', 'bench', 'parallel-cli.js');

export interface Target {
  /** Folder the tools run in. */
  cwd: string;
  /** Folders (relative to cwd) to scan; '.' for all of cwd. */
  dirs: string[];
  /** Outpost also scans files of no known kind (as secretlint and rg do). */
  allFiles: boolean;
}

export function secretlintAvailable(): boolean {
  return existsSync(SECRETLINT_BIN);
}

export function rgPath(): string | undefined {
  for (const p of ['/usr/bin/rg', '/usr/local/bin/rg']) if (existsSync(p)) return p;
  return undefined;
}

export function rgVersion(): string {
  const rg = rgPath();
  return rg ? execFileSync(rg, ['--version']).toString().split('\n')[0]! : 'absent';
}

/** Every lower-case keyword of every provider detector, de-duplicated and sorted. */
export function detectorKeywords(): string[] {
  return [...new Set(providerDetectors.flatMap((d) => d.keywords))].sort();
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function rgCommand(t: Target): Command {
  const pattern = detectorKeywords().map(escapeRegex).join('|');
  // --hidden --no-ignore: read .env, .npmrc, .github/ like the other two do; -c keeps output small.
  return { cmd: rgPath()!, args: ['--hidden', '--no-ignore', '--no-messages', '-i', '-c', '-e', pattern, ...t.dirs], cwd: t.cwd, okCodes: [0, 1] };
}

export function secretlintCommand(t: Target): Command {
  const globs = t.dirs.map((d) => (d === '.' ? '**/*' : `${d}/**/*`));
  return { cmd: process.execPath, args: [SECRETLINT_BIN, '--secretlintrc', SECRETLINT_RC, '--format', 'json', ...globs], cwd: t.cwd, okCodes: [0, 1] };
}

/** True when the lead's CLI is built; before that the bench measures the engine through a bundled walker. */
export function cliBuilt(): boolean {
  return existsSync(CLI);
}

async function bundle(entry: string, outfile: string): Promise<string> {
  mkdirSync(join(repoRoot, '.cache', 'bench'), { recursive: true });
  const esbuild = await import('esbuild');
  // Same resolution as esbuild.mjs: jsonc-parser's UMD build hides its requires from bundlers.
  await esbuild.build({ entryPoints: [join(repoRoot, 'bench', entry)], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning' });
  return outfile;
}

/** A bundled copy of bench/engine-scan.ts (walk + read + analyze, no output formatting). */
export function ensureEngineScanBundle(): Promise<string> {
  return bundle('engine-scan.ts', ENGINE_SCAN_BUNDLE);
}

/** A bundled copy of bench/parallel-cli.ts (the CLI's work on worker threads). */
export function ensureParallelBundle(): Promise<string> {
  return bundle('parallel-cli.ts', PARALLEL_BUNDLE);
}

/** The worker-thread prototype with `jobs` threads (and a result cache file, if given). */
export function parallelCommand(t: Target, jobs: number, cacheFile?: string): Command {
  const cache = cacheFile ? ['--cache', cacheFile] : [];
  return { cmd: process.execPath, args: [PARALLEL_BUNDLE, ...t.dirs, ...(t.allFiles ? ['--all-files'] : []), '--jobs', String(jobs), ...cache], cwd: t.cwd, okCodes: [0] };
}

export interface OutpostOptions {
  /** Extra CLI flags, e.g. ['--jobs', '2'] once the CLI has them. */
  extra?: string[];
}

export function outpostCommand(t: Target, o: OutpostOptions = {}): Command {
  const all = t.allFiles ? ['--all-files'] : [];
  if (cliBuilt()) {
    return { cmd: process.execPath, args: [CLI, 'scan', ...t.dirs, '--format', 'json', '--fail-on', 'none', ...all, ...(o.extra ?? [])], cwd: t.cwd, okCodes: [0] };
  }
  return { cmd: process.execPath, args: [ENGINE_SCAN_BUNDLE, ...t.dirs, ...all, ...(o.extra ?? [])], cwd: t.cwd, okCodes: [0] };
}
