// Workspace scan throughput: Outpost's CLI against secretlint (recommended preset) and against the
// ripgrep floor, on the same files, in the same run. The tools alternate within each round (the
// order rotates) so a noisy neighbour or a warming page cache hits all of them alike; the report
// uses medians over rounds.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { measure } from './lib/measure';
import type { Command } from './lib/measure';
import { median, fmt } from './lib/stats';
import { outpostCommand, rgCommand, rgPath, secretlintAvailable, secretlintCommand, cliBuilt, ensureEngineScanBundle } from './lib/tools';
import type { Dataset } from './lib/datasets';

export interface ToolResult {
  tool: string;
  command: string;
  runsMs: number[];
  medianMs: number;
  filesPerSec: number;
  mbPerSec: number;
  peakRssMB: number;
  /** secretlint's median time / this tool's (its throughput as a multiple of secretlint's). */
  xSecretlint?: number;
  /** This tool's median time / rg's. */
  xRg?: number;
  /** Its runs were stopped at the time limit: times are lower bounds, ratios against it too. */
  timedOut?: boolean;
}

export interface ThroughputResult {
  dataset: string;
  note: string;
  files: number;
  bytes: number;
  rounds: number;
  tools: ToolResult[];
  /** secretlint median time / Outpost median time (higher is better for Outpost). */
  speedupVsSecretlint?: number;
  /** Outpost median time / rg median time (how far above the floor). */
  slowdownVsRg?: number;
}

export interface NamedCommand {
  tool: string;
  command: Command;
  /** Timed runs of this tool (default: every round). */
  rounds?: number;
  /** Stop a run after this long and report it as "more than" (a lower bound). */
  timeoutMs?: number;
}

/** Time limit for one secretlint run on a big workspace (it grows faster than linearly). */
export const SECRETLINT_LIMIT_MS = Number(process.env['OUTPOST_BENCH_SECRETLINT_LIMIT_S'] ?? 900) * 1000;

export async function toolsFor(d: Dataset, outpostExtra: string[] = []): Promise<NamedCommand[]> {
  if (!cliBuilt()) await ensureEngineScanBundle();
  const list: NamedCommand[] = [{ tool: cliBuilt() ? 'outpost' : 'outpost (engine, CLI not built)', command: outpostCommand(d, { extra: outpostExtra }) }];
  // secretlint needs 20+ minutes for the 20,000-file workspace on this machine (it grows faster
  // than linearly): one run there, several on smaller inputs.
  if (secretlintAvailable()) list.push({ tool: 'secretlint', command: secretlintCommand(d), ...(d.files >= 10_000 ? { rounds: 1, timeoutMs: SECRETLINT_LIMIT_MS } : {}) });
  if (rgPath()) list.push({ tool: 'rg', command: rgCommand(d) });
  return list;
}

const show = (c: Command): string => [c.cmd.replace(/.*\//, ''), ...c.args.map((a) => (a.length > 60 ? a.slice(0, 57) + '...' : a))].join(' ');

export async function runThroughput(d: Dataset, rounds: number, log: (s: string) => void, tools?: NamedCommand[]): Promise<ThroughputResult> {
  const list = tools ?? (await toolsFor(d));
  const out = join(tmpdir(), `outpost-bench-stdout-${process.pid}.txt`);
  const runs = new Map<string, { ms: number[]; rss: number[]; timedOut: boolean }>(list.map((t) => [t.tool, { ms: [], rss: [], timedOut: false }]));
  // Untimed warm-up: page cache, first-run effects. On big workspaces rg alone warms the page
  // cache (a secretlint warm-up there costs minutes).
  for (const t of list) if (d.files < 10_000 || t.tool === 'rg') await measure(t.command, out);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < list.length; k++) {
      const t = list[(r + k) % list.length]!;
      if (runs.get(t.tool)!.ms.length >= (t.rounds ?? rounds)) continue;
      const m = await measure(t.command, out, t.timeoutMs);
      const rec = runs.get(t.tool)!;
      rec.ms.push(m.ms);
      rec.rss.push(m.peakRssMB);
      if (m.timedOut) rec.timedOut = true;
      log(`  ${d.name} round ${r + 1}/${rounds} ${t.tool}: ${m.timedOut ? 'stopped after ' : ''}${fmt(m.ms / 1000, 2)} s, ${fmt(m.peakRssMB, 0)} MB`);
    }
  }
  rmSync(out, { force: true });
  const mb = d.bytes / 1048576;
  const tools_: ToolResult[] = list.map((t) => {
    const r = runs.get(t.tool)!;
    const ms = median(r.ms);
    return { tool: t.tool, command: show(t.command), runsMs: r.ms, medianMs: ms, filesPerSec: d.files / (ms / 1000), mbPerSec: mb / (ms / 1000), peakRssMB: Math.max(...r.rss), ...(r.timedOut ? { timedOut: true } : {}) };
  });
  const o = tools_[0]!;
  const sl = tools_.find((t) => t.tool === 'secretlint');
  const rg = tools_.find((t) => t.tool === 'rg');
  for (const t of tools_) {
    if (sl) t.xSecretlint = sl.medianMs / t.medianMs;
    if (rg) t.xRg = t.medianMs / rg.medianMs;
  }
  const res: ThroughputResult = { dataset: d.name, note: d.note, files: d.files, bytes: d.bytes, rounds, tools: tools_ };
  if (sl) res.speedupVsSecretlint = sl.medianMs / o.medianMs;
  if (rg) res.slowdownVsRg = o.medianMs / rg.medianMs;
  return res;
}

export function throughputTable(r: ThroughputResult): string {
  const slTimedOut = r.tools.some((t) => t.tool === 'secretlint' && t.timedOut);
  const lines = [
    `**${r.dataset}** — ${r.files.toLocaleString('en')} files, ${fmt(r.bytes / 1048576)} MB; ${r.note}; median of ${r.rounds} alternating rounds (fewer where the runs column shows fewer)`,
    '',
    '| tool | median s | files/s | MB/s | peak RSS MB | throughput vs secretlint | time vs rg | runs (s) |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...r.tools.map((t) => {
      // A run stopped at the time limit: its time is a floor, its throughput a ceiling.
      const gt = t.timedOut ? '> ' : '';
      const lt = t.timedOut ? '< ' : '';
      const vsSl = t.xSecretlint !== undefined ? `${slTimedOut && t.tool !== 'secretlint' ? '> ' : ''}${fmt(t.xSecretlint, 2)}x` : '';
      return `| ${t.tool} | ${gt}${fmt(t.medianMs / 1000, 2)} | ${lt}${fmt(t.filesPerSec, 0)} | ${lt}${fmt(t.mbPerSec, 2)} | ${fmt(t.peakRssMB, 0)} | ${vsSl} | ${t.xRg !== undefined ? `${gt}${fmt(t.xRg, 1)}x` : ''} | ${t.runsMs.map((m) => gt + fmt(m / 1000, 2)).join(', ')} |`;
    }),
    '',
  ];
  if (r.speedupVsSecretlint !== undefined) lines.push(`- Outpost CLI throughput / secretlint throughput: **${slTimedOut ? 'more than ' : ''}${fmt(r.speedupVsSecretlint, 2)}x** (target ≥ 10x)${slTimedOut ? `; secretlint was stopped after ${fmt(SECRETLINT_LIMIT_MS / 60000, 0)} minutes without finishing` : ''}`);
  if (r.slowdownVsRg !== undefined) lines.push(`- Outpost CLI time / rg time: **${fmt(r.slowdownVsRg, 2)}x** (target ≤ 3x)`);
  lines.push('');
  return lines.join('\n');
}
