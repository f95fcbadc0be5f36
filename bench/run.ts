// `npm run bench`: every benchmark in one run, tables on stdout, JSON in bench/results/ (git-ignored),
// and the tables written into bench/RESULTS.md between its markers (the prose around them is kept).
//
//   node --import tsx bench/run.ts [--only throughput,latency,scaling] [--rounds N] [--sizes 1000,5000,20000,50000]
//
// Needs `npm run bench:install` once (secretlint in bench/peers, ripgrep, GNU time); a missing peer
// is reported and its column left out rather than failing the run.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describeMachine } from './lib/machine';
import { corpusDataset, generatedDataset } from './lib/datasets';
import { runThroughput, throughputTable } from './throughput';
import type { ThroughputResult } from './throughput';
import { runScaling, scalingTable } from './scaling';
import type { ScalingPoint, ScalingResult } from './scaling';
import { repoRoot } from './workspace/generate';
import { haveGnuTime, measure } from './lib/measure';
import { cliBuilt, rgPath, secretlintAvailable, ensureParallelBundle, parallelCommand, outpostCommand, rgCommand } from './lib/tools';
import { fmt } from './lib/stats';
import { recall } from './recall';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const only = new Set((arg('only') ?? 'throughput,cache,latency,scaling').split(','));
const rounds = Number(arg('rounds') ?? 3);
const sizes = (arg('sizes') ?? '1000,5000,20000,50000').split(',').map(Number);
const RESULTS_DIR = join(repoRoot, 'bench', 'results');
const log = (s: string): void => console.log(s);

interface LatencyRow {
  lines: number;
  edits: number;
  serverMedianMs: number;
  serverP95Ms: number;
  serverP95AfterWarmupMs?: number;
  firstEditsMaxMs?: number;
  analyzeMedianMs: number;
  roundTripMedianMs: number;
  roundTripP95Ms: number;
  openToFirstDiagnosticsMs: number;
}
interface LatencyResult {
  coldStartExamples: Record<string, number>;
  editLatency: LatencyRow[];
}

/** The server engineer's bench/editor-latency.ts, run as is; it writes bench/results/editor-latency.json. */
function runLatency(): LatencyResult | string {
  if (!existsSync(join(repoRoot, 'bench', 'editor-latency.ts'))) return 'bench/editor-latency.ts is absent';
  if (!existsSync(join(repoRoot, 'dist', 'server.js'))) return 'dist/server.js is not built (node esbuild.mjs --only=server)';
  const r = spawnSync(process.execPath, ['--import', 'tsx', join('bench', 'editor-latency.ts'), '--edits', arg('edits') ?? '200'], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) return `bench/editor-latency.ts exited ${r.status}`;
  return JSON.parse(readFileSync(join(RESULTS_DIR, 'editor-latency.json'), 'utf8')) as LatencyResult;
}

function latencyTable(l: LatencyResult): string {
  const c = l.coldStartExamples;
  return [
    '| lines | edits | server median ms | server p95 ms | server p95 after 20 edits ms | slowest of first 20 ms | analyze median ms | round trip median ms | round trip p95 ms | didOpen → first diagnostics ms |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...l.editLatency.map((r) => `| ${r.lines.toLocaleString('en')}${'file' in r && r['file'] !== 'yml' ? ` (${String(r['file'])})` : ''} | ${r.edits} | ${r.serverMedianMs} | ${r.serverP95Ms} | ${r.serverP95AfterWarmupMs ?? 'n/a'} | ${r.firstEditsMaxMs ?? 'n/a'} | ${r.analyzeMedianMs} | ${r.roundTripMedianMs} | ${r.roundTripP95Ms} | ${r.openToFirstDiagnosticsMs} |`),
    '',
    `Cold start on examples/ (median of ${c['runs']}): process start → initialized ${c['startToInitializedMs']} ms, didOpen → first diagnostics ${c['openToFirstDiagnosticsMs']} ms, start → first diagnostics ${c['startToFirstDiagnosticsMs']} ms.`,
    '',
  ].join('\n');
}

