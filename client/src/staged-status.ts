// A second status bar item, shown only when the workspace is a git repository: how many findings
// the staged files carry (what the next commit would add). Refreshed when the index changes
// (`git add`, a commit), on save, and when the server starts; clicking it lists them.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StagedFindingsRequest } from './git-protocol';
import type { StagedFindingsResult } from './git-protocol';

export const SHOW_STAGED_COMMAND = 'outpost.showStagedFindings';

export class StagedStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('outpost.staged', vscode.StatusBarAlignment.Left, 9);
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private last: StagedFindingsResult | undefined;

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'Outpost staged files';
    this.item.command = { command: SHOW_STAGED_COMMAND, title: 'Outpost: Show Staged Findings' };
    const index = vscode.workspace.createFileSystemWatcher('**/.git/index');
    this.subscriptions.push(
      index,
      index.onDidChange(() => this.refreshSoon()),
      index.onDidCreate(() => this.refreshSoon()),
      vscode.workspace.onDidSaveTextDocument(() => this.refreshSoon()),
      vscode.commands.registerCommand(SHOW_STAGED_COMMAND, () => this.show()),
    );
  }

  /** Coalesces bursts (a commit rewrites the index several times). */
  refreshSoon(delayMs = 500): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delayMs);
  }

  async refresh(): Promise<void> {
    if (!this.client.isRunning()) return;
    try {
      this.last = await this.client.sendRequest(StagedFindingsRequest);
    } catch {
      return;
    }
    this.render();
  }

  private render(): void {
    const r = this.last;
    if (!r?.gitRepository) {
      this.item.hide();
      return;
    }
    const n = r.findings.length;
    this.item.text = `$(git-commit) ${n} staged`;
    this.item.tooltip = n === 0 ? 'Outpost: no findings in the staged files.' : `Outpost: ${n} ${n === 1 ? 'finding' : 'findings'} in the staged files — the next commit would add ${n === 1 ? 'it' : 'them'}. Click to list.`;
    this.item.accessibilityInformation = { label: `Outpost: ${n} ${n === 1 ? 'finding' : 'findings'} in staged files` };
    this.item.backgroundColor = r.findings.some((f) => f.severity === 'error') ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  private async show(): Promise<void> {
    await this.refresh();
    const findings = this.last?.findings ?? [];
    if (findings.length === 0) {
      void vscode.window.showInformationMessage('Outpost: the staged files have no findings.');
      return;
    }
    const pick = await vscode.window.showQuickPick(
      findings.map((f) => ({ label: `${f.path}:${f.line}`, description: f.ruleId, detail: f.message, f })),
      { title: 'Outpost: findings in the staged files', matchOnDetail: true },
    );
    if (!pick) return;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(pick.f.uri));
    const pos = new vscode.Position(Math.max(0, pick.f.line - 1), 0);
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos) });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
