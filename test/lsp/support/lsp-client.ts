// A real JSON-RPC client for the built server (dist/server.js --stdio): it answers the requests
// a client must (workspace/configuration, registrations, progress creation, applyEdit), records
// what the server sends, and offers waits on published diagnostics and progress.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import type {
  ApplyWorkspaceEditParams,
  ClientCapabilities,
  CodeAction,
  CodeActionContext,
  ConfigurationParams,
  Diagnostic,
  FileEvent,
  ProtocolConnection,
  PublishDiagnosticsParams,
  Range,
  TextDocumentContentChangeEvent,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const SERVER = join(__dirname, '..', '..', '..', 'dist', 'server.js');

export const uriOf = (path: string): string => pathToFileURL(path).href;

export interface StartOptions {
  /** Workspace folder paths. */
  folders?: string[];
  /** `outpost.*` settings answered to workspace/configuration. */
  settings?: Record<string, unknown>;
  filesExclude?: Record<string, boolean>;
  reportTimings?: boolean;
  /** Client capability tweaks. */
  resolveCodeActionEdit?: boolean;
  workDoneProgress?: boolean;
  /** initializationOptions.workspaceTrusted; absent = not sent (the server then trusts, as for other editors). */
  workspaceTrusted?: boolean;
}

interface Waiter<T> {
  test: (v: T) => boolean;
  resolve: (v: T) => void;
}

export interface ProgressEvent {
  token: string | number;
  value: { kind: 'begin' | 'report' | 'end'; title?: string; message?: string; percentage?: number; cancellable?: boolean };
}

