// The worker-thread scan (server/src/node/parallel-scan.ts) gives exactly the serial results, in
// job order, and survives a worker that dies (out of memory): its files are analysed in the
// calling thread instead.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { scanInParallel } from '../../server/src/node/parallel-scan';
import type { JobResult, ScanJob, ScanSettings } from '../../server/src/node/scan-job';
import { withDefaults } from '../../server/src/engine/config/config';
import { generateWorkspace } from '../../bench/workspace/generate';

const ENTRY = join(__dirname, 'support', 'scan-worker-entry.ts');
let root: string;
let jobs: ScanJob[];
const settings: ScanSettings = { config: withDefaults({}), maxBytes: 1024 * 1024 };

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

const summary = (rs: JobResult[]): string[] => rs.map((r) => `${r.job.rel} ${'skipped' in r ? r.skipped : r.findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`).join(',')}`);

async function collect(opts: { workers: number; startAfter?: number; oldGenerationMb?: number }): Promise<JobResult[]> {
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
});
