// Deterministic generator of a benchmark workspace: N files of every kind Outpost reads
// (pipelines, .env, .npmrc, inventories, compose, properties, Outpost formats), sizes from 200 B
// to 200 KB (most a few KB, a long tail of big ones, like real repositories), 1% of them with one
// planted synthetic secret. Same seed and count -> the same bytes, so runs are comparable.
//
//   node --import tsx bench/workspace/generate.ts --files 20000 [--out DIR] [--seed 1]
//
// The output goes to a git-ignored folder (.cache/bench-ws-<files> by default) with a
// manifest.json next to it listing the planted files (path and secret type, never the value).
import { mkdirSync, writeFileSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Prng } from './prng';
import { makeSecret } from './secrets';
import type { SecretType } from './secrets';
import { TEMPLATES } from './templates';

/** Bump when templates or the size model change, so cached workspaces are regenerated. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20260401;

export interface Manifest {
  version: number;
  seed: number;
  files: number;
  bytes: number;
  byKind: Record<string, number>;
  planted: { path: string; type: SecretType }[];
}

export const repoRoot = resolve(__dirname, '..', '..');

export function defaultWorkspaceDir(files: number): string {
  return join(repoRoot, '.cache', `bench-ws-${files}`);
}

/** 95% of files log-uniform in 200 B..8 KB, 5% log-uniform in 8 KB..200 KB: mean about 5 KB. */
function drawSize(rng: Prng): number {
  const [lo, hi] = rng.next() < 0.95 ? [200, 8192] : [8192, 200 * 1024];
  return Math.round(lo * Math.pow(hi / lo, rng.next()));
}

export function manifestPath(dir: string): string {
  return `${dir}.manifest.json`;
}

/** Writes the workspace unless an identical one (same version, seed, count) is already there. */
export function ensureWorkspace(files: number, dir = defaultWorkspaceDir(files), seed = DEFAULT_SEED): Manifest {
  const mp = manifestPath(dir);
  if (existsSync(mp) && existsSync(dir)) {
    const m = JSON.parse(readFileSync(mp, 'utf8')) as Manifest;
    if (m.version === GENERATOR_VERSION && m.seed === seed && m.files === files) return m;
  }
  rmSync(dir, { recursive: true, force: true });
  const m = generateWorkspace(files, dir, seed);
  writeFileSync(mp, JSON.stringify(m, null, 2) + '\n');
  return m;
}

export function generateWorkspace(files: number, dir: string, seed = DEFAULT_SEED): Manifest {
  const rng = new Prng(seed);
  const weights = TEMPLATES.map((t) => t.weight);
  const kinds = Array.from({ length: files }, () => rng.weighted(weights));

  // Exactly 1% of the files (rounded down) carry a secret, drawn among kinds that can hold one.
  const candidates = kinds.flatMap((k, i) => (TEMPLATES[k]!.secrets.length > 0 ? [i] : []));
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j]!, candidates[i]!];
  }
  const planted = new Set(candidates.slice(0, Math.floor(files / 100)));

  const manifest: Manifest = { version: GENERATOR_VERSION, seed, files, bytes: 0, byKind: {}, planted: [] };
  const made = new Set<string>();
  for (let i = 0; i < files; i++) {
    const t = TEMPLATES[kinds[i]!]!;
    const rel = `repo-${String(Math.floor(i / 40)).padStart(4, '0')}/${t.path(i, rng)}`;
    const target = Math.min(drawSize(rng), t.maxBytes ?? Infinity);
    const head = t.header(rng, i);
    const foot = t.footer?.(rng) ?? '';
    const blocks: string[] = [];
    let size = head.length + foot.length;
    for (let k = 0; size < target; k++) {
      const b = t.block(rng, k);
      blocks.push(b);
      size += b.length;
    }
    if (planted.has(i)) {
      const s = makeSecret(rng.pick(t.secrets), rng);
      blocks.splice(rng.int(0, blocks.length), 0, t.secretBlock(rng, blocks.length, s));
      manifest.planted.push({ path: rel, type: s.type });
    }
    const text = head + blocks.join('') + foot;
    const abs = join(dir, rel);
    const parent = dirname(abs);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(abs, text);
    manifest.bytes += Buffer.byteLength(text);
    manifest.byKind[t.kind] = (manifest.byKind[t.kind] ?? 0) + 1;
  }
  return manifest;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

if (require.main === module) {
  const files = Number(arg('files') ?? 20000);
  const seed = Number(arg('seed') ?? DEFAULT_SEED);
  const dir = resolve(arg('out') ?? defaultWorkspaceDir(files));
  const t0 = performance.now();
  const m = ensureWorkspace(files, dir, seed);
  console.log(`${dir}: ${m.files} files, ${(m.bytes / 1048576).toFixed(1)} MB, ${m.planted.length} with a planted secret (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
