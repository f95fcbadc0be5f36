// The posture data behind the Outpost view and the posture page: asked of the language server
// (`outpost/posture`) and asked again, debounced, whenever Outpost's diagnostics change or an
// inventory-like document is edited, so the view follows the files as they change.
import * as vscode from 'vscode';
import { RequestType0 } from 'vscode-languageclient/node';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PostureMethod } from '../../../server/src/lsp/protocol';
import type { PostureResult } from '../../../server/src/lsp/protocol';
import type { PostureModel } from '../../../server/src/report/posture-model';

const PostureRequest = new RequestType0<PostureResult | null, void>(PostureMethod);
const DEBOUNCE_MS = 400;
const INVENTORY_LIKE = /\.(ya?ml|json|csv)$/i;

export interface PostureSnapshot {
  model: PostureModel;
  uris: Record<string, string>;
  scanned: boolean;
}

export class PostureData implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<PostureSnapshot>();
  readonly onDidChange = this.changed.event;
  private timer: NodeJS.Timeout | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  current: PostureSnapshot | undefined;

  constructor(
    private readonly client: LanguageClient,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions.push(
      this.changed,
      vscode.languages.onDidChangeDiagnostics(() => this.schedule()),
      // An inventory edit that changes no diagnostic (a new owner, a later review date) still changes the view.
      vscode.workspace.onDidChangeTextDocument((e) => INVENTORY_LIKE.test(e.document.uri.path) && this.schedule()),
    );
  }

  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, DEBOUNCE_MS);
  }

  async refresh(): Promise<PostureSnapshot | undefined> {
    if (!this.client.isRunning()) return this.current;
    try {
      const result = await this.client.sendRequest(PostureRequest);
      if (!result) return this.current;
      this.current = { model: result.model as PostureModel, uris: result.uris, scanned: result.scanned };
      this.changed.fire(this.current);
    } catch (error) {
      this.log.warn(`Could not read the posture from the server: ${error instanceof Error ? error.message : String(error)}`);
    }
    return this.current;
  }

  uriOf(path: string): vscode.Uri | undefined {
    const u = this.current?.uris[path];
    return u ? vscode.Uri.parse(u) : undefined;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
  }
}
