// Runs the built CLI or server under the network/process guard (support/deny-network.cjs) and
// reads back what the guard recorded.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';

export const REPO = join(__dirname, '..', '..', '..');
export const CLI = join(REPO, 'dist', 'cli.js');
export const SERVER = join(REPO, 'dist', 'server.js');
export const GUARD = join(__dirname, 'deny-network.cjs');

export function requireBuilt(path: string): void {
  if (!existsSync(path)) throw new Error(`${path} is not built: run \`node esbuild.mjs\` (npm test and npm run test:hardening do)`);
}

/** Environment for a child process with the guard preloaded; attempts are logged to `log`. */
export function guardedEnv(log: string): NodeJS.ProcessEnv {
  const prior = process.env['NODE_OPTIONS'] ? `${process.env['NODE_OPTIONS']} ` : '';
  return { ...process.env, NODE_OPTIONS: `${prior}--require ${JSON.stringify(GUARD)}`, OUTPOST_DENY_LOG: log, NO_COLOR: '1' };
}

export function guardLog(): { path: string; read: () => string[]; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'outpost-guard-'));
  const path = join(dir, 'denied.log');
  return {
    path,
    read: () => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : []),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv, timeout = 120_000): CliRun {
  requireBuilt(CLI);
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8', timeout, maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
