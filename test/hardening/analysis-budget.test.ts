// The per-file analysis budget (server/src/engine/budget.ts) and the scan workers' hard limit.
// The mechanism is proven with an injected clock that advances on every look (no wall time): the
// analysis stops, says so with one information finding, and keeps what it had found. The CLI's
// worker threads are proven with a worker that never returns from one file: it is stopped, the
// file is reported "too slow", and every other file still arrives, in order. And the safety net
// stays a safety net: no example file and no hardening input reaches the default budget.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { analyze } from '../../server/src/engine/analyze';
import { DEFAULT_CONFIG, withDefaults } from '../../server/src/engine/config/config';
import { ANALYSIS_BUDGET_RULE } from '../../server/src/engine/budget';
import { scanInParallel } from '../../server/src/node/parallel-scan';
import type { JobResult, ScanJob } from '../../server/src/node/scan-job';
import { runScanJob } from '../../server/src/node/scan-job';
import { HOSTILE_DOCS, KIND_PATHS } from './support/hostile';
import { formatJson } from '../../server/src/cli/format-json';
import { formatSarif } from '../../server/src/cli/format-sarif';
import { formatText } from '../../server/src/cli/format-text';
import type { ScanOutcome } from '../../server/src/cli/scan-files';

const AKIA = ['AKIA', 'Q3ZR7XW2N4TBVCE5'].join('');
const WORKFLOW = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: ${AKIA}\n    steps:\n      - run: echo hi\n`;

/** A clock that advances `step` ms every time it is read. */
const advancing = (step: number): (() => number) => {
  let t = 0;
  return () => (t += step);
};

describe('analysis budget (injected clock)', () => {
  it('a clock that runs past the budget stops the analysis with one information finding', () => {
    const config = { ...DEFAULT_CONFIG, analysisBudgetMs: 1000 };
    const r = analyze({ path: '.github/workflows/ci.yml', text: WORKFLOW, config, clock: advancing(400) });
    assert.ok(r.budgetExceeded, 'the budget was not reported');
    assert.equal(r.budgetExceeded.limitMs, 1000);
    const notes = r.findings.filter((f) => f.ruleId === ANALYSIS_BUDGET_RULE);
    assert.equal(notes.length, 1);
    assert.equal(notes[0]!.severity, 'info');
    assert.match(notes[0]!.message, /stopped checking this file after 1000 ms/);
    // Fewer rules ran than with time to spare.
    const full = analyze({ path: '.github/workflows/ci.yml', text: WORKFLOW, config, clock: () => 0 });
    assert.equal(full.budgetExceeded, undefined);
    assert.ok(!full.findings.some((f) => f.ruleId === ANALYSIS_BUDGET_RULE));
    assert.ok(full.findings.length > r.findings.length - 1, 'the stopped analysis found more than the full one');
  });

  it('a clock within the budget changes nothing', () => {
    const config = { ...DEFAULT_CONFIG, analysisBudgetMs: 1_000_000 };
    const a = analyze({ path: '.github/workflows/ci.yml', text: WORKFLOW, config, clock: advancing(1) });
    const b = analyze({ path: '.github/workflows/ci.yml', text: WORKFLOW, config: { ...config, analysisBudgetMs: Infinity } });
    assert.equal(a.budgetExceeded, undefined);
    assert.deepEqual(a.findings, b.findings);
  });

  it('the budget rule can be turned off like any rule, the stop is still reported to the caller', () => {
    const config = { ...DEFAULT_CONFIG, analysisBudgetMs: 100, rules: { [ANALYSIS_BUDGET_RULE]: 'off' as const } };
    const r = analyze({ path: '.env', text: `AWS_ACCESS_KEY_ID=${AKIA}\n`, config, clock: advancing(1000) });
    assert.ok(r.budgetExceeded);
    assert.ok(!r.findings.some((f) => f.ruleId === ANALYSIS_BUDGET_RULE));
  });

  it('the CLI formats list a stopped file as skipped: took too long (JSON skipped, SARIF notification, text)', () => {
    const outcome: ScanOutcome = {
      findings: [],
      skipped: [{ path: 'big.yml', reason: 'too-slow', detail: 'took too long: Outpost stopped analysing it after its 5000 ms budget' }],
      filesScanned: 1,
      bytesScanned: 10,
      failures: [],
      config: withDefaults({}),
      root: '/tmp/x',
    };
    const json = JSON.parse(formatJson(outcome)) as { skipped: { path: string; reason: string; detail: string }[] };
    assert.deepEqual(json.skipped, [{ path: 'big.yml', reason: 'too-slow', detail: outcome.skipped[0]!.detail }]);
    const sarif = JSON.parse(formatSarif(outcome, '0.0.0')) as { runs: { invocations: { toolExecutionNotifications: { message: { text: string } }[] }[] }[] };
    assert.match(sarif.runs[0]!.invocations[0]!.toolExecutionNotifications[0]!.message.text, /Skipped big\.yml: it took too long/);
    assert.match(formatText(outcome, false), /skipped big\.yml: took too long/);
  });
});

describe('the budget is a safety net: ordinary files never reach it', () => {
  it('examples/', () => {
    const root = join(__dirname, '..', '..', 'examples');
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
    let n = 0;
    for (const f of files(root)) {
      const r = analyze({ path: relative(root, f), text: readFileSync(f, 'utf8') });
      assert.equal(r.budgetExceeded, undefined, `${f} reached the analysis budget`);
      n++;
    }
    assert.ok(n > 5);
  });

  it('the hostile documents of the hardening suite', { timeout: 300_000 }, () => {
    for (const doc of HOSTILE_DOCS) {
      const body = doc.bytes().toString('utf8');
      for (const k of KIND_PATHS) {
        if (doc.syntaxes && !doc.syntaxes.includes(k.syntax)) continue;
        if (doc.big && k.path !== '.env') continue;
        const r = analyze({ path: k.path, text: (k.header ?? '') + body, config: { ...DEFAULT_CONFIG, scanAllFiles: true } });
        assert.equal(r.budgetExceeded, undefined, `${doc.name} as ${k.path} reached the analysis budget`);
      }
    }
  });
});

describe('scan workers: a file past the hard limit', () => {
  let root: string;
  let jobs: ScanJob[];
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'outpost-hang-'));
    const names = Array.from({ length: 40 }, (_, i) => (i === 17 ? 'hang.env' : `f${String(i).padStart(2, '0')}.env`));
    for (const n of names) writeFileSync(join(root, n), `AWS_ACCESS_KEY_ID=${AKIA}\n`);
    jobs = names.map((n) => ({ path: join(root, n), rel: n, explicit: false }));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('is stopped and reported too slow; every other file still arrives, in order', { timeout: 120_000 }, async () => {
    const settings = { config: withDefaults({}), maxBytes: 1024 * 1024 };
    const out: JobResult[] = [];
    await scanInParallel(jobs, settings, { workers: 2, startAfter: 0, hardLimitMs: 1500, workerScript: join(__dirname, 'support', 'hanging-worker.cjs'), onResult: (r) => out.push(r) });
    assert.deepEqual(out.map((r) => r.job.rel), jobs.map((j) => j.rel));
    for (const r of out) {
      if (r.job.rel === 'hang.env') {
        assert.ok('skipped' in r && r.skipped === 'too-slow', 'the stuck file was not reported as too slow');
        assert.match(r.detail, /took too long/);
      } else {
        assert.ok(!('skipped' in r) && r.findings.some((f) => f.ruleId === 'secret/aws-access-key-id'), `${r.job.rel} lost its finding`);
      }
    }
  });

  it('a job marked timed out is reported, never analysed', () => {
    const r = runScanJob({ ...jobs[0]!, timedOut: 1234 }, { config: withDefaults({}), maxBytes: 1024 * 1024 });
    assert.ok('skipped' in r && r.skipped === 'too-slow' && /1234 ms/.test(r.detail));
  });
});
