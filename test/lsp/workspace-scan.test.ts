// outpost/scanWorkspace and everything that keeps its results current: progress, cancellation,
// exclusions, watched-file events, configuration changes, status notifications, the baseline.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CancellationTokenSource, FileChangeType } from 'vscode-languageserver-protocol';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TestClient, uriOf } from './support/lsp-client';
import type { ProgressEvent } from './support/lsp-client';
import { AWS_KEY, DB_PASSWORD, fixtureWorkspace, WORKFLOW } from './support/workspace';

interface ScanResult {
  filesScanned: number;
  findings: number;
  secretFindings: number;
  cancelled: boolean;
  bySeverity: { error: number; warning: number; info: number };
}

const FILE_CHANGE = { created: FileChangeType.Created, changed: FileChangeType.Changed, deleted: FileChangeType.Deleted } as const;

describe('workspace scan', () => {
  let ws: ReturnType<typeof fixtureWorkspace>;
  let client: TestClient;
  const u = (rel: string): string => uriOf(join(ws.root, rel));

  before(async () => {
    ws = fixtureWorkspace();
    client = await TestClient.start({ folders: [ws.root], settings: { debounceMs: 20 } });
  });
  after(async () => {
    await client.stop();
    ws.cleanup();
  });

  it('publishes diagnostics for files that were never opened, with progress, honouring .gitignore and ignorePaths', async () => {
    const result = (await client.conn.sendRequest('outpost/scanWorkspace', { workDoneToken: 'scan-1' })) as ScanResult;
    assert.equal(result.filesScanned, 5);
    assert.equal(result.cancelled, false);
    assert.equal(result.secretFindings, 4);
    assert.deepEqual(client.lastDiagnostics(u('.github/workflows/deploy.yml'))?.map((d) => d.code), ['secret/aws-access-key-id', 'secret/generic-password']);
    assert.deepEqual(client.lastDiagnostics(u('.gitlab-ci.yml'))?.map((d) => d.code), ['secret/gitlab-token']);
    assert.deepEqual(client.lastDiagnostics(u('config/.env'))?.map((d) => d.code), ['secret/generic-password']);
    assert.equal((client.lastDiagnostics(u('config/.env'))![0]!.data as { version: unknown }).version, null);
    assert.equal(client.diagnostics.has(u('build/.env')), false, '.gitignore is honoured');
    assert.equal(client.diagnostics.has(u('vendor/.env')), false, 'ignorePaths is honoured');
    const kinds = client.progress.filter((p) => p.token === 'scan-1').map((p) => p.value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds.at(-1), 'end');
    assert.ok(kinds.includes('report'));
    const begin = client.progress.find((p) => p.token === 'scan-1' && p.value.kind === 'begin')!;
    assert.equal(begin.value.cancellable, true);
    const expected = { secretFindings: 4, findings: 4, filesWithFindings: 3, bySeverity: { error: 4, warning: 0, info: 0 }, filesScanned: 5, scanning: false };
    assert.deepEqual(await client.conn.sendRequest('outpost/getStatus'), expected);
    const isFinal = (s: unknown): boolean => JSON.stringify(s) === JSON.stringify(expected);
    if (!client.notifications.some((n) => n.method === 'outpost/status' && isFinal(n.params))) await client.nextNotification('outpost/status', isFinal);
    assert.ok(client.notifications.some((n) => n.method === 'outpost/status' && (n.params as { scanning: boolean }).scanning), 'the scan announced itself');
  });

  it('updates a changed, created or deleted file from watched-file events without a rescan', async () => {
    // Changed: the secret is gone.
    writeFileSync(join(ws.root, 'config/.env'), 'APP_NAME=portal\nDB_PASSWORD=${DB_PASSWORD}\n');
    const cleared = client.nextDiagnostics(u('config/.env'));
    client.watched([{ uri: u('config/.env'), type: FILE_CHANGE.changed }]);
    assert.deepEqual((await cleared).diagnostics, []);

    // Created: one in an ignored folder (no diagnostics), one that counts. Events are handled in order.
    mkdirSync(join(ws.root, 'build'), { recursive: true });
    writeFileSync(join(ws.root, 'build/new.env'), `TOKEN_PASSWORD=${DB_PASSWORD}\n`);
    mkdirSync(join(ws.root, 'deploy'), { recursive: true });
    writeFileSync(join(ws.root, 'deploy/.env.production'), `SMTP_PASSWORD=${DB_PASSWORD}\n`);
    const created = client.nextDiagnostics(u('deploy/.env.production'));
    client.watched([
      { uri: u('build/new.env'), type: FILE_CHANGE.created },
      { uri: u('deploy/.env.production'), type: FILE_CHANGE.created },
    ]);
    assert.deepEqual((await created).diagnostics.map((d) => d.code), ['secret/generic-password']);
    assert.equal(client.diagnostics.has(u('build/new.env')), false);

    // Deleted: the whole folder goes.
    rmSync(join(ws.root, 'deploy'), { recursive: true });
    const gone = client.nextDiagnostics(u('deploy/.env.production'));
    client.watched([{ uri: u('deploy'), type: FILE_CHANGE.deleted }]);
    assert.deepEqual((await gone).diagnostics, []);
  });

  it('re-validates open and scanned files when .outpost.yml changes', async () => {
    client.open(u('.github/workflows/deploy.yml'), WORKFLOW);
    await client.nextDiagnostics(u('.github/workflows/deploy.yml'));
    writeFileSync(join(ws.root, '.outpost.yml'), "ignorePaths:\n  - vendor/\nrules:\n  'secret/*': warning\n");
    const open = client.nextDiagnostics(u('.github/workflows/deploy.yml'), (p) => p.diagnostics.every((d) => d.severity === 2));
    const scanned = client.nextDiagnostics(u('.gitlab-ci.yml'), (p) => p.diagnostics.length > 0 && p.diagnostics.every((d) => d.severity === 2));
    client.watched([{ uri: u('.outpost.yml'), type: FILE_CHANGE.changed }]);
    assert.equal((await open).diagnostics.length, 2);
    assert.equal((await scanned).diagnostics.length, 1);
    writeFileSync(join(ws.root, '.outpost.yml'), 'ignorePaths:\n  - vendor/\n');
    const restored = client.nextDiagnostics(u('.gitlab-ci.yml'), (p) => p.diagnostics.every((d) => d.severity === 1));
    client.watched([{ uri: u('.outpost.yml'), type: FILE_CHANGE.changed }]);
    await restored;
    client.close(u('.github/workflows/deploy.yml'));
  });

  it('honours files.exclude and outpost.exclude, and forgets files a later scan no longer covers', async () => {
    client.filesExclude = { '**/config': true };
    client.configurationChanged({ debounceMs: 20, exclude: ['.gitlab-ci.yml'] });
    const result = (await client.conn.sendRequest('outpost/scanWorkspace', {})) as ScanResult;
    assert.equal(result.filesScanned, 3);
    assert.deepEqual(client.lastDiagnostics(u('.gitlab-ci.yml')), []);
    client.filesExclude = {};
    client.configurationChanged({ debounceMs: 20 });
    const back = (await client.conn.sendRequest('outpost/scanWorkspace', {})) as ScanResult;
    assert.equal(back.filesScanned, 5);
    assert.equal(client.lastDiagnostics(u('.gitlab-ci.yml'))?.length, 1);
  });

  it('"outpost.createBaseline" records every secret so they stop being reported', async () => {
    const result = (await client.conn.sendRequest('workspace/executeCommand', { command: 'outpost.createBaseline', arguments: [uriOf(ws.root)] })) as { path: string; entries: number };
    assert.equal(result.path, join(ws.root, '.outpost-baseline.json'));
    assert.equal(result.entries, 3);
    const text = readFileSync(result.path, 'utf8');
    assert.ok(!text.includes(AWS_KEY) && !text.includes(DB_PASSWORD));
    await client.diagnosticsFor(u('.gitlab-ci.yml'), (p) => p.diagnostics.length === 0);
    await client.diagnosticsFor(u('.github/workflows/deploy.yml'), (p) => p.diagnostics.length === 0);
    rmSync(result.path);
    const back = client.nextDiagnostics(u('.gitlab-ci.yml'), (p) => p.diagnostics.length === 1);
    client.watched([{ uri: uriOf(result.path), type: FILE_CHANGE.deleted }]);
    await back;
  });
});

