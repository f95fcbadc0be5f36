// Nothing leaks: the CLI in every format (stdout, stderr, --output files, the baseline it writes)
// and the language server (diagnostics, logs, messages, code actions, scan results, the baseline
// it writes, its stderr) are run over a copy of examples/, and no planted secret may appear in
// full anywhere. The planted secrets are collected from a direct analyze() run (the text under
// each secret finding's range). Neither the engine, the CLI nor the server may open a network
// connection, resolve a name or start a process (support/deny-network.cjs in the children,
// support/in-process-guard.ts for the engine).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { analyze } from '../../server/src/engine/analyze';
import { DEFAULT_CONFIG } from '../../server/src/engine/config/config';
import { TestClient, uriOf } from '../lsp/support/lsp-client';
import { guardedEnv, guardLog, REPO, requireBuilt, runCli, SERVER } from './support/run-guarded';
import { withNetworkDenied } from './support/in-process-guard';

let ws: string;
const guard = guardLog();
const secrets = new Set<string>();
const files: { abs: string; rel: string; text: string }[] = [];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}

/** Every planted secret found in `haystack`, shown masked (the assertion message must not leak either). */
function leaked(haystack: string): string[] {
  return [...secrets].filter((s) => haystack.includes(s)).map((s) => `${s.slice(0, 4)}… (${s.length} chars)`);
}

before(() => {
  ws = mkdtempSync(join(tmpdir(), 'outpost-no-leak-'));
  cpSync(join(REPO, 'examples'), ws, { recursive: true });
  for (const abs of walk(ws)) files.push({ abs, rel: relative(ws, abs).split('\\').join('/'), text: readFileSync(abs, 'utf8') });
  const { attempts } = withNetworkDenied(() => {
    for (const f of files) {
      for (const finding of analyze({ path: f.rel, text: f.text, config: DEFAULT_CONFIG }).findings) {
        if (finding.ruleId.startsWith('secret/')) secrets.add(f.text.slice(finding.range.start, finding.range.end));
      }
    }
  });
  assert.deepEqual(attempts, [], 'the engine tried to reach the network or start a process');
});

after(() => {
  rmSync(ws, { recursive: true, force: true });
  guard.dispose();
});

