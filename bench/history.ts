// `outpost history` throughput and memory (not a test; numbers go to bench/RESULTS.md).
// Generates repositories of 1k, 5k and 10k commits with `git fast-import` (a pool of config
// files, a few lines changed per commit, secrets planted and later deleted), then times the
// built CLI on each: commits/s, MB of diff/s (the bytes of `git log -p` output Outpost parsed),
// peak RSS (GNU time: the largest process, Outpost or git). Also a clone of this repository
// (`git clone /work/main`, real history) when it exists.
//   node esbuild.mjs --only=cli && node --import tsx bench/history.ts [--sizes 1000,5000,10000] [--rounds 3]
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { median } from './lib/stats';

/** Wall and CPU seconds (user+sys, Outpost and git together) and peak RSS, from GNU time. */
function timed(cwd: string, args: string[]): Promise<{ wall: number; cpu: number; rssMB: number }> {
  const out = join(tmpdir(), `outpost-bench-history-time-${process.pid}.txt`);
  return new Promise((resolve, reject) => {
    execFile('/usr/bin/time', ['-f', '%e %U %S %M', '-o', out, process.execPath, CLI, ...args], { cwd, maxBuffer: 512 * 1024 * 1024 }, (err) => {
      if (err && (err as { code?: number }).code !== 1) return reject(err);
      const [wall, user, sys, kb] = readFileSync(out, 'utf8').trim().split(/\s+/).slice(-4).map(Number);
      resolve({ wall: wall!, cpu: user! + sys!, rssMB: kb! / 1024 });
    });
  });
}

const REPO = join(__dirname, '..');
const CLI = join(REPO, 'dist/cli.js');

/** Deterministic pseudo-random numbers (no Math.random: runs must be comparable). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const KINDS = ['.github/workflows/ci-{n}.yml', 'deploy/{n}/values.yaml', 'config/app-{n}.properties', 'services/{n}/.env', 'infra/{n}/main.tf', 'docs/notes-{n}.md'];
const SECRETS = ['AKIA7JBD4R6CC6PKYQJR', 'AKIAQ3EGRWJ7KLMNP5T2', 'AKIAZ4XK2BPQ7RMW3NVY', 'AKIAW5Y3HQ2NJC7PXT4B'];

function line(r: () => number, i: number): string {
  const words = ['image', 'replicas', 'timeout', 'region', 'bucket', 'log_level', 'retries', 'endpoint', 'owner', 'cache'];
  return `${words[Math.floor(r() * words.length)]}_${i} = value-${Math.floor(r() * 1e6).toString(36)} # setting ${i}`;
}

/** Streams a fast-import script for `commits` commits into a new repository. */
async function generate(commits: number): Promise<{ dir: string; planted: number }> {
  const dir = mkdtempSync(join(tmpdir(), `outpost-bench-history-${commits}-`));
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  const fi = spawn('git', ['fast-import', '--quiet'], { cwd: dir, stdio: ['pipe', 'ignore', 'inherit'] });
  const done = new Promise<void>((res, rej) => fi.on('close', (c) => (c === 0 ? res() : rej(new Error(`fast-import ${c}`)))));
  const r = rng(commits);
  const files = new Map<string, string[]>();
  const write = async (s: string): Promise<void> => {
    if (!fi.stdin.write(s)) await new Promise((res) => fi.stdin.once('drain', res));
  };
  let planted = 0;
  for (let c = 1; c <= commits; c++) {
    const changes: string[] = [];
    // Grow the pool to ~300 files; otherwise edit 2 files, 3 lines each (diffs like real config churn).
    const touch = files.size < 300 && r() < 0.5 ? [KINDS[files.size % KINDS.length]!.replace('{n}', String(files.size))] : [];
    const paths = [...files.keys()];
    while (touch.length < 2 && paths.length > 0) touch.push(paths[Math.floor(r() * paths.length)]!);
    if (touch.length === 0) touch.push(KINDS[0]!.replace('{n}', '0'));
    for (const p of touch) {
      const lines = files.get(p) ?? Array.from({ length: 40 }, (_, i) => line(r, i));
      for (let k = 0; k < 3; k++) lines[Math.floor(r() * lines.length)] = line(r, Math.floor(r() * 1000));
      // A secret planted every ~2,500 commits; removed again 100 commits later (history only).
      if (c % 2500 === 7) {
        lines.push(`aws_access_key_id = ${SECRETS[planted % SECRETS.length]}`);
        planted++;
      }
      if (c % 2500 === 107) for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.startsWith('aws_access_key_id')) lines.splice(i, 1);
      files.set(p, lines);
      const body = lines.join('\n') + '\n';
      changes.push(`M 100644 inline ${p}\ndata ${Buffer.byteLength(body)}\n${body}\n`);
    }
    const msg = `change ${c}\n`;
    const ts = 1600000000 + c * 600;
    await write(`commit refs/heads/main\nmark :${c}\nauthor Bench <bench@example.org> ${ts} +0000\ncommitter Bench <bench@example.org> ${ts} +0000\ndata ${msg.length}\n${msg}${c > 1 ? `from :${c - 1}\n` : ''}${changes.join('')}\n`);
  }
  fi.stdin.end();
  await done;
  execFileSync('git', ['reset', '-q', '--hard', 'main'], { cwd: dir });
  return { dir, planted };
}