function targets(tp: ThroughputResult[], lat: LatencyResult | string | undefined): string {
  const ws = tp.find((t) => t.dataset.startsWith('generated 20,000'));
  const lines: string[] = ['| target | measured | met |', '|---|---|---|'];
  const row = (t: string, m: string, ok: boolean | undefined): void => {
    lines.push(`| ${t} | ${m} | ${ok === undefined ? 'n/a' : ok ? 'yes' : '**no**'} |`);
  };
  if (ws) {
    const o = ws.tools[0]!;
    const slStopped = ws.tools.some((t) => t.tool === 'secretlint' && t.timedOut);
    row('≥ 10x secretlint throughput (20k files)', ws.speedupVsSecretlint !== undefined ? `${slStopped ? '> ' : ''}${fmt(ws.speedupVsSecretlint, 2)}x` : 'n/a', ws.speedupVsSecretlint === undefined ? undefined : ws.speedupVsSecretlint >= 10);
    row('within 3x of rg (20k files)', ws.slowdownVsRg !== undefined ? `${fmt(ws.slowdownVsRg, 1)}x rg's time` : 'n/a', ws.slowdownVsRg === undefined ? undefined : ws.slowdownVsRg <= 3);
    row('peak RSS < 200 MB (20k files)', `${fmt(o.peakRssMB, 0)} MB`, o.peakRssMB < 200);
  }
  if (lat && typeof lat !== 'string') {
    const r2k = lat.editLatency.find((r) => r.lines >= 1500 && r.lines <= 2500);
    const r20k = lat.editLatency.find((r) => r.lines >= 15000);
    if (r2k) row('2,000 lines: median < 5 ms, p95 < 15 ms', `${r2k.serverMedianMs} / ${r2k.serverP95Ms} ms (server); ${r2k.roundTripMedianMs} / ${r2k.roundTripP95Ms} ms (round trip)`, r2k.serverMedianMs < 5 && r2k.serverP95Ms < 15);
    if (r20k) row('20,000 lines: p95 < 100 ms', `${r20k.serverP95Ms} ms (server); ${r20k.roundTripP95Ms} ms (round trip)`, r20k.serverP95Ms < 100);
  }
  return lines.join('\n') + '\n';
}