describe('workspace scan cancellation', () => {
  let ws: ReturnType<typeof fixtureWorkspace>;
  let client: TestClient;

  before(async () => {
    ws = fixtureWorkspace();
    // Enough files that the scan is still running when the cancellation arrives.
    for (let i = 0; i < 600; i++) {
      const dir = join(ws.root, `services/s${i}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'docker-compose.yml'), `services:\n  app:\n    image: nginx\n    environment:\n      - DB_PASSWORD=${DB_PASSWORD}${i}\n`);
    }
    client = await TestClient.start({ folders: [ws.root] });
  });
  after(async () => {
    await client.stop();
    ws.cleanup();
  });

  it('stops on $/cancelRequest, answers RequestCancelled and ends its progress', async () => {
    const source = new CancellationTokenSource();
    const firstReport = client.nextProgress((p) => p.token === 'scan-c' && p.value.kind === 'report');
    const pending = client.conn.sendRequest('outpost/scanWorkspace', { workDoneToken: 'scan-c' }, source.token);
    await firstReport;
    const published = client.diagnostics.size;
    source.cancel();
    await assert.rejects(pending, (e: { code?: number }) => e.code === -32800);
    if (!client.progress.some((p) => p.token === 'scan-c' && p.value.kind === 'end')) await client.nextProgress((p) => p.token === 'scan-c' && p.value.kind === 'end');
    assert.equal(client.progress.filter((p) => p.token === 'scan-c').at(-1)!.value.kind, 'end');
    const scannedFiles = [...client.diagnostics.keys()].filter((k) => k.includes('/services/')).length;
    assert.ok(scannedFiles < 600, `stopped early (${scannedFiles} of 600 published; ${published} before cancelling)`);
    assert.ok(client.isAlive);
  });

  it('stops when the user cancels the server-created progress of the scan command', async () => {
    const begun = client.nextProgress((p: ProgressEvent) => p.value.kind === 'report' && client.createdProgressTokens.includes(p.token));
    const pending = client.conn.sendRequest('workspace/executeCommand', { command: 'outpost.scanWorkspace', arguments: [] });
    const first = await begun;
    void client.conn.sendNotification('window/workDoneProgress/cancel', { token: first.token });
    const result = (await pending) as ScanResult;
    assert.equal(result.cancelled, true);
    assert.ok(result.filesScanned < 605);
  });

  it('a complete scan afterwards reaches every file', async () => {
    const result = (await client.conn.sendRequest('outpost/scanWorkspace', {})) as ScanResult;
    assert.equal(result.cancelled, false);
    assert.equal(result.filesScanned, 605);
    const published = [...client.diagnostics.entries()].filter(([k, v]) => k.includes('/services/') && (v.at(-1) as PublishDiagnosticsParams).diagnostics.length === 1);
    assert.equal(published.length, 600);
  });
});

describe('startup and workspace folders', () => {
  it('scans on startup when outpost.scanOnStartup is on, with server-created progress', async () => {
    const ws = fixtureWorkspace();
    const client = await TestClient.start({ folders: [ws.root], settings: { scanOnStartup: true } });
    try {
      const p = await client.nextDiagnostics(uriOf(join(ws.root, '.gitlab-ci.yml')), (x) => x.diagnostics.length > 0);
      assert.deepEqual(p.diagnostics.map((d) => d.code), ['secret/gitlab-token']);
      assert.equal(client.createdProgressTokens.length, 1);
    } finally {
      await client.stop();
      ws.cleanup();
    }
  });

  it('follows workspace folders being added and removed', async () => {
    const a = fixtureWorkspace();
    const b = fixtureWorkspace();
    const client = await TestClient.start({ folders: [a.root] });
    try {
      void client.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uriOf(b.root), name: 'b' }], removed: [] } });
      const result = (await client.conn.sendRequest('outpost/scanWorkspace', {})) as ScanResult;
      assert.equal(result.filesScanned, 10);
      const cleared = client.nextDiagnostics(uriOf(join(b.root, '.gitlab-ci.yml')), (p) => p.diagnostics.length === 0);
      void client.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: uriOf(b.root), name: 'b' }] } });
      await cleared;
      const again = (await client.conn.sendRequest('outpost/scanWorkspace', {})) as ScanResult;
      assert.equal(again.filesScanned, 5);
    } finally {
      await client.stop();
      a.cleanup();
      b.cleanup();
    }
  });
});
