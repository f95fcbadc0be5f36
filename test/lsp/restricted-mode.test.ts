// Restricted Mode over LSP: a workspace the user has not trusted (initializationOptions
// workspaceTrusted: false) does not run the secret patterns of its own `.outpost.yml` and says so
// once, as an information diagnostic on that file; once the client sends outpost/workspaceTrusted
// the patterns run and the notice goes. A trusted workspace runs them from the start.
import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { TestClient, uriOf } from './support/lsp-client';

const TOKEN = ['acme_', 'Zq8vLm2Rt5wXk3Jd7Hs9'].join('');
const CONFIG = 'rules: {}\nsecrets:\n  extraPatterns:\n    - id: secret/acme\n      description: ACME deploy token\n      pattern: "acme_(?<secret>[A-Za-z0-9]{20})"\n      keywords: [acme_]\n';

let dir: string | undefined;
let client: TestClient | undefined;

afterEach(async () => {
  await client?.stop();
  client = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function workspace(): string {
  dir = mkdtempSync(join(tmpdir(), 'outpost-restricted-'));
  writeFileSync(join(dir, '.outpost.yml'), CONFIG);
  writeFileSync(join(dir, '.env'), `ACME_TOKEN=${TOKEN}\n`);
  return dir;
}

const codes = (ds: { code?: string | number }[] | undefined): (string | number | undefined)[] => (ds ?? []).map((d) => d.code);

describe('Restricted Mode', () => {
  it('an untrusted workspace does not run its patterns, says so once, and runs them once trust is granted', async () => {
    const d = workspace();
    client = await TestClient.start({ folders: [d], workspaceTrusted: false });
    const env = uriOf(join(d, '.env'));
    const config = uriOf(join(d, '.outpost.yml'));
    client.open(env, `ACME_TOKEN=${TOKEN}\n`, 'dotenv');
    const first = await client.diagnosticsFor(env);
    assert.ok(!codes(first.diagnostics).includes('secret/acme'), 'the workspace pattern ran in Restricted Mode');
    const notice = await client.diagnosticsFor(config, (p) => p.diagnostics.some((x) => x.code === 'outpost/restricted-mode'));
    const shown = notice.diagnostics.filter((x) => x.code === 'outpost/restricted-mode');
    assert.equal(shown.length, 1);
    assert.equal(shown[0]!.severity, 3);
    assert.deepEqual(shown[0]!.range.start, { line: 2, character: 2 }, 'the notice points at extraPatterns');
    assert.match(shown[0]!.message, /not trusted/);
    // A workspace scan and a second document do not repeat it.
    await client.conn.sendRequest('outpost/scanWorkspace', {});
    const publishes = (client.diagnostics.get(config) ?? []).filter((p) => p.diagnostics.some((x) => x.code === 'outpost/restricted-mode'));
    assert.equal(publishes.length, 1, 'the notice was published more than once');

    client.grantTrust();
    const after = await client.nextDiagnostics(env, (p) => codes(p.diagnostics).includes('secret/acme'), 15_000);
    assert.ok(after.diagnostics.every((x) => !x.message.includes(TOKEN)), 'a full secret in a message');
    await client.nextDiagnostics(config, (p) => !p.diagnostics.some((x) => x.code === 'outpost/restricted-mode'), 15_000).catch(() => undefined);
    assert.ok(!codes(client.lastDiagnostics(config)).includes('outpost/restricted-mode'), 'the notice stayed after trust was granted');
  });

  it('a trusted workspace runs its patterns and shows no notice', async () => {
    const d = workspace();
    client = await TestClient.start({ folders: [d], workspaceTrusted: true });
    const env = uriOf(join(d, '.env'));
    client.open(env, `ACME_TOKEN=${TOKEN}\n`, 'dotenv');
    const r = await client.diagnosticsFor(env, (p) => p.diagnostics.length > 0);
    assert.ok(codes(r.diagnostics).includes('secret/acme'));
    assert.ok(!codes(client.lastDiagnostics(uriOf(join(d, '.outpost.yml')))).includes('outpost/restricted-mode'));
  });
});
