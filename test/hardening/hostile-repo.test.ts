// Hostile repositories (support/hostile-repos.ts) through the built CLI and the built language
// server, in a trusted and in an untrusted (Restricted Mode) workspace. Every case must end with
// the expected exit code (0/1/2, never a crash), with configuration errors named at their
// `file:line:col`, with no output (text, JSON, SARIF, diagnostics, logs) showing a full secret or
// the content of a file outside the workspace, and with no ordinary file reaching the analysis
// budget. Times are measured and written to $TMPDIR/outpost-hostile-repo-timings.json (and
// printed), never asserted: a hang fails through the generous timeouts instead.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ACME_TOKEN, HOSTILE_REPOS, MARKER, OUTSIDE_AKIA } from './support/hostile-repos';
import type { HostileRepo } from './support/hostile-repos';
import { guardedEnv, guardLog, runCli } from './support/run-guarded';
import { TestClient, uriOf } from '../lsp/support/lsp-client';

let base: string;
const guard = guardLog();
const timings: { case: string; via: string; ms: number; exit?: number | null }[] = [];
const dirs = new Map<string, string>();

before(() => {
  base = mkdtempSync(join(tmpdir(), 'outpost-hostile-repo-'));
  HOSTILE_REPOS.forEach((c, i) => {
    const dir = join(base, `repo-${String(i).padStart(2, '0')}`);
    const outside = join(base, `outside-${String(i).padStart(2, '0')}`);
    mkdirSync(dir, { recursive: true });
    mkdirSync(outside, { recursive: true });
    c.write(dir, outside);
    dirs.set(c.name, dir);
  });
});

after(() => {
  rmSync(base, { recursive: true, force: true });
  guard.dispose();
  const file = join(tmpdir(), 'outpost-hostile-repo-timings.json');
  writeFileSync(file, JSON.stringify(timings, null, 2));
  const rows = timings.map((t) => `${t.via.padEnd(18)} ${String(Math.round(t.ms)).padStart(6)} ms  ${t.exit !== undefined ? `exit ${t.exit}  ` : ''}${t.case}`);
  process.stdout.write(`\nHostile-repository timings (also in ${file}):\n${rows.join('\n')}\n`);
});

/** Nothing a user or a log sees may hold the outside file's content or a full planted secret. */
function assertClean(label: string, text: string): void {
  assert.ok(!text.includes(MARKER), `${label}: the content of a file outside the workspace reached the output`);
  assert.ok(!text.includes(OUTSIDE_AKIA), `${label}: a secret from outside the workspace reached the output`);
  assert.ok(!text.includes(ACME_TOKEN), `${label}: a full secret reached the output`);
}

function cli(c: HostileRepo, format: string): ReturnType<typeof runCli> {
  const started = performance.now();
  const r = runCli(['scan', '.', '--format', format, '--fail-on', 'error', '--no-color', ...(c.cliArgs ?? [])], dirs.get(c.name)!, guardedEnv(guard.path), 300_000);
  if (format === 'json') timings.push({ case: c.name, via: 'cli', ms: performance.now() - started, exit: r.status });
  return r;
}

describe('hostile repositories through the CLI', () => {
  for (const c of HOSTILE_REPOS) {
    it(c.name, { timeout: 600_000 }, () => {
      const r = cli(c, 'json');
      assert.ok(c.exit.includes(r.status ?? -1), `exit ${r.status} (expected ${c.exit.join('/')}): ${r.stderr.slice(0, 1500)}`);
      assert.doesNotMatch(r.stderr, /unexpected error|RangeError|Maximum call stack/, 'the CLI crashed');
      assertClean(`${c.name} (json)`, r.stdout + r.stderr);
      if (r.status === 2) {
        assert.match(r.stderr, /configuration error/);
        if (c.errorAt) assert.ok(r.stderr.includes(c.errorAt), `the error does not name ${c.errorAt}: ${r.stderr.slice(0, 500)}`);
        return;
      }
      const report = JSON.parse(r.stdout) as { findings: { ruleId: string; message: string }[]; skipped: { path: string; reason: string }[] };
      assert.ok(!report.skipped.some((s) => s.reason === 'too-slow'), `a file reached the analysis budget: ${JSON.stringify(report.skipped)}`);
      assert.ok(!report.findings.some((f) => f.ruleId === 'secret/aws-access-key-id'), 'a file outside the workspace was read');
      if (c.skipped) assert.ok(report.skipped.some((s) => s.path === c.skipped!.path && s.reason === c.skipped!.reason), `${c.skipped.path} not listed as ${c.skipped.reason}`);
      if (c.finds) assert.ok(report.findings.some((f) => f.ruleId === c.finds), `${c.finds} not reported`);
      for (const format of ['text', 'sarif']) {
        const o = cli(c, format);
        assert.equal(o.status, r.status, `${format}: exit ${o.status}`);
        assertClean(`${c.name} (${format})`, o.stdout + o.stderr);
        if (format === 'sarif') assert.equal((JSON.parse(o.stdout) as { version: string }).version, '2.1.0');
      }
    });
  }

  it('the network/process guard saw nothing', () => {
    assert.deepEqual(guard.read(), []);
  });
});

