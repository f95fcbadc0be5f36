// Runs one command the way a user would, and measures it from outside: wall time around the
// process, peak resident memory (VmHWM) from GNU time (`/usr/bin/time -v`), exit code. Output
// goes to a file so a chatty tool is not slowed by a pipe the bench reads.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, openSync, closeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export interface Measured {
  ms: number;
  /** Peak resident set size of the process tree's largest process, in MB (from GNU time). */
  peakRssMB: number;
  exitCode: number;
  /** Bytes the command wrote to stdout. */
  stdoutBytes: number;
  /** The command was stopped after `timeoutMs`: `ms` is then a lower bound. */
  timedOut?: boolean;
}

export interface Command {
  cmd: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Exit codes that mean success for this tool (scanners exit 1 when they find something). */
  okCodes?: readonly number[];
}

export const GNU_TIME = '/usr/bin/time';

export function haveGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

let seq = 0;

export async function measure(c: Command, stdoutFile?: string, timeoutMs?: number): Promise<Measured> {
  const timeFile = join(tmpdir(), `outpost-bench-time-${process.pid}-${seq++}.txt`);
  const outFile = stdoutFile ?? join(tmpdir(), `outpost-bench-out-${process.pid}.txt`);
  const out = openSync(outFile, 'w');
  const useTime = haveGnuTime();
  const [cmd, args] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, c.cmd, ...c.args]] : [c.cmd, c.args];
  const t0 = performance.now();
  let timedOut = false;
  const exitCode = await new Promise<number>((resolve, reject) => {
    // Own process group, so a timeout stops GNU time and the tool under it together.
    const p = spawn(cmd, args, { cwd: c.cwd, env: c.env ?? process.env, stdio: ['ignore', out, 'pipe'], detached: true });
    const timer = timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          try {
            process.kill(-p.pid!, 'SIGKILL');
          } catch {
            /* already gone */
          }
        }, timeoutMs)
      : undefined;
    let err = '';
    p.stderr!.on('data', (d: Buffer) => {
      if (err.length < 4000) err += d.toString();
    });
    p.on('error', reject);
    p.on('close', (code) => {
      if (timer) clearTimeout(timer);
      if (timedOut) return resolve(-1);
      if (!(c.okCodes ?? [0]).includes(code ?? -1)) {
        reject(new Error(`${c.cmd} ${c.args.join(' ')} exited ${code}: ${err.slice(0, 2000)}`));
      } else resolve(code ?? -1);
    });
  });
  const ms = performance.now() - t0;
  closeSync(out);
  let peakRssMB = NaN;
  if (useTime && existsSync(timeFile)) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'));
    if (m) peakRssMB = Number(m[1]) / 1024;
    rmSync(timeFile, { force: true });
  }
  return { ms, peakRssMB, exitCode, stdoutBytes: statSync(outFile).size, ...(timedOut ? { timedOut } : {}) };
}
