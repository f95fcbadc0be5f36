// "Outpost: Scan History": asks the server for the secrets in the repository's history and lists
// them in a QuickPick, each with where and when it was first committed and whether HEAD still
// has it. Picking one still present opens the file at its line; a removed one opens a read-only
// note with the commit and the git command to inspect it (the content is never shown: it holds
// the secret). Either way the advice is to rotate it.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ScanHistoryRequest } from '../git-protocol';
import type { HistoricSecret } from '../git-protocol';

export async function scanHistory(client: LanguageClient, log: vscode.LogOutputChannel): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showInformationMessage('Outpost: open a folder inside a git repository to scan its history.');
    return;
  }
  let result;
  try {
    result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Outpost: scanning the git history for secrets…' }, () =>
      client.sendRequest(ScanHistoryRequest, { folder: folder.uri.toString() }),
    );
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    log.error(`Outpost: the history scan failed: ${message}`);
    void vscode.window.showErrorMessage(`Outpost could not scan the history (${message}).`);
    return;
  }
  if (!result.gitRepository) {
    void vscode.window.showInformationMessage('Outpost: this workspace is not a git repository, so there is no history to scan.');
    return;
  }
  log.info(`Outpost: ${result.secrets.length} historic secret(s) in ${result.commits} commits.`);
  if (result.secrets.length === 0) {
    void vscode.window.showInformationMessage(`Outpost: no secrets in the history (${result.commits} commits).`);
    return;
  }
  const items = result.secrets.map((s) => ({
    label: `${s.presentAtHead ? '$(warning)' : '$(history)'} ${s.path}:${s.line}`,
    description: `${s.ruleId} · ${s.presentAtHead ? 'still in HEAD' : 'removed'}`,
    detail: `${s.message} First added in ${s.commit.slice(0, 12)} by ${s.author} on ${s.date.slice(0, 10)}${s.count > 1 ? `, in ${s.count} commits` : ''}.`,
    s,
  }));
  const pick = await vscode.window.showQuickPick(items, {
    title: `Outpost: ${result.secrets.length} secret(s) in ${result.commits} commits — each must be rotated`,
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (pick) await reveal(pick.s);
}

async function reveal(s: HistoricSecret): Promise<void> {
  if (s.uri && s.presentAtHead) {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(s.uri));
    const pos = new vscode.Position(Math.max(0, s.line - 1), Math.max(0, s.column - 1));
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos) });
    return;
  }
  const note = [
    `# ${s.ruleId} in ${s.path}:${s.line}`,
    '',
    s.message,
    '',
    `- First committed in ${s.commit} by ${s.author} on ${s.date}${s.count > 1 ? ` (added in ${s.count} commits)` : ''}.`,
    `- ${s.presentAtHead ? 'Still in the current tree.' : 'Removed from the current tree, but still in every clone and fork of the history.'}`,
    '',
    'Rotate it with its issuer: rewriting history does not reach existing clones.',
    '',
    `Inspect the commit: \`git show ${s.commit} -- "${s.path}"\``,
  ].join('\n');
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: note });
  await vscode.window.showTextDocument(doc, { preview: true });
}