describe('no planted secret leaves Outpost in full', () => {
  it('the example workspace has planted secrets to look for', () => {
    assert.ok(secrets.size >= 5, `only ${secrets.size} secrets found in examples/`);
    for (const s of secrets) assert.ok(s.length >= 8, 'a planted secret shorter than 8 characters would match by accident');
  });

  it('the guard itself records and blocks a connection attempt', { timeout: 30_000 }, () => {
    requireBuilt(SERVER);
    const probe = guardLog();
    try {
      const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
      // Loopback and a closed port: even without the guard nothing would leave the machine.
      const r = spawnSync(process.execPath, ['-e', "require('node:net').connect(9, '127.0.0.1').on('error', () => {})"], { env: guardedEnv(probe.path), encoding: 'utf8' });
      assert.notEqual(r.status, 0);
      assert.equal(probe.read().length, 1);
      assert.match(probe.read()[0]!, /net\.(Socket\.)?connect/);
    } finally {
      probe.dispose();
    }
  });

  for (const format of ['text', 'json', 'sarif'] as const) {
    it(`CLI --format ${format}: stdout, stderr and the --output file`, { timeout: 120_000 }, () => {
      const env = guardedEnv(guard.path);
      const shown = runCli(['scan', '.', '--format', format, '--fail-on', 'none', '--no-color'], ws, env);
      assert.equal(shown.status, 0, shown.stderr);
      assert.ok(shown.stdout.length > 100, 'empty report');
      const out = join(ws, `report.${format}`);
      const written = runCli(['scan', '.', '--format', format, '--fail-on', 'none', '--output', out], ws, env);
      assert.equal(written.status, 0, written.stderr);
      const all = [shown.stdout, shown.stderr, written.stdout, written.stderr, readFileSync(out, 'utf8')].join('\n');
      assert.deepEqual(leaked(all), []);
      rmSync(out);
      assert.deepEqual(guard.read(), [], 'the CLI tried to reach the network or start a process');
    });
  }

  for (const format of ['html', 'json'] as const) {
    it(`CLI report --format ${format}: stdout, stderr and the --output file`, { timeout: 120_000 }, () => {
      const env = guardedEnv(guard.path);
      const shown = runCli(['report', '.', '--format', format], ws, env);
      assert.equal(shown.status, 0, shown.stderr);
      assert.ok(shown.stdout.length > 1000, 'empty report');
      const out = join(ws, `posture.${format}`);
      const written = runCli(['report', '.', '--format', format, '--output', out], ws, env);
      assert.equal(written.status, 0, written.stderr);
      assert.deepEqual(leaked([shown.stdout, shown.stderr, written.stdout, written.stderr, readFileSync(out, 'utf8')].join('\n')), []);
      rmSync(out);
      assert.deepEqual(guard.read(), [], 'the CLI tried to reach the network or start a process');
    });
  }

  it('CLI baseline: the written baseline and the messages', { timeout: 120_000 }, () => {
    const r = runCli(['baseline', '.'], ws, guardedEnv(guard.path));
    assert.equal(r.status, 0, r.stderr);
    const baseline = readFileSync(join(ws, '.outpost-baseline.json'), 'utf8');
    assert.ok(baseline.includes('fingerprint'));
    assert.deepEqual(leaked([r.stdout, r.stderr, baseline].join('\n')), []);
    rmSync(join(ws, '.outpost-baseline.json'));
    assert.deepEqual(guard.read(), []);
  });

  it('language server: diagnostics, code actions, logs, scans and the baseline it writes', { timeout: 120_000 }, async () => {
    requireBuilt(SERVER);
    const saved = { NODE_OPTIONS: process.env['NODE_OPTIONS'], OUTPOST_DENY_LOG: process.env['OUTPOST_DENY_LOG'] };
    const env = guardedEnv(guard.path);
    process.env['NODE_OPTIONS'] = env['NODE_OPTIONS'];
    process.env['OUTPOST_DENY_LOG'] = env['OUTPOST_DENY_LOG'];
    let client: TestClient;
    try {
      client = await TestClient.start({ folders: [ws], settings: { debounceMs: 0 } });
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
    const seen: unknown[] = [];
    try {
      for (const f of files) {
        const uri = uriOf(f.abs);
        client.open(uri, f.text, f.rel.endsWith('.yml') || f.rel.endsWith('.yaml') ? 'yaml' : 'plaintext');
        const p = await client.nextDiagnostics(uri, (d) => d.version === 1, 30_000);
        seen.push(p);
        for (const d of p.diagnostics) {
          const actions = await client.codeActions(uri, d.range, { diagnostics: [d] });
          seen.push(actions);
          for (const a of actions) {
            if (a.command) seen.push(await client.conn.sendRequest('workspace/executeCommand', a.command).catch((e: Error) => e.message));
          }
        }
      }
      seen.push(await client.conn.sendRequest('outpost/scanWorkspace', {}));
      seen.push(await client.conn.sendRequest('workspace/executeCommand', { command: 'outpost.createBaseline', arguments: [] }));
      const baselinePath = join(ws, '.outpost-baseline.json');
      if (existsSync(baselinePath)) seen.push(readFileSync(baselinePath, 'utf8'));
      seen.push(client.diagnostics.size > 0 ? [...client.diagnostics.values()] : 'no diagnostics');
      seen.push(client.logs, client.messages, client.notifications, client.appliedEdits, client.progress);
    } finally {
      await client.stop();
    }
    const all = JSON.stringify(seen) + '\n' + client.stderr;
    assert.ok(all.includes('secret/'), 'the server reported no secret at all');
    assert.deepEqual(leaked(all), []);
    assert.deepEqual(guard.read(), [], 'the server tried to reach the network or start a process');
  });
});
