// The worker-thread scan (server/src/node/parallel-scan.ts) gives exactly the serial results, in
// job order, and survives a worker that dies (out of memory): its files are analysed in the
// calling thread instead. With the per-file cache, a second scan of an unchanged tree reads
// nothing, a changed file is analysed again, a different configuration starts over, and the
// cache file never holds a secret.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, readdirSync, utimesSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { scanInParallel } from '../../server/src/node/parallel-scan';
import { ScanCache } from '../../server/src/node/scan-cache';
import type { JobResult, ScanJob, ScanSettings } from '../../server/src/node/scan-job';
import { withDefaults } from '../../server/src/engine/config/config';
import { generateWorkspace } from '../../bench/workspace/generate';

const ENTRY = join(__dirname, 'support', 'scan-worker.cjs');
let root: string;
let jobs: ScanJob[];
const settings: ScanSettings = { config: withDefaults({}), maxBytes: 1024 * 1024 };

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

const summary = (rs: JobResult[]): string[] => rs.map((r) => `${r.job.rel} ${'skipped' in r ? r.skipped : r.findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`).join(',')}`);

async function collect(opts: { workers: number; startAfter?: number; oldGenerationMb?: number; cache?: ScanCache }): Promise<JobResult[]> {
  const out: JobResult[] = [];
  await scanInParallel(jobs, settings, { ...opts, workerScript: ENTRY, onResult: (r) => out.push(r) });
  return out;
}

before(() => {
  root = mkdtempSync(join(tmpdir(), 'outpost-parallel-'));
  generateWorkspace(400, root, 11);
  jobs = walk(root).map((p) => ({ path: p, rel: relative(root, p).split('\\').join('/'), explicit: false }));
});

after(() => rmSync(root, { recursive: true, force: true }));

describe('parallel workspace scan', () => {
  it('2 workers give the serial results, in job order', { timeout: 120_000 }, async () => {
    const serial = await collect({ workers: 1 });
    const parallel = await collect({ workers: 2, startAfter: 50 });
    assert.equal(parallel.length, jobs.length);
    assert.deepEqual(summary(parallel), summary(serial));
    assert.ok(serial.some((r) => !('skipped' in r) && r.findings.some((f) => f.ruleId.startsWith('secret/'))), 'the workspace has planted secrets');
  });

  it('workers that run out of memory hand their files back to the calling thread', { timeout: 120_000 }, async () => {
    const serial = await collect({ workers: 1 });
    const starved = await collect({ workers: 2, startAfter: 0, oldGenerationMb: 1 });
    assert.deepEqual(summary(starved), summary(serial));
  });

  it('the per-file cache: unchanged files are not analysed again, changed ones are, and it stores no secret', { timeout: 120_000 }, async () => {
    const file = join(root, '..', `${root.split('/').pop()}-cache.json`);
    const salt = { engine: 'test-build', config: settings.config, day: '2026-01-01' };
    const serial = await collect({ workers: 1 });
    const first = ScanCache.open(file, salt);
    assert.deepEqual(summary(await collect({ workers: 2, startAfter: 0, cache: first })), summary(serial));
    assert.equal(first.hits, 0);
    assert.ok(first.save());

    const second = ScanCache.open(file, salt);
    assert.deepEqual(summary(await collect({ workers: 2, startAfter: 0, cache: second })), summary(serial));
    assert.equal(second.hits, jobs.length, 'unchanged files were analysed again');
    second.save();

    // A touched but unchanged file (a checkout) is recognised by its content hash.
    const touched = jobs.find((j) => j.rel.endsWith('.yml'))!;
    utimesSync(touched.path, new Date(), new Date(Date.now() + 5000));
    const touchedScan = ScanCache.open(file, salt);
    await collect({ workers: 1, cache: touchedScan });
    assert.equal(touchedScan.hits, jobs.length, 'a touched, unchanged file was analysed again');
    touchedScan.save();

    // A changed file is analysed again (and now reports the key appended to it).
    const changed = jobs.find((j) => j.rel.endsWith('.env'))!;
    appendFileSync(changed.path, `\nAWS_ACCESS_KEY_ID=${['AKIA', 'Q3ZR7XW2N4TBVCE5'].join('')}\n`);
    const third = ScanCache.open(file, salt);
    const after = await collect({ workers: 1, cache: third });
    assert.equal(third.misses, 1);
    const r = after.find((x) => x.job.path === changed.path)!;
    assert.ok(!('skipped' in r) && r.findings.some((f) => f.ruleId === 'secret/aws-access-key-id'), 'the changed file was served from the cache');
    third.save();

    // Another configuration (or engine build, or day) starts over.
    const other = ScanCache.open(file, { ...salt, config: { ...settings.config, scanAllFiles: true } });
    await collect({ workers: 1, cache: other });
    assert.equal(other.hits, 0);

    // The cache holds results (masked messages, ranges, fingerprints), never a secret.
    const stored = readFileSync(file, 'utf8');
    for (const x of after) {
      if ('skipped' in x) continue;
      const text = readFileSync(x.job.path, 'utf8');
      for (const f of x.findings) if (f.ruleId.startsWith('secret/')) assert.ok(!stored.includes(text.slice(f.range.start, f.range.end)), `${x.job.rel}: the cache file holds a secret`);
    }
    rmSync(file, { force: true });
  });
});
