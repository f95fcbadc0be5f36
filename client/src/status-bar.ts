// The status bar item: how many hardcoded secrets are open right now; clicking it scans the workspace.
import * as vscode from 'vscode';
import { countFindings } from './finding-counts';
import type { FindingCounts } from './finding-counts';
import type { StatusParams } from './protocol';

export class OutpostStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[] = [];
  private lastServerStatus: StatusParams | undefined;
  private state: 'starting' | 'running' | 'scanning' | 'stopped' = 'starting';
  private renderTimer: NodeJS.Timeout | undefined;

  constructor(scanCommand: string) {
    this.item = vscode.window.createStatusBarItem('outpost.status', vscode.StatusBarAlignment.Left, 10);
    this.item.name = 'Outpost';
    this.item.command = { command: scanCommand, title: 'Outpost: Scan Workspace' };
    this.subscriptions.push(vscode.languages.onDidChangeDiagnostics(() => this.scheduleRender()));
    this.render();
    this.item.show();
  }

  setState(state: 'starting' | 'running' | 'scanning' | 'stopped'): void {
    this.state = state;
    this.render();
  }

  /** Totals the server reports (`outpost/status`); used for the tooltip's scan summary. */
  setServerStatus(status: StatusParams): void {
    this.lastServerStatus = status;
    this.render();
  }

  /** A workspace scan publishes diagnostics file by file; counting all of them once per burst is enough. */
  private scheduleRender(): void {
    if (this.renderTimer) return;
    this.renderTimer = setTimeout(() => {
      this.renderTimer = undefined;
      this.render();
    }, 100);
  }

  private render(): void {
    const counts = countFindings(vscode.languages.getDiagnostics());
    const secrets = counts.secretFindings;
    const scanning = this.state === 'scanning' || this.lastServerStatus?.scanning === true;
    const icon = scanning ? '$(sync~spin)' : this.state === 'stopped' ? '$(circle-slash)' : '$(shield)';
    this.item.text = `${icon} Outpost: ${secrets} ${secrets === 1 ? 'secret' : 'secrets'}`;
    this.item.accessibilityInformation = {
      label: `Outpost: ${secrets} open hardcoded ${secrets === 1 ? 'secret' : 'secrets'}. Activate to scan the workspace.`,
    };
    this.item.backgroundColor = secrets > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.tooltip = this.tooltip(counts);
  }

  private tooltip(counts: FindingCounts): vscode.MarkdownString {
    const lines: string[] = [];
    if (this.state === 'stopped') lines.push('The Outpost server is not running. Run **Outpost: Show Output** to see why.', '');
    lines.push(
      `**${counts.secretFindings}** hardcoded ${counts.secretFindings === 1 ? 'secret' : 'secrets'} and ` +
        `**${counts.findings - counts.secretFindings}** other ${counts.findings - counts.secretFindings === 1 ? 'finding' : 'findings'} ` +
        `in ${counts.files} ${counts.files === 1 ? 'file' : 'files'}.`,
    );
    if (counts.secretFindings > 0) {
      lines.push('', 'Each of them was in a file, so treat it as leaked: move it to a secret store and rotate it.');
    }
    if (this.lastServerStatus && this.lastServerStatus.filesScanned > 0) {
      lines.push('', `Last workspace scan: ${this.lastServerStatus.filesScanned} files.`);
    }
    lines.push('', 'Click to scan the whole workspace.');
    return new vscode.MarkdownString(lines.join('\n'));
  }

  dispose(): void {
    if (this.renderTimer) clearTimeout(this.renderTimer);
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
