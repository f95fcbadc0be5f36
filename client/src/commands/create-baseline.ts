// "Outpost: Create Baseline": records today's findings of a workspace folder in .outpost-baseline.json
// so that only new ones are reported. The server computes the fingerprints (rule id + hash of the secret, never
// the secret itself) and writes the file; the client picks the folder and opens the result.
import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ServerCommands } from '../protocol';
import type { BaselineWriteResult } from '../protocol';

export async function createBaseline(client: LanguageClient, log: vscode.LogOutputChannel): Promise<void> {
  const folder = await pickFolder();
  if (!folder) return;
  if (folder.uri.scheme !== 'file') {
    void vscode.window.showWarningMessage(`Outpost can only write a baseline to a folder on disk; ${folder.name} is a virtual folder.`);
    return;
  }
  const confirm = await vscode.window.showWarningMessage(
    `Create a baseline for ${folder.name}? Every finding Outpost reports there now will stop being reported; only new ones will show. ` +
      'Baselined secrets are still in the files: rotate them anyway.',
    { modal: true },
    'Create Baseline',
  );
  if (confirm !== 'Create Baseline') return;

  let baseline: BaselineWriteResult | null | undefined;
  try {
    // The server shows its own cancellable progress for this command (server-initiated work-done progress).
    baseline = (await client.sendRequest(ExecuteCommandRequest.type, {
      command: ServerCommands.createBaseline,
      arguments: [folder.uri.toString()],
    })) as BaselineWriteResult | null | undefined;
  } catch (error) {
    if (error instanceof vscode.CancellationError) return;
    const message = error instanceof Error ? error.message : String(error);
    log.error(`Creating the baseline for ${folder.name} failed: ${message}`);
    void vscode.window.showErrorMessage(`Outpost could not write the baseline (${message}). See the output for details.`);
    return;
  }
  if (!baseline) return; // cancelled
  const choice = await vscode.window.showInformationMessage(
    `Outpost wrote ${baseline.entries} ${baseline.entries === 1 ? 'finding' : 'findings'} to the baseline. Commit the file so your team and CI share it.`,
    'Open Baseline',
  );
  if (choice === 'Open Baseline') await vscode.window.showTextDocument(vscode.Uri.parse(baseline.uri));
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('Outpost: open a folder first — the baseline is stored at the root of a workspace folder.');
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Workspace folder to create the Outpost baseline for' });
}
