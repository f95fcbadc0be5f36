// outpost/posture: the posture model from what the server knows — the scan's findings and inventories,
// open documents (their unsaved text wins), and a config link to a scanned file.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestClient, uriOf } from './support/lsp-client';
import type { PostureModel } from '../../server/src/report/posture-model';

const NPM = ['npm_', 'Zq7RkT2pLmX9vB4nH6cJ8dF1gS3wE5yU0aQi'].join('');
const INVENTORY = `apiVersion: outpost/v1
kind: AssetInventory
assets:
  - id: grafana
    owner: ops@example.org
    exposure: internet
    config: grafana.ini
    authentication: { method: password, mfa: optional }
    patching: { responsibility: owner }
    lastReviewed: 2020-01-01
`;

interface Result {
  model: PostureModel;
  uris: Record<string, string>;
  scanned: boolean;
}

describe('outpost/posture', () => {
  let root: string;
  let client: TestClient;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'outpost-posture-'));
    writeFileSync(join(root, 'assets.yaml'), INVENTORY);
    writeFileSync(join(root, 'grafana.ini'), '[security]\nadmin_user = admin\n');
    writeFileSync(join(root, '.npmrc'), `//registry.npmjs.org/:_authToken=${NPM}\n`);
    client = await TestClient.start({ folders: [root], settings: { debounceMs: 20 } });
  });
  after(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('before a scan: only open documents, and it says so', async () => {
    const r = (await client.conn.sendRequest('outpost/posture')) as Result;
    assert.equal(r.scanned, false);
    assert.deepEqual(r.model.assets, []);
    assert.equal(r.model.findings.total, 0);
  });

  it('after a scan: the inventory assets and every published finding, masked, with the URI of each path', async () => {
    await client.conn.sendRequest('outpost/scanWorkspace', {});
    const r = (await client.conn.sendRequest('outpost/posture')) as Result;
    assert.equal(r.scanned, true);
    assert.deepEqual(r.model.assets.map((a) => [a.label, a.line, a.status]), [['grafana', 4, 'overdue']]);
    assert.ok(r.model.assets[0]!.missing.includes('MFA required (it is optional)'));
    const secrets = r.model.findings.areas.find((a) => a.area === 'secrets')!;
    assert.deepEqual(secrets.files.map((f) => [f.path, f.findings.map((x) => x.ruleId)]), [['.npmrc', ['secret/npm-token']]]);
    assert.ok(!JSON.stringify(r).includes(NPM.slice(4)), 'no secret beyond its prefix');
    assert.equal(r.uris['assets.yaml'], uriOf(join(root, 'assets.yaml')));
    assert.ok(r.model.findings.areas.find((a) => a.area === 'inventory')!.count > 0);
  });

  it('an open document\'s unsaved text wins over the disk', async () => {
    const uri = uriOf(join(root, 'assets.yaml'));
    client.open(uri, INVENTORY.replace('id: grafana', 'id: grafana-renamed').replace('2020-01-01', '2099-01-01'));
    await client.diagnosticsFor(uri);
    const r = (await client.conn.sendRequest('outpost/posture')) as Result;
    assert.deepEqual(r.model.assets.map((a) => [a.label, a.status]), [['grafana-renamed', 'missing']]);
  });
});
