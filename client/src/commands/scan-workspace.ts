// "Outpost: Scan Workspace": asks the server to scan every matching file, shows its work-done progress in a
// cancellable notification, and ends with a summary that leads to the Problems panel.
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { WorkDoneProgress } from 'vscode-languageclient/node';
import type { LanguageClient, WorkDoneProgressBegin, WorkDoneProgressReport } from 'vscode-languageclient/node';
import { ScanWorkspaceRequest } from '../protocol';
import type { ScanWorkspaceResult } from '../protocol';

export interface ScanHooks {
  onStart(): void;
  onEnd(): void;
}

export async function scanWorkspace(client: LanguageClient, log: vscode.LogOutputChannel, hooks: ScanHooks): Promise<ScanWorkspaceResult | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Outpost: open a folder first — a workspace scan checks the files of the open workspace folders.');
    return undefined;
  }
  hooks.onStart();
  try {
    return await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Outpost: scanning workspace', cancellable: true },
      (progress, token) => runScan(client, log, progress, token),
    );
  } finally {
    hooks.onEnd();
  }
}

async function runScan(
  client: LanguageClient,
  log: vscode.LogOutputChannel,
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
): Promise<ScanWorkspaceResult | undefined> {
  const workDoneToken = `outpost-scan-${randomUUID()}`;
  let reported = 0;
  // The server reports percentages; VS Code's notification wants increments.
  const onProgress = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
    if (value.kind === 'end') return;
    const update = value as WorkDoneProgressBegin | WorkDoneProgressReport;
    const increment = update.percentage !== undefined ? Math.max(0, update.percentage - reported) : undefined;
    if (update.percentage !== undefined) reported = Math.max(reported, update.percentage);
    progress.report({ message: update.message, increment });
  });
  const started = Date.now();
  // The server logs each scan's totals itself; the client only adds what the server cannot know.
  try {
    const result = await client.sendRequest(ScanWorkspaceRequest, { workDoneToken }, token);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (result.cancelled || token.isCancellationRequested) {
      log.info(`Workspace scan cancelled after ${result.filesScanned} files (${seconds} s).`);
      return result;
    }
    if (result.skippedFolders.length > 0) {
      log.warn(`Not scanned (not on disk): ${result.skippedFolders.join(', ')}. Open files there are still checked.`);
    }
    void showSummary(result);
    return result;
  } catch (error) {
    if (token.isCancellationRequested || error instanceof vscode.CancellationError) {
      log.info('Workspace scan cancelled.');
      return undefined;
    }
    const message = error instanceof Error ? error.message : String(error);
    log.error(`Workspace scan failed: ${message}`);
    const choice = await vscode.window.showErrorMessage(
      `Outpost could not finish the workspace scan (${message}). Findings of files already scanned are shown; see the output for details.`,
      'Show Output',
    );
    if (choice === 'Show Output') log.show(true);
    return undefined;
  } finally {
    onProgress.dispose();
  }
}

async function showSummary(result: ScanWorkspaceResult): Promise<void> {
  const files = `${result.filesScanned} ${result.filesScanned === 1 ? 'file' : 'files'}`;
  if (result.findings === 0) {
    void vscode.window.showInformationMessage(`Outpost scanned ${files} and found no hardcoded secrets or weak settings.`);
    return;
  }
  const secrets =
    result.secretFindings > 0
      ? ` ${result.secretFindings} ${result.secretFindings === 1 ? 'is a hardcoded secret' : 'are hardcoded secrets'}: move them to a secret store and rotate them.`
      : '';
  const choice = await vscode.window.showWarningMessage(
    `Outpost scanned ${files}: ${result.findings} ${result.findings === 1 ? 'finding' : 'findings'}.${secrets}`,
    'Show Problems',
  );
  if (choice === 'Show Problems') await vscode.commands.executeCommand('workbench.actions.view.problems');
}
