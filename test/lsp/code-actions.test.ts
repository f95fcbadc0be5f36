// Quick fixes over the wire: ask for actions on a diagnostic, apply the edit to the text the
// way an editor would, and check the result (reference in, secret out, diagnostic gone).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { TestClient, uriOf } from './support/lsp-client';
import { AWS_KEY, DB_PASSWORD, DEPLOY_PASSWORD, ENV_FILE, fixtureWorkspace, GITLAB_CI, GITLAB_TOKEN, WORKFLOW } from './support/workspace';

const byCode = (ds: Diagnostic[], code: string): Diagnostic => {
  const d = ds.find((x) => x.code === code);
  assert.ok(d, `a ${code} diagnostic`);
  return d;
};

describe('code actions', () => {
  let ws: ReturnType<typeof fixtureWorkspace>;
  let client: TestClient;

  before(async () => {
    ws = fixtureWorkspace();
    client = await TestClient.start({ folders: [ws.root], settings: { debounceMs: 20 } });
  });
  after(async () => {
    await client.stop();
    ws.cleanup();
  });

  it('"Move to secret store" rewrites the literal to ${{ secrets.NAME }}; re-analysis clears the diagnostic; the follow-up is shown', async () => {
    const uri = uriOf(join(ws.root, '.github/workflows/deploy.yml'));
    client.open(uri, WORKFLOW);
    const p = await client.nextDiagnostics(uri);
    const d = byCode(p.diagnostics, 'secret/aws-access-key-id');
    const actions = await client.codeActions(uri, d.range, { diagnostics: [d], only: ['quickfix'] });
    assert.deepEqual(actions.map((a) => a.title), [
      'Move to secret store as ${{ secrets.AWS_ACCESS_KEY_ID }}',
      'Use AWS OIDC federation instead of a stored key (aws-actions/configure-aws-credentials)',
      'Ignore secret/aws-access-key-id on this line',
      'Ignore secret/aws-access-key-id on this line with a comment above',
      'Add this secret/aws-access-key-id finding to the baseline',
    ]);
    const move = actions[0]!;
    assert.equal(move.kind, 'quickfix');
    assert.equal(move.isPreferred, true);
    const change = move.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    const version = client.applyWorkspaceEdit(move.edit!);
    const text = client.doc(uri).getText();
    assert.ok(text.includes('AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n'));
    assert.ok(!text.includes(AWS_KEY), 'the secret is gone from the text');
    const after = await client.nextDiagnostics(uri, (x) => x.version === version);
    assert.deepEqual(after.diagnostics.map((x) => x.code), ['secret/generic-password']);

    // The follow-up: the editor runs the action's command after the edit.
    assert.equal(move.command?.command, 'outpost.showFollowUp');
    const before = client.messages.length;
    await client.conn.sendRequest('workspace/executeCommand', { command: move.command!.command, arguments: move.command!.arguments });
    await waitFor(() => client.messages.length > before);
    const shown = client.messages.at(-1)!.message;
    assert.match(shown, /gh secret set AWS_ACCESS_KEY_ID/);
    assert.match(shown, /treat it as leaked/);
    assert.ok(!shown.includes(AWS_KEY));
  });

  it('moves a secret in a run: script to the step env and uses "$NAME" in the script', async () => {
    const uri = uriOf(join(ws.root, '.github/workflows/deploy.yml'));
    const p = await client.diagnosticsFor(uri, (x) => x.diagnostics.length === 1);
    const d = byCode(p.diagnostics, 'secret/generic-password');
    const [move] = await client.codeActions(uri, d.range, { diagnostics: [d], only: ['quickfix'] });
    assert.equal(move!.title, 'Move to secret store as ${{ secrets.PASSWORD }}');
    const version = client.applyWorkspaceEdit(move!.edit!);
    const text = client.doc(uri).getText();
    assert.ok(
      text.includes(
        '      - name: Notify\n        env:\n          PASSWORD: ${{ secrets.PASSWORD }}\n        run: |\n          curl -fsS -u deploy-bot:"$PASSWORD" https://',
      ),
      text,
    );
    assert.ok(!text.includes(DEPLOY_PASSWORD));
    const after = await client.nextDiagnostics(uri, (x) => x.version === version);
    assert.deepEqual(after.diagnostics, []);
    client.close(uri);
  });

  it('refuses to act on a diagnostic computed for an older version', async () => {
    const uri = uriOf(join(ws.root, '.gitlab-ci.yml'));
    client.open(uri, GITLAB_CI);
    const p = await client.nextDiagnostics(uri);
    const d = byCode(p.diagnostics, 'secret/gitlab-token');
    // The user types at the end of the file; the diagnostic still says version 1.
    const lines = client.doc(uri).lineCount;
    client.change(uri, [{ range: { start: { line: lines, character: 0 }, end: { line: lines, character: 0 } }, text: '# note\n' }]);
    const actions = await client.codeActions(uri, d.range, { diagnostics: [d] });
    assert.deepEqual(actions, []);
    // With the fresh diagnostic the fix is there, and it names the variable after its key.
    const fresh = await client.nextDiagnostics(uri, (x) => x.version === 2);
    const d2 = byCode(fresh.diagnostics, 'secret/gitlab-token');
    const [move] = await client.codeActions(uri, d2.range, { diagnostics: [d2], only: ['quickfix'] });
    assert.equal(move!.title, 'Move to secret store as $API_TOKEN');
    assert.equal((move!.edit!.documentChanges![0] as TextDocumentEdit).textDocument.version, 2);
    const version = client.applyWorkspaceEdit(move!.edit!);
    assert.ok(client.doc(uri).getText().includes('    API_TOKEN: $API_TOKEN\n'));
    assert.ok(!client.doc(uri).getText().includes(GITLAB_TOKEN));
    const after = await client.nextDiagnostics(uri, (x) => x.version === version);
    assert.deepEqual(after.diagnostics, []);
    client.close(uri);
  });

  it('source.fixAll.outpost applies every safe fix in one edit with distinct names', async () => {
    const uri = uriOf(join(ws.root, '.github/workflows/two.yml'));
    const other = ['AKIA', 'Q3RT7YW2N5TBVCEX'].join('');
    const text = `on: push\npermissions:\n  contents: read\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: ${AWS_KEY}\n    steps:\n      - run: echo\n  b:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: ${other}\n    steps:\n      - run: echo\n  c:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: ${AWS_KEY}\n    steps:\n      - run: echo\n`;
    client.open(uri, text);
    const p = await client.nextDiagnostics(uri);
    assert.equal(p.diagnostics.length, 3);
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { diagnostics: [], only: ['source.fixAll'] });
    assert.equal(actions.length, 1);
    const fixAll = actions[0]!;
    assert.equal(fixAll.kind, 'source.fixAll.outpost');
    const change = fixAll.edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(change.edits.length, 1, 'one edit');
    const version = client.applyWorkspaceEdit(fixAll.edit!);
    const fixed = client.doc(uri).getText();
    // The same secret keeps one name; a different secret under the same key gets another.
    assert.equal(fixed.split('${{ secrets.AWS_ACCESS_KEY_ID }}').length - 1, 2);
    assert.equal(fixed.split('${{ secrets.AWS_ACCESS_KEY_ID_2 }}').length - 1, 1);
    assert.ok(!fixed.includes(AWS_KEY) && !fixed.includes(other));
    const after = await client.nextDiagnostics(uri, (x) => x.version === version);
    assert.deepEqual(after.diagnostics, []);
    // Applying fix-all again changes nothing.
    const again = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { diagnostics: [], only: ['source.fixAll.outpost'] });
    assert.deepEqual(again, []);
    client.close(uri);
  });

  it('resolves the fix-all edit lazily when the client supports codeAction/resolve', async () => {
    const lazy = await TestClient.start({ folders: [ws.root], settings: { debounceMs: 20 }, resolveCodeActionEdit: true });
    try {
      const uri = uriOf(join(ws.root, 'config/.env'));
      lazy.open(uri, ENV_FILE, 'dotenv');
      const p = await lazy.nextDiagnostics(uri);
      assert.equal(p.diagnostics.length, 1);
      const actions = await lazy.codeActions(uri, p.diagnostics[0]!.range, { diagnostics: p.diagnostics });
      const fixAll = actions.find((a) => a.kind === 'source.fixAll.outpost')!;
      assert.equal(fixAll.edit, undefined);
      const resolved = (await lazy.conn.sendRequest('codeAction/resolve', fixAll)) as CodeAction;
      lazy.applyWorkspaceEdit(resolved.edit!);
      assert.equal(lazy.doc(uri).getText(), "APP_NAME=portal\nDB_PASSWORD='ref+vault://secret/db_password#value'\n");
      assert.ok(!lazy.doc(uri).getText().includes(DB_PASSWORD));
    } finally {
      await lazy.stop();
    }
  });

  it('inserts an inline suppression that silences the finding', async () => {
    const uri = uriOf(join(ws.root, 'config/.env'));
    client.open(uri, ENV_FILE, 'dotenv');
    const p = await client.nextDiagnostics(uri);
    const d = byCode(p.diagnostics, 'secret/generic-password');
    const actions = await client.codeActions(uri, d.range, { diagnostics: [d] });
    const ignore = actions.find((a) => a.title === 'Ignore secret/generic-password on this line with a comment above')!;
    const version = client.applyWorkspaceEdit(ignore.edit!);
    assert.equal(client.doc(uri).getText(), `APP_NAME=portal\n# outpost-ignore-next-line[secret/generic-password]: reason\nDB_PASSWORD=${DB_PASSWORD}\n`);
    const after = await client.nextDiagnostics(uri, (x) => x.version === version);
    assert.deepEqual(after.diagnostics, []);
    client.close(uri);
  });

  it('"Add to baseline" writes the fingerprint to .outpost-baseline.json and the finding disappears', async () => {
    const uri = uriOf(join(ws.root, '.gitlab-ci.yml'));
    client.open(uri, GITLAB_CI);
    const p = await client.nextDiagnostics(uri);
    const d = byCode(p.diagnostics, 'secret/gitlab-token');
    const actions = await client.codeActions(uri, d.range, { diagnostics: [d] });
    const add = actions.find((a) => a.title === 'Add this secret/gitlab-token finding to the baseline')!;
    assert.equal(add.edit, undefined);
    const cleared = client.nextDiagnostics(uri, (x) => x.diagnostics.length === 0);
    const result = (await client.conn.sendRequest('workspace/executeCommand', { command: add.command!.command, arguments: add.command!.arguments })) as { path: string; entries: number };
    assert.equal(result.entries, 1);
    const baseline = JSON.parse(readFileSync(join(ws.root, '.outpost-baseline.json'), 'utf8')) as { version: number; findings: { ruleId: string; fingerprint: string; path: string }[] };
    assert.deepEqual(baseline.findings, [{ ruleId: 'secret/gitlab-token', fingerprint: (d.data as { fingerprint: string }).fingerprint, path: '.gitlab-ci.yml' }]);
    assert.ok(!readFileSync(join(ws.root, '.outpost-baseline.json'), 'utf8').includes(GITLAB_TOKEN));
    await cleared;
    client.close(uri);
  });

  it('offers no vault fix where a reference would be wrong, but still offers the baseline', async () => {
    const uri = uriOf(join(ws.root, '.docker/config.json'));
    assert.ok(!existsSync(join(ws.root, '.docker')));
    const text = `{\n  "auths": {\n    "registry.example.org": { "password": "${DB_PASSWORD}" }\n  }\n}\n`;
    client.open(uri, text, 'json');
    const p = await client.nextDiagnostics(uri);
    assert.equal(p.diagnostics.length, 1);
    const actions = await client.codeActions(uri, p.diagnostics[0]!.range, { diagnostics: p.diagnostics, only: ['quickfix'] });
    // JSON has no comments: no inline suppression; the template reference is offered.
    assert.deepEqual(actions.map((a) => a.title), ['Move to secret store as ref+vault://secret/password#value', 'Add this secret/generic-password finding to the baseline']);
    client.close(uri);
  });
});

async function waitFor(cond: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
