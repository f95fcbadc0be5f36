// The posture page: a webview showing the same page as `outpost report` (one renderer for both), in
// the theme's colours and with the sortable table. Strict CSP: nothing loads, only our own nonce'd
// style and script run; it redraws when the posture changes while it is open.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { renderPostureHtml } from '../../../server/src/report/render-html';
import type { PostureData, PostureSnapshot } from './posture-data';

export class PosturePage implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly sub: vscode.Disposable;

  constructor(private readonly data: PostureData) {
    this.sub = data.onDidChange((s) => this.panel && this.render(this.panel, s));
  }

  async show(): Promise<void> {
    const snapshot = (await this.data.refresh()) ?? this.data.current;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('outpost.posture', 'Outpost Posture', vscode.ViewColumn.Active, {
        enableScripts: true,
        localResourceRoots: [],
        enableFindWidget: true,
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
    } else this.panel.reveal();
    if (snapshot) this.render(this.panel, snapshot);
    else this.panel.webview.html = '<!DOCTYPE html><html><body><p>The Outpost language server is not running, so there is no posture to show yet.</p></body></html>';
  }

  private render(panel: vscode.WebviewPanel, s: PostureSnapshot): void {
    panel.webview.html = renderPostureHtml(s.model, { variant: 'webview', nonce: randomBytes(16).toString('base64'), cspSource: panel.webview.cspSource });
  }

  dispose(): void {
    this.sub.dispose();
    this.panel?.dispose();
  }
}