for (const trusted of [true, false]) {
  const mode = trusted ? 'trusted' : 'restricted';
  describe(`hostile repositories through the language server (${mode})`, () => {
    for (const c of HOSTILE_REPOS) {
      it(c.name, { timeout: 300_000 }, async () => {
        const dir = dirs.get(c.name)!;
        const started = performance.now();
        const client = await TestClient.start({ folders: [dir], workspaceTrusted: trusted });
        try {
          for (const rel of c.open ?? []) {
            const uri = uriOf(join(dir, rel));
            client.open(uri, readFileSync(join(dir, rel), 'utf8'), rel.endsWith('.json') ? 'json' : rel.endsWith('.yml') ? 'yaml' : 'dotenv');
            await client.diagnosticsFor(uri, () => true, 120_000);
          }
          const result = (await client.conn.sendRequest('outpost/scanWorkspace', {})) as { filesScanned: number; cancelled: boolean; filesSkipped: { tooSlow?: number } };
          timings.push({ case: c.name, via: `server ${mode}`, ms: performance.now() - started });
          assert.equal(result.cancelled, false);
          assert.ok(!result.filesSkipped.tooSlow, 'a file reached the analysis budget');
          assert.ok(client.isAlive, 'the server died');

          const all = [...client.diagnostics.entries()].map(([uri, list]) => ({ uri, diagnostics: list.at(-1)?.diagnostics ?? [] }));
          const flat = all.flatMap((p) => p.diagnostics.map((d) => ({ uri: p.uri, d })));
          assertClean(`${c.name} (server ${mode})`, JSON.stringify(all) + JSON.stringify(client.logs) + JSON.stringify(client.messages) + client.stderr);
          assert.ok(!flat.some((x) => x.d.code === 'secret/aws-access-key-id'), 'a file outside the workspace was read');
          assert.ok(!flat.some((x) => x.d.code === 'outpost/analysis-budget'), 'a file reached the analysis budget');

          const configUri = uriOf(join(dir, '.outpost.yml'));
          const onConfig = all.find((p) => p.uri === configUri)?.diagnostics ?? [];
          if (c.configErrorAt) {
            const e = onConfig.find((d) => d.code === 'outpost/config-error');
            assert.ok(e, `no config-error diagnostic on .outpost.yml (got ${JSON.stringify(onConfig)})`);
            assert.deepEqual(e.range.start, c.configErrorAt);
          }
          const notices = flat.filter((x) => x.d.code === 'outpost/restricted-mode');
          if (!trusted && c.restrictedNotice) {
            assert.equal(notices.length, 1, 'Restricted Mode must say once what it holds back');
            assert.equal(notices[0]!.uri, configUri);
            assert.equal(notices[0]!.d.severity, 3, 'an information diagnostic');
            // Said once: no publish of .outpost.yml ever carried it twice.
            for (const p of client.diagnostics.get(configUri) ?? []) assert.ok(p.diagnostics.filter((d) => d.code === 'outpost/restricted-mode').length <= 1);
          } else {
            assert.equal(notices.length, 0, 'a Restricted Mode notice where nothing was held back');
          }
          if (c.finds) {
            const found = flat.some((x) => x.d.code === c.finds);
            assert.equal(found, trusted, trusted ? `${c.finds} not reported in a trusted workspace` : `${c.finds} ran in Restricted Mode`);
          }
        } finally {
          await client.stop();
        }
      });
    }
  });
}
