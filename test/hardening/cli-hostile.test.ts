// Hostile documents through the built CLI: every hostile document of support/hostile.ts written
// under the name of every file kind into a temporary workspace (plus a 50 MB file and binary
// files with config names), scanned once per format. The CLI must finish with exit 0/1 (never a
// crash), produce a complete report, and say which files it skipped and why.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { HOSTILE_DOCS, KIND_PATHS } from './support/hostile';
import { guardedEnv, guardLog, runCli } from './support/run-guarded';

let root: string;
const guard = guardLog();
let expectedFiles = 0;

before(() => {
  root = mkdtempSync(join(tmpdir(), 'outpost-hostile-cli-'));
  HOSTILE_DOCS.forEach((doc, i) => {
    const body = doc.bytes();
    for (const k of KIND_PATHS) {
      if (doc.syntaxes && !doc.syntaxes.includes(k.syntax)) continue;
      if (doc.big && k.path !== '.env') continue;
      const file = join(root, `case-${String(i).padStart(2, '0')}`, k.path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, Buffer.concat([Buffer.from(k.header ?? ''), body]));
      expectedFiles++;
    }
  });
  // 50 MB under a config name, written in chunks at test time (never committed).
  const big = join(root, 'big', '.env');
  mkdirSync(dirname(big), { recursive: true });
  const fd = openSync(big, 'w');
  const chunk = Buffer.from('LOG_LEVEL=info\nSERVICE_URL=https://example.org/api\n'.repeat(20_000));
  for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
  closeSync(fd);
});

after(() => {
  rmSync(root, { recursive: true, force: true });
  guard.dispose();
});

describe('hostile workspace through the CLI', () => {
  it('JSON: completes, reports findings, lists skipped binary and oversized files', { timeout: 300_000 }, () => {
    const r = runCli(['scan', '.', '--format', 'json', '--fail-on', 'error', '--all-files'], root, guardedEnv(guard.path));
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr.slice(0, 2000)}`);
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string; path: string; line: number }[] };
    assert.ok(report.findings.some((f) => f.ruleId === 'secret/aws-access-key-id'), 'the planted keys were not reported');
    assert.ok(report.findings.some((f) => f.ruleId === 'outpost/parse-error'), 'deeply nested files gave no parse-error information');
    assert.match(r.stderr, /big\/\.env.*(KB|MB|limit)/, 'the 50 MB file was not reported as skipped');
    assert.match(r.stderr, /binary/i, 'binary files with config names were not reported as skipped');
    assert.ok(expectedFiles > 300);
    assert.deepEqual(guard.read(), [], 'the CLI tried to open a connection or start a process');
  });

  for (const format of ['text', 'sarif']) {
    it(`${format}: completes with a well-formed report`, { timeout: 300_000 }, () => {
      // The JSON run above covers every case; the other formats get the first ten (alias bombs,
      // deep nesting, invalid UTF-8, binary) to keep the suite quick.
      const cases = Array.from({ length: 10 }, (_, i) => `case-${String(i).padStart(2, '0')}`);
      const r = runCli(['scan', ...cases, '--format', format, '--fail-on', 'none', '--all-files', '--no-color'], root, guardedEnv(guard.path));
      assert.equal(r.status, 0, r.stderr.slice(0, 2000));
      if (format === 'sarif') {
        const sarif = JSON.parse(r.stdout) as { version: string; runs: { results: unknown[] }[] };
        assert.equal(sarif.version, '2.1.0');
        assert.ok(sarif.runs[0]!.results.length > 0);
      } else {
        assert.match(r.stdout, /secret\/aws-access-key-id/);
      }
    });
  }

  it('the 50 MB file is analysed when the size limit allows it', { timeout: 300_000 }, () => {
    const r = runCli(['scan', join('big', '.env'), '--format', 'json', '--fail-on', 'none', '--max-file-size', '60000'], root, guardedEnv(guard.path));
    assert.equal(r.status, 0, r.stderr.slice(0, 2000));
    assert.deepEqual(JSON.parse(r.stdout).findings, []);
  });
});