interface Point {
  name: string;
  commits: number;
  diffMB: number;
  findings: number;
  medianMs: number;
  medianCpuS: number;
  peakRssMB: number;
}

async function bench(name: string, dir: string, rounds: number): Promise<Point> {
  const json = execFileSync(process.execPath, [CLI, 'history', '--format', 'json', '--fail-on', 'none'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const findings = (JSON.parse(json) as { findings: unknown[] }).findings.length;
  const text = execFileSync(process.execPath, [CLI, 'history', '--fail-on', 'none', '--no-color'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const m = /in the history of (\d+) commits \(([\d.]+) MB of diff\)|No secrets found in (\d+) commits \(([\d.]+) MB of diff\)/.exec(text);
  const commits = Number(m?.[1] ?? m?.[3] ?? 0);
  const diffMB = Number(m?.[2] ?? m?.[4] ?? 0);
  const ms: number[] = [];
  const cpu: number[] = [];
  let rss = 0;
  for (let i = 0; i < rounds; i++) {
    const x = await timed(dir, ['history', '--format', 'json', '--fail-on', 'none']);
    ms.push(x.wall * 1000);
    cpu.push(x.cpu);
    rss = Math.max(rss, x.rssMB);
  }
  return { name, commits, diffMB, findings, medianMs: median(ms), medianCpuS: median(cpu), peakRssMB: rss };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const arg = (k: string): string | undefined => (argv.indexOf(k) >= 0 ? argv[argv.indexOf(k) + 1] : undefined);
  const sizes = (arg('--sizes') ?? '1000,5000,10000').split(',').map(Number);
  const rounds = Number(arg('--rounds') ?? 3);
  if (!existsSync(CLI)) throw new Error('build first: node esbuild.mjs --only=cli');
  const points: Point[] = [];
  for (const n of sizes) {
    const t0 = performance.now();
    const g = await generate(n);
    console.error(`generated ${n} commits (${g.planted} planted secrets) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    points.push(await bench(`generated ${n}`, g.dir, rounds));
    rmSync(g.dir, { recursive: true, force: true });
  }
  if (existsSync('/work/main/.git') || existsSync('/work/main/HEAD')) {
    const dir = mkdtempSync(join(tmpdir(), 'outpost-bench-clone-'));
    execFileSync('git', ['clone', '-q', '--no-local', '/work/main', join(dir, 'outpost')]);
    points.push(await bench('clone of /work/main (Outpost itself)', join(dir, 'outpost'), rounds));
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`load average at the end: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  console.log('| repository | commits | diff MB | findings | median wall s | median CPU s | commits/s (wall) | commits/s (CPU) | MB diff/s (CPU) | peak RSS MB |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const p of points) {
    const s = p.medianMs / 1000;
    const c = p.medianCpuS;
    console.log(`| ${p.name} | ${p.commits} | ${p.diffMB.toFixed(1)} | ${p.findings} | ${s.toFixed(2)} | ${c.toFixed(2)} | ${Math.round(p.commits / s)} | ${Math.round(p.commits / c)} | ${(p.diffMB / c).toFixed(2)} | ${p.peakRssMB.toFixed(0)} |`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
