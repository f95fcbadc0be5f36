// The machine a benchmark ran on, for the report: cores, memory, CPU model, node, tool versions.
import { cpus, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rgVersion, secretlintAvailable, SECRETLINT_BIN } from './tools';

export interface Machine {
  nproc: number;
  memory: string;
  cpuModel: string;
  node: string;
  os: string;
  secretlint: string;
  rg: string;
  date: string;
}

function sh(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8' }).trim();
  } catch {
    return 'n/a';
  }
}

export function describeMachine(): Machine {
  const model = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const free = sh('free', ['-h']).split('\n').find((l) => l.startsWith('Mem:'));
  return {
    nproc: Number(sh('nproc', [])) || cpus().length,
    memory: free ? `${free.split(/\s+/)[1]} total (free -h)` : `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    cpuModel: model,
    node: process.version,
    os: sh('uname', ['-srm']),
    secretlint: secretlintAvailable() ? sh(process.execPath, [SECRETLINT_BIN, '--version']) : 'not installed (npm run bench:install)',
    rg: rgVersion(),
    date: new Date().toISOString(),
  };
}
