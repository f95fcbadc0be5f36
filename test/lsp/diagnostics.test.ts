// Open/change/close -> publishDiagnostics, against the built server over stdio.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { TestClient, uriOf } from './support/lsp-client';
import { AWS_KEY, DEPLOY_PASSWORD, fixtureWorkspace, WORKFLOW } from './support/workspace';

const DOCS = 'https://github.com/outpost-security/outpost/blob/main/docs/rules/';

describe('diagnostics', () => {
  let ws: ReturnType<typeof fixtureWorkspace>;
  let client: TestClient;
  let workflowUri: string;

  before(async () => {
    ws = fixtureWorkspace();
    client = await TestClient.start({ folders: [ws.root], settings: { debounceMs: 50 } });
    workflowUri = uriOf(join(ws.root, '.github/workflows/deploy.yml'));
  });
  after(async () => {
    await client.stop();
    ws.cleanup();
  });

  it('publishes the findings of an opened workflow with exact codes, ranges, links and fix data', async () => {
    client.open(workflowUri, WORKFLOW);
    const p = await client.nextDiagnostics(workflowUri);
    assert.equal(p.version, 1);
    const lines = WORKFLOW.split('\n');
    const keyLine = lines.findIndex((l) => l.includes(AWS_KEY));
    const pwLine = lines.findIndex((l) => l.includes(DEPLOY_PASSWORD));
    assert.deepEqual(
      p.diagnostics.map((d) => ({ code: d.code, range: d.range, severity: d.severity, source: d.source, href: d.codeDescription?.href })),
      [
        {
          code: 'secret/aws-access-key-id',
          range: { start: { line: keyLine, character: lines[keyLine]!.indexOf(AWS_KEY) }, end: { line: keyLine, character: lines[keyLine]!.indexOf(AWS_KEY) + AWS_KEY.length } },
          severity: 1,
          source: 'outpost',
          href: `${DOCS}secret/aws-access-key-id.md`,
        },
        {
          code: 'secret/generic-password',
          range: {
            start: { line: pwLine, character: lines[pwLine]!.indexOf(DEPLOY_PASSWORD) },
            end: { line: pwLine, character: lines[pwLine]!.indexOf(DEPLOY_PASSWORD) + DEPLOY_PASSWORD.length },
          },
          severity: 1,
          source: 'outpost',
          href: `${DOCS}secret/generic-password.md`,
        },
      ],
    );
    const data = p.diagnostics[0]!.data as { version: number; fix: { kind: string; name: string }; fingerprint: string };
    assert.equal(data.version, 1);
    assert.equal(data.fix.kind, 'vault-reference');
    assert.equal(data.fix.name, 'AWS_ACCESS_KEY_ID');
    assert.match(data.fingerprint, /^[0-9a-f]{64}$/);
    for (const d of p.diagnostics) {
      assert.ok(!d.message.includes(AWS_KEY) && !d.message.includes(DEPLOY_PASSWORD), 'messages are masked');
    }
  });

  it('re-analyses after an incremental change and tags the result with the new version', async () => {
    const doc = client.doc(workflowUri);
    const line = doc.getText().split('\n').findIndex((l) => l.includes(AWS_KEY));
    const col = doc.getText().split('\n')[line]!.indexOf(AWS_KEY);
    const version = client.change(workflowUri, [{ range: { start: { line, character: col }, end: { line, character: col + AWS_KEY.length } }, text: '${{ secrets.AWS_ACCESS_KEY_ID }}' }]);
    const p = await client.nextDiagnostics(workflowUri, (x) => x.version === version);
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['secret/generic-password']);
    assert.equal((p.diagnostics[0]!.data as { version: number }).version, version);
  });

  it('clears the diagnostics of a closed file that no scan has covered', async () => {
    const uri = uriOf(join(ws.root, 'other.gitlab-ci.yml'));
    client.open(uri, `job:\n  script: echo\n  variables:\n    AWS_ACCESS_KEY_ID: ${AWS_KEY}\n`);
    const p = await client.nextDiagnostics(uri);
    assert.equal(p.diagnostics.length, 1);
    client.close(uri);
    const cleared = await client.nextDiagnostics(uri);
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('checks every text file for secrets, but not a lockfile or a vendored copy', async () => {
    const notes = uriOf(join(ws.root, 'notes.md'));
    client.open(notes, `key ${AWS_KEY}\n`, 'markdown');
    const n = await client.nextDiagnostics(notes);
    assert.deepEqual(n.diagnostics.map((d) => d.code), ['secret/aws-access-key-id']);
    client.close(notes);
    const lock = uriOf(join(ws.root, 'web/package-lock.json'));
    client.open(lock, `{"key": "${AWS_KEY}"}\n`, 'json');
    assert.deepEqual((await client.nextDiagnostics(lock)).diagnostics, []);
    const vendored = uriOf(join(ws.root, 'node_modules/lib/notes.md'));
    client.open(vendored, `key ${AWS_KEY}\n`, 'markdown');
    assert.deepEqual((await client.nextDiagnostics(vendored)).diagnostics, []);
  });

  it('reports a file over the size limit with one informational diagnostic instead of analysing it', async () => {
    client.settings = { debounceMs: 50, maxFileSizeKB: 1 };
    client.configurationChanged(client.settings);
    const uri = uriOf(join(ws.root, 'big/.github/workflows/big.yml'));
    const text = `env:\n  AWS_ACCESS_KEY_ID: ${AWS_KEY}\n` + '# padding\n'.repeat(200);
    client.open(uri, text);
    const p = await client.nextDiagnostics(uri);
    assert.equal(p.diagnostics.length, 1);
    assert.equal(p.diagnostics[0]!.code, 'outpost/file-too-large');
    assert.equal(p.diagnostics[0]!.severity, 3);
    assert.match(p.diagnostics[0]!.message, /over the 1 KB limit/);
    client.settings = { debounceMs: 50 };
    client.configurationChanged(client.settings);
    const again = await client.nextDiagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'secret/aws-access-key-id'));
    assert.equal(again.diagnostics.length, 1);
    client.close(uri);
  });

  it('applies severity overrides from the settings and stops when disabled', async () => {
    const uri = uriOf(join(ws.root, 'ci/.gitlab-ci.yml'));
    client.settings = { debounceMs: 50, rules: { 'secret/*': 'warning' } };
    client.configurationChanged(client.settings);
    client.open(uri, `job:\n  variables:\n    AWS_ACCESS_KEY_ID: ${AWS_KEY}\n  script: echo\n`);
    const p = await client.nextDiagnostics(uri);
    assert.deepEqual(p.diagnostics.map((d) => [d.code, d.severity]), [['secret/aws-access-key-id', 2]]);
    client.settings = { debounceMs: 50, enable: false };
    client.configurationChanged(client.settings);
    const off = await client.nextDiagnostics(uri);
    assert.deepEqual(off.diagnostics, []);
    client.settings = { debounceMs: 50, exclude: ['ci/'] };
    client.configurationChanged(client.settings);
    const excluded = await client.nextDiagnostics(uri);
    assert.deepEqual(excluded.diagnostics, []);
    client.settings = { debounceMs: 50 };
    client.configurationChanged(client.settings);
    const back = await client.nextDiagnostics(uri, (x) => x.diagnostics.length === 1);
    assert.equal(back.diagnostics[0]!.severity, 1);
    client.close(uri);
  });

  it('survives documents that break the parser', async () => {
    const cases: [string, string][] = [
      ['broken.yml', `jobs:\n  build: [\n    runs-on: {\n  AWS_ACCESS_KEY_ID: ${AWS_KEY}\n\t\t: : :\n`],
      ['deep.yml', `${'['.repeat(5000)}\n`],
      ['anchors.yml', `a: &a [${'x,'.repeat(50)}]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c]\n`],
      ['binary.yml', '\u0000\u0001\u0002\ufffd\ud800 garbage \u0000'],
      ['long.yml', `k: ${'x'.repeat(200_000)}\n`],
    ];
    for (const [name, text] of cases) {
      const uri = uriOf(join(ws.root, '.github/workflows', name));
      client.open(uri, text);
      const p = await client.nextDiagnostics(uri);
      assert.ok(Array.isArray(p.diagnostics), name);
      client.close(uri);
    }
    const broken = await (async () => {
      const uri = uriOf(join(ws.root, '.github/workflows/broken2.yml'));
      client.open(uri, `jobs:\n  build: [\n  env:\n    AWS_ACCESS_KEY_ID: ${AWS_KEY}\n`);
      return client.nextDiagnostics(uri);
    })();
    const codes = broken.diagnostics.map((d) => d.code);
    assert.ok(codes.includes('outpost/parse-error'), `parse error reported: ${codes.join(', ')}`);
    assert.ok(codes.includes('secret/aws-access-key-id'), 'text-based secret detection still runs');
    assert.ok(client.isAlive, 'the server is still running');
    // And it still answers.
    const status = await client.conn.sendRequest('outpost/getStatus');
    assert.equal(typeof (status as { findings: number }).findings, 'number');
  });

  it('reports configuration errors on .outpost.yml itself', async () => {
    const uri = uriOf(join(ws.root, '.outpost.yml'));
    client.open(uri, 'ignorePaths:\n  - vendor/\nrulez: {}\n');
    client.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } }, text: 'rulex' }]);
    const p = await client.nextDiagnostics(uri, (x) => x.diagnostics.length > 0);
    assert.equal(p.diagnostics[0]!.code, 'outpost/config-error');
    assert.equal(p.diagnostics[0]!.range.start.line, 2);
    assert.match(p.diagnostics[0]!.message, /rulex/);
    client.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 10 } }, text: '' }]);
    const fixed = await client.nextDiagnostics(uri, (x) => x.diagnostics.length === 0);
    assert.deepEqual(fixed.diagnostics, []);
    client.close(uri);
  });
});
