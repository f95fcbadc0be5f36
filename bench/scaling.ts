// Scaling: Outpost's scan time on generated workspaces of 1k, 5k, 20k and 50k files, and the
// least-squares line through the medians (time against files and against bytes). Linear cost
// means R² close to 1 and a per-file slope that does not drift with size.
import { measure } from './lib/measure';
import { median, linearFit, fmt } from './lib/stats';
import type { LinearFit } from './lib/stats';
import { outpostCommand } from './lib/tools';
import { generatedDataset } from './lib/datasets';
import type { Dataset } from './lib/datasets';

export interface ScalingPoint {
  files: number;
  bytes: number;
  runsMs: number[];
  medianMs: number;
  peakRssMB: number;
}

export interface ScalingResult {
  points: ScalingPoint[];
  /** seconds = intercept + slope * files */
  byFiles: LinearFit;
  /** seconds = intercept + slope * MB */
  byMB: LinearFit;
}

export async function runScaling(sizes: readonly number[], rounds: number, log: (s: string) => void, known: Map<number, ScalingPoint> = new Map()): Promise<ScalingResult> {
  const points: ScalingPoint[] = [];
  const datasets: Dataset[] = sizes.map((n) => generatedDataset(n));
  for (const d of datasets) {
    const k = known.get(d.files);
    if (k) {
      points.push(k);
      continue;
    }
    const cmd = outpostCommand(d);
    if (d.files < 10_000) await measure(cmd); // warm the page cache (big runs are long enough not to need it)
    const ms: number[] = [];
    const rss: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const m = await measure(cmd);
      ms.push(m.ms);
      rss.push(m.peakRssMB);
      log(`  scaling ${d.files} files round ${r + 1}/${rounds}: ${fmt(m.ms / 1000, 2)} s, ${fmt(m.peakRssMB, 0)} MB`);
    }
    points.push({ files: d.files, bytes: d.bytes, runsMs: ms, medianMs: median(ms), peakRssMB: Math.max(...rss) });
  }
  const secs = points.map((p) => p.medianMs / 1000);
  return { points, byFiles: linearFit(points.map((p) => p.files), secs), byMB: linearFit(points.map((p) => p.bytes / 1048576), secs) };
}

export function scalingTable(s: ScalingResult): string {
  return [
    '| files | MB | median s | files/s | MB/s | peak RSS MB | runs (s) |',
    '|---:|---:|---:|---:|---:|---:|---|',
    ...s.points.map((p) => `| ${p.files.toLocaleString('en')} | ${fmt(p.bytes / 1048576)} | ${fmt(p.medianMs / 1000, 2)} | ${fmt(p.files / (p.medianMs / 1000), 0)} | ${fmt(p.bytes / 1048576 / (p.medianMs / 1000), 2)} | ${fmt(p.peakRssMB, 0)} | ${p.runsMs.map((m) => fmt(m / 1000, 2)).join(', ')} |`),
    '',
    `- time vs files: seconds = ${fmt(s.byFiles.intercept, 3)} + ${fmt(s.byFiles.slope * 1000, 3)} ms × files, R² = ${fmt(s.byFiles.r2, 4)}`,
    `- time vs bytes: seconds = ${fmt(s.byMB.intercept, 3)} + ${fmt(s.byMB.slope, 3)} s × MB, R² = ${fmt(s.byMB.r2, 4)}`,
    '',
  ].join('\n');
}
