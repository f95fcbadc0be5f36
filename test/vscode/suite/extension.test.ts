// Extension-host tests: the packaged behaviour seen through the VS Code API (activation, commands, settings,
// diagnostics, code actions, workspace scan). The workspace is a copy of test/e2e/fixtures/workspace.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

const EXTENSION_ID = 'outpost.outpost';
const PLANTED_KEY = 'AKIAQ3EGUEPWZ7XK4M2R';

function workspaceFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

function ruleId(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Resolves with the Outpost diagnostics of `uri` once `accept` holds for them (diagnostics arrive asynchronously). */
function outpostDiagnostics(uri: vscode.Uri, accept: (ds: vscode.Diagnostic[]) => boolean, timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  const current = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'outpost');
  return new Promise((resolve, reject) => {
    if (accept(current())) return resolve(current());
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`Outpost diagnostics of ${uri.fsPath} never matched; last: ${JSON.stringify(current().map(ruleId))}`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString()) || !accept(current())) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(current());
    });
  });
}

export function addExtensionTests(root: Mocha.Suite): void {
  const suite = Mocha.Suite.create(root, 'Outpost extension');
  const add = (title: string, fn: () => Promise<void>): void => void suite.addTest(new Mocha.Test(title, fn));

  add('activates on a workflow and registers its palette commands', async () => {
    await vscode.window.showTextDocument(workspaceFile('.github/workflows/deploy.yml'));
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    await extension.activate();
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['outpost.scanWorkspace', 'outpost.showOutput', 'outpost.createBaseline', 'outpost.openRuleDocumentation']) {
      assert.ok(commands.includes(id), `${id} is registered`);
    }
  });

  add('contributes its settings with the documented defaults', async () => {
    const config = vscode.workspace.getConfiguration('outpost');
    assert.equal(config.inspect('enable')?.defaultValue, true);
    assert.equal(config.inspect('debounceMs')?.defaultValue, 150);
    assert.equal(config.inspect('scanAllFiles')?.defaultValue, false);
    assert.deepEqual(config.inspect('rules')?.defaultValue, {});
    assert.equal(config.inspect('trace.server')?.defaultValue, 'off');
  });

  add('reports the planted AWS key with its rule id, docs link and a masked message', async () => {
    const uri = workspaceFile('.github/workflows/deploy.yml');
    const ds = await outpostDiagnostics(uri, (d) => d.some((x) => ruleId(x) === 'secret/aws-access-key-id'));
    const d = ds.find((x) => ruleId(x) === 'secret/aws-access-key-id')!;
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.getText(d.range), PLANTED_KEY, 'the range is exactly the key');
    assert.ok(!d.message.includes(PLANTED_KEY), 'the message masks the key');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(typeof d.code === 'object' && d.code.target.toString().includes('aws-access-key-id'), 'the code links to the rule page');
  });

  add('"Move to secret store" replaces the key with a GitHub secret reference and clears the diagnostic', async () => {
    const uri = workspaceFile('.github/workflows/deploy.yml');
    const ds = await outpostDiagnostics(uri, (all) => all.some((x) => ruleId(x) === 'secret/aws-access-key-id'));
    // The workflow has other findings too (e.g. the checkout's persisted credentials): ask about the key's own.
    const d = ds.find((x) => ruleId(x) === 'secret/aws-access-key-id');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d!.range, vscode.CodeActionKind.QuickFix.value);
    const move = actions.find((a) => a.title.startsWith('Move to secret store'));
    assert.ok(move?.edit, `a "Move to secret store" action with an edit (got: ${actions.map((a) => a.title).join(' | ')})`);
    assert.equal(move.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(move.edit));
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.match(doc.getText(), /AWS_ACCESS_KEY_ID: \$\{\{ secrets\.[A-Z0-9_]+ \}\}/);
    assert.ok(!doc.getText().includes(PLANTED_KEY));
    await doc.save();
    assert.ok(!readFileSync(uri.fsPath, 'utf8').includes(PLANTED_KEY), 'the saved file holds no key');
    await outpostDiagnostics(uri, (ds) => !ds.some((x) => ruleId(x) === 'secret/aws-access-key-id'));
  });

  add('Scan Workspace publishes diagnostics for files that were never opened', async () => {
    await vscode.commands.executeCommand('outpost.scanWorkspace');
    for (const file of ['.gitlab-ci.yml', join('deploy', 'docker-compose.yml'), join('ops', '.npmrc')]) {
      const uri = workspaceFile(file.split('\\').join('/'));
      const ds = await outpostDiagnostics(uri, (x) => x.some((d) => ruleId(d).startsWith('secret/')));
      assert.ok(ds.length > 0, `${file} has findings`);
      assert.ok(!vscode.workspace.textDocuments.some((doc) => doc.uri.toString() === uri.toString()), `${file} was not opened`);
    }
  });
}