async function main(): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const machine = describeMachine();
  log(`Machine: ${machine.nproc} cores, ${machine.memory}, ${machine.cpuModel}, node ${machine.node}; secretlint ${machine.secretlint}; ${machine.rg}`);
  if (!haveGnuTime()) log('GNU time (/usr/bin/time) is missing: peak RSS is not measured (npm run bench:install)');
  if (!secretlintAvailable()) log('secretlint is not installed: run npm run bench:install');
  if (!rgPath()) log('ripgrep is not installed: run npm run bench:install');
  if (!cliBuilt()) log('dist/cli.js is not built: measuring the engine through bench/engine-scan.ts instead');

  const sections: string[] = [];
  const throughput: ThroughputResult[] = [];
  let latency: LatencyResult | string | undefined;
  let scaling: ScalingResult | undefined;
  let cacheResult: ThroughputResult | undefined;

  if (only.has('throughput')) {
    const corpus = corpusDataset();
    if (typeof corpus === 'string') {
      log(corpus);
      sections.push(`_${corpus}._\n`);
    } else {
      throughput.push(await runThroughput(corpus, Math.max(rounds, 5), log));
    }
    throughput.push(await runThroughput(generatedDataset(20000), rounds, log));
    for (const t of throughput) log('\n' + throughputTable(t));
    let found = '';
    if (cliBuilt()) {
      // Untimed: the timed runs' reports are not kept, so the CLI runs once more for the check.
      const r = recall(20000);
      found = `Planted secrets in the 20,000-file workspace found by the CLI: ${r.found} of ${r.planted}; secret findings in files without a planted secret: ${r.falsePositives.length}.\n`;
      log(found);
    }
    sections.unshift('### Workspace scan throughput\n\n' + throughput.map(throughputTable).join('\n') + found);
  }
  if (only.has('cache')) {
    // Repeat scans of an unchanged tree: the CLI as it is, against the same work with the per-file
    // result cache (server/src/node/scan-cache.ts) already filled by an untimed first run.
    const d = generatedDataset(20000);
    await ensureParallelBundle();
    const cacheFile = join(repoRoot, '.cache', 'bench', 'scan-cache-20000.json');
    rmSync(cacheFile, { force: true });
    await measure(parallelCommand(d, 2, cacheFile)); // fills the cache (untimed)
    const warm = await runThroughput(d, rounds, log, [
      { tool: 'outpost CLI (no cache)', command: outpostCommand(d) },
      { tool: 'outpost, warm per-file cache (bench/parallel-cli.ts --cache)', command: parallelCommand(d, 2, cacheFile) },
      ...(rgPath() ? [{ tool: 'rg', command: rgCommand(d) }] : []),
    ]);
    log('\n' + throughputTable(warm));
    sections.push('### Repeat scans with the per-file result cache\n\n' + throughputTable(warm));
    cacheResult = warm;
  }
  if (only.has('latency')) {
    latency = runLatency();
    if (typeof latency === 'string') log(`editor latency skipped: ${latency}`);
    sections.push('### Editor latency (dist/server.js over stdio, debounce 0; bench/editor-latency.ts)\n\n' + (typeof latency === 'string' ? `_Skipped: ${latency}._\n` : latencyTable(latency)));
  }
  if (only.has('scaling')) {
    // The 20k point is the throughput run's Outpost column when there is one (same command, same files).
    const known = new Map<number, ScalingPoint>();
    const ws = throughput.find((t) => t.dataset.startsWith('generated 20,000'));
    if (ws) known.set(ws.files, { files: ws.files, bytes: ws.bytes, runsMs: ws.tools[0]!.runsMs, medianMs: ws.tools[0]!.medianMs, peakRssMB: ws.tools[0]!.peakRssMB });
    scaling = await runScaling(sizes, Math.max(2, rounds - 1), log, known);
    log('\n' + scalingTable(scaling));
    sections.push('### Scaling (Outpost CLI, generated workspaces)\n\n' + scalingTable(scaling));
  }
  const summary = '### Targets\n\n' + targets(throughput, latency);
  log('\n' + summary);

  const result = { machine, throughput, cache: cacheResult, latency, scaling };
  const stamp = machine.date.replace(/[:.]/g, '-');
  writeFileSync(join(RESULTS_DIR, `bench-${stamp}.json`), JSON.stringify(result, null, 2) + '\n');
  writeFileSync(join(RESULTS_DIR, 'latest.json'), JSON.stringify(result, null, 2) + '\n');

  const md = join(repoRoot, 'bench', 'RESULTS.md');
  const machineBlock = [
    `Measured ${machine.date.slice(0, 10)} on: ${machine.nproc} cores (\`nproc\`), ${machine.memory}, CPU \`${machine.cpuModel}\`, node ${machine.node}, ${machine.os};`,
    `peers: secretlint ${machine.secretlint} (+ @secretlint/secretlint-rule-preset-recommend), ${machine.rg}.`,
    `Reproduce: \`npm ci && npm run bench:install && npm run bench\` (${only.size < 3 ? `this run: --only ${[...only].join(',')}, ` : ''}rounds ${rounds}).`,
    '',
  ].join('\n');
  const generated = `<!-- results:begin (written by bench/run.ts) -->\n${machineBlock}\n${summary}\n${sections.join('\n')}<!-- results:end -->`;
  const old = existsSync(md) ? readFileSync(md, 'utf8') : '# Benchmark results\n\n<!-- results:begin --><!-- results:end -->\n';
  const next = /<!-- results:begin[\s\S]*<!-- results:end -->/.test(old) ? old.replace(/<!-- results:begin[\s\S]*<!-- results:end -->/, generated) : `${old}\n${generated}\n`;
  writeFileSync(md, next);
  log(`\nWrote bench/RESULTS.md and bench/results/latest.json`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