export class TestClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly messages: { type: number; message: string }[] = [];
  readonly logs: { type: number; message: string }[] = [];
  readonly progress: ProgressEvent[] = [];
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  readonly createdProgressTokens: (string | number)[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  settings: Record<string, unknown>;
  filesExclude: Record<string, boolean>;
  private readonly docs = new Map<string, TextDocument>();
  private readonly diagWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly notificationWaiters: Waiter<{ method: string; params: unknown }>[] = [];
  private readonly progressWaiters: Waiter<ProgressEvent>[] = [];
  private exited = false;
  stderr = '';

  private constructor(
    readonly proc: ChildProcess,
    readonly conn: ProtocolConnection,
    opts: StartOptions,
  ) {
    this.settings = opts.settings ?? {};
    this.filesExclude = opts.filesExclude ?? {};
  }

  static async start(opts: StartOptions = {}): Promise<TestClient> {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new TestClient(proc, conn, opts);
    proc.stderr!.on('data', (d: Buffer) => (client.stderr += d.toString()));
    proc.on('exit', () => (client.exited = true));
    client.wire();
    conn.listen();
    const folders = opts.folders ?? [];
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: true,
        applyEdit: true,
        workspaceFolders: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
      },
      window: { workDoneProgress: opts.workDoneProgress ?? true },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        codeAction: {
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
          isPreferredSupport: true,
          dataSupport: true,
          ...(opts.resolveCodeActionEdit ? { resolveSupport: { properties: ['edit'] } } : {}),
        },
      },
    };
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0] ? uriOf(folders[0]) : null,
      workspaceFolders: folders.map((f) => ({ uri: uriOf(f), name: f.slice(f.lastIndexOf('/') + 1) })),
      capabilities,
      initializationOptions: { reportTimings: opts.reportTimings === true, extensionVersion: 'test', ...(opts.workspaceTrusted !== undefined ? { workspaceTrusted: opts.workspaceTrusted } : {}) },
    });
    await conn.sendNotification('initialized', {});
    return client;
  }

  private wire(): void {
    const c = this.conn;
    c.onRequest('workspace/configuration', (params: ConfigurationParams) =>
      params.items.map((i) => (i.section === 'outpost' ? this.settings : i.section === 'files.exclude' ? this.filesExclude : null)),
    );
    c.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    c.onRequest('window/workDoneProgress/create', (params: { token: string | number }) => {
      this.createdProgressTokens.push(params.token);
      return null;
    });
    c.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
      this.appliedEdits.push(params);
      return { applied: true };
    });
    c.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const list = this.diagnostics.get(p.uri) ?? [];
      list.push(p);
      this.diagnostics.set(p.uri, list);
      this.fire(this.diagWaiters, p);
    });
    c.onNotification('window/showMessage', (p: { type: number; message: string }) => this.messages.push(p));
    c.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => {
      this.messages.push(p);
      return null;
    });
    c.onNotification('window/logMessage', (p: { type: number; message: string }) => this.logs.push(p));
    c.onNotification('$/progress', (p: ProgressEvent) => {
      this.progress.push(p);
      this.fire(this.progressWaiters, p);
    });
    c.onUnhandledNotification((n) => {
      const entry = { method: n.method, params: n.params };
      this.notifications.push(entry);
      this.fire(this.notificationWaiters, entry);
    });
  }

  private fire<T>(waiters: Waiter<T>[], v: T): void {
    for (const w of [...waiters]) {
      if (w.test(v)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(v);
      }
    }
  }

  private wait<T>(waiters: Waiter<T>[], test: (v: T) => boolean, what: string, timeoutMs: number): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(w), 1);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; stderr: ${this.stderr.slice(-500)}`));
      }, timeoutMs);
      const w: Waiter<T> = {
        test,
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
      };
      waiters.push(w);
    });
  }

  /** The next publish for `uri` that satisfies `test` (published from now on). */
  nextDiagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    return this.wait(this.diagWaiters, (p) => p.uri === uri && test(p), `diagnostics for ${uri}`, timeoutMs);
  }

  /** The latest publish for `uri` if it satisfies `test`, else the next one that does. */
  diagnosticsFor(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    const last = this.diagnostics.get(uri)?.at(-1);
    if (last && test(last)) return Promise.resolve(last);
    return this.nextDiagnostics(uri, test, timeoutMs);
  }

  lastDiagnostics(uri: string): Diagnostic[] | undefined {
    return this.diagnostics.get(uri)?.at(-1)?.diagnostics;
  }

  nextNotification(method: string, test: (params: unknown) => boolean = () => true, timeoutMs = 10_000): Promise<unknown> {
    return this.wait(this.notificationWaiters, (n) => n.method === method && test(n.params), method, timeoutMs).then((n) => n.params);
  }

  nextProgress(test: (p: ProgressEvent) => boolean, timeoutMs = 10_000): Promise<ProgressEvent> {
    return this.wait(this.progressWaiters, test, 'progress', timeoutMs);
  }

  // ---- documents ------------------------------------------------------------------------

  open(uri: string, text: string, languageId = 'yaml'): TextDocument {
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.docs.set(uri, doc);
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return doc;
  }

  doc(uri: string): TextDocument {
    const d = this.docs.get(uri);
    if (!d) throw new Error(`${uri} is not open`);
    return d;
  }

  /** Sends incremental changes; returns the new version. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): number {
    const old = this.doc(uri);
    const version = old.version + 1;
    const next = TextDocument.update(old, changes, version);
    this.docs.set(uri, next);
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Applies LSP text edits to the open document and sends them as one change. */
  applyTextEdits(uri: string, edits: TextEdit[]): number {
    const doc = this.doc(uri);
    const sorted = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
    return this.change(uri, sorted.map((e) => ({ range: e.range, text: e.newText })));
  }

  /** Applies a workspace edit for an open document, refusing it when its version is not the document's. */
  applyWorkspaceEdit(edit: WorkspaceEdit): number {
    const changes = edit.documentChanges ?? [];
    let version = -1;
    for (const dc of changes) {
      if (!('textDocument' in dc)) throw new Error('resource operations are not expected here');
      const doc = this.doc(dc.textDocument.uri);
      if (dc.textDocument.version !== null && dc.textDocument.version !== doc.version) throw new Error(`edit for version ${dc.textDocument.version}, document is at ${doc.version}`);
      version = this.applyTextEdits(dc.textDocument.uri, dc.edits as TextEdit[]);
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) version = this.applyTextEdits(uri, edits);
    return version;
  }

  close(uri: string): void {
    this.docs.delete(uri);
    void this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  codeActions(uri: string, range: Range, context: CodeActionContext): Promise<CodeAction[]> {
    return this.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context }) as Promise<CodeAction[]>;
  }

  watched(changes: FileEvent[]): void {
    void this.conn.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  /** What VS Code's client sends on onDidGrantWorkspaceTrust. */
  grantTrust(): void {
    void this.conn.sendNotification('outpost/workspaceTrusted');
  }

  configurationChanged(settings: Record<string, unknown>): void {
    this.settings = settings;
    void this.conn.sendNotification('workspace/didChangeConfiguration', { settings: { outpost: settings } });
  }

  get isAlive(): boolean {
    return !this.exited;
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      void this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    await new Promise<void>((resolve) => {
      if (this.exited) return resolve();
      const t = setTimeout(() => {
        this.proc.kill();
        resolve();
      }, 2000);
      this.proc.on('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.conn.dispose();
  }
}
