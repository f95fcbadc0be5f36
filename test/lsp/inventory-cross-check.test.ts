// The workspace pass through the language server: a workspace scan over an asset inventory that
// names a Grafana config which contradicts it publishes inventory/contradicts-config on both files,
// next to each file's own diagnostics; once the config is fixed, the next scan clears both.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestClient, uriOf } from './support/lsp-client';

const fixture = join(__dirname, '../rules/inventory/contradicts-config/ng.grafana-anonymous');

describe('inventory cross-check in the workspace scan', () => {
  let root: string;
  let client: TestClient;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'outpost-xcheck-'));
    cpSync(fixture, root, { recursive: true });
    client = await TestClient.start({ folders: [root], settings: { debounceMs: 20 } });
  });
  after(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('reports the contradiction on the inventory and on the config, then clears it when the config is fixed', async () => {
    const result = (await client.conn.sendRequest('outpost/scanWorkspace', {})) as { filesScanned: number; findings: number };
    assert.equal(result.filesScanned, 2);
    const inv = client.lastDiagnostics(uriOf(join(root, 'inventory/assets.yaml')))!.map((d) => d.code);
    const ini = client.lastDiagnostics(uriOf(join(root, 'grafana/grafana.ini')))!.map((d) => d.code);
    assert.ok(inv.includes('inventory/contradicts-config'), inv.join());
    assert.ok(inv.includes('inventory/no-audit-log'), 'the file keeps its own diagnostics');
    assert.deepEqual(ini.sort(), ['collab/anonymous-access', 'inventory/contradicts-config']);
    assert.equal(result.findings, inv.length + ini.length);

    writeFileSync(join(root, 'grafana/grafana.ini'), '[auth.anonymous]\nenabled = false\n');
    await client.conn.sendRequest('outpost/scanWorkspace', {});
    assert.ok(!client.lastDiagnostics(uriOf(join(root, 'inventory/assets.yaml')))!.some((d) => d.code === 'inventory/contradicts-config'));
    assert.deepEqual(client.lastDiagnostics(uriOf(join(root, 'grafana/grafana.ini'))) ?? [], []);
  });
});
