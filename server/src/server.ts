// The Outpost language server: connection, incremental document sync, capability negotiation.
// Everything else (analysis scheduling, code actions, scans, commands) lives in ./lsp.
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import type { CancellationToken, InitializeParams, InitializeResult, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { provideCodeActions, resolveCodeAction } from './lsp/code-actions';
import type { CodeActionCapabilities } from './lsp/code-actions';
import { executeCommand, scanWorkspace, silentProgress } from './lsp/commands';
import type { CommandContext } from './lsp/commands';
import { connectionLogger, describeError, guard } from './lsp/log';
import { OutpostServer } from './lsp/outpost-server';
import { FIX_ALL_KIND, GetStatusMethod, ScanWorkspaceMethod, ServerCommands, WorkspaceTrustedNotificationMethod } from './lsp/protocol';
import type { ScanWorkspaceParams, ScanWorkspaceResult, StatusParams } from './lsp/protocol';
import { watchedFilesChanged } from './lsp/watched-files';
import { PostureProvider } from './lsp/posture';
import { PostureMethod } from './lsp/protocol';
import type { PostureResult } from './lsp/protocol';
import { emptyResult, Scanner } from './lsp/workspace-scan';
import { version } from '../../package.json';
import { registerGitRequests } from './lsp/git-requests';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const log = connectionLogger(connection);

let server: OutpostServer | undefined;
let scanner: Scanner | undefined;
let commandContext: CommandContext | undefined;
let canPullConfiguration = false;
let canRegisterConfiguration = false;
let canRegisterWatchers = false;
let canCreateProgress = false;
const codeActionCaps: CodeActionCapabilities = { documentChanges: false, resolveEdit: false };

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  canPullConfiguration = caps.workspace?.configuration === true;
  canRegisterConfiguration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  canRegisterWatchers = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  canCreateProgress = caps.window?.workDoneProgress === true;
  codeActionCaps.documentChanges = caps.workspace?.workspaceEdit?.documentChanges === true;
  codeActionCaps.resolveEdit = caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
  const init = (params.initializationOptions ?? {}) as { settings?: unknown; reportTimings?: unknown; extensionVersion?: unknown; workspaceTrusted?: unknown };

  server = new OutpostServer(connection, documents, log, {
    canPullConfiguration: () => canPullConfiguration,
    initialSettings: init.settings,
    reportTimings: init.reportTimings === true,
    // Clients without a notion of trust (other editors) say nothing: trusted, as before.
    trusted: init.workspaceTrusted !== false,
  });
  const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: params.rootUri.slice(params.rootUri.lastIndexOf('/') + 1) }] : []);
  server.folders.set(folders);
  scanner = new Scanner(server);
  const s = server;
  const sc = scanner;
  s.rescan = (folder) => {
    void sc.scan({ folders: [folder], progress: silentProgress(), tokens: [] }).catch((e) => log.error(`Outpost: rescanning ${folder.name} failed: ${describeError(e)}`));
  };
  commandContext = {
    server: s,
    scanner: sc,
    connection,
    canApplyEdit: caps.workspace?.applyEdit === true,
    serverProgress: async (): Promise<{ reporter: WorkDoneProgressReporter; token?: CancellationToken }> => {
      if (!canCreateProgress) return { reporter: silentProgress() };
      try {
        const reporter = await connection.window.createWorkDoneProgress();
        return { reporter, token: reporter.token };
      } catch {
        return { reporter: silentProgress() };
      }
    },
  };
  log.info(`Outpost language server ${version}${typeof init.extensionVersion === 'string' ? ` (extension ${init.extensionVersion})` : ''} starting with ${folders.length} workspace folder(s).`);

  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
      executeCommandProvider: { commands: Object.values(ServerCommands) },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'outpost', version },
  };
});

connection.onInitialized(
  guard(log, 'initialized', undefined, async () => {
    if (canRegisterConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'outpost' });
    if (canRegisterWatchers) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
    if (server) {
      try {
        connection.workspace.onDidChangeWorkspaceFolders((e) => {
          if (!server) return;
          for (const f of e.removed) {
            const folder = server.folders.byUri(f.uri);
            if (folder) for (const uri of server.scannedFiles.get(folder.uri) ?? []) if (!server.document(uri)) server.publisher.clear(uri);
            if (folder) server.scannedFiles.delete(folder.uri);
          }
          server.folders.remove(e.removed.map((f) => f.uri));
          server.folders.add(e.added);
          server.revalidateOpen();
        });
      } catch {
        /* the client does not support workspace folder changes */
      }
    }
    // Scan on startup when the user asked for it (in any folder).
    if (server && commandContext) {
      const wanted = [];
      for (const f of server.folders.all()) if ((await server.settings.get(f.uri)).scanOnStartup && f.path) wanted.push(f.uri);
      if (wanted.length > 0) {
        const { reporter, token } = await commandContext.serverProgress();
        await scanWorkspace(commandContext, { folders: wanted }, undefined, reporter, token);
      }
    }
  }),
);

registerGitRequests(connection, () => server);

// TextDocuments fires a content change right after every open; the open already scheduled analysis.
const justOpened = new Set<string>();
documents.onDidOpen((e) => {
  justOpened.add(e.document.uri);
  try {
    server?.onOpen(e.document);
  } catch (err) {
    log.error(`Outpost: opening ${e.document.uri} failed: ${describeError(err)}`);
  }
});
documents.onDidChangeContent((e) => {
  if (justOpened.delete(e.document.uri)) return;
  try {
    server?.onChange(e.document);
  } catch (err) {
    log.error(`Outpost: handling a change of ${e.document.uri} failed: ${describeError(err)}`);
  }
});
documents.onDidClose((e) => {
  justOpened.delete(e.document.uri);
  try {
    server?.onClose(e.document.uri);
  } catch (err) {
    log.error(`Outpost: closing ${e.document.uri} failed: ${describeError(err)}`);
  }
});

connection.onDidChangeConfiguration(
  guard(log, 'didChangeConfiguration', undefined, (params) => {
    server?.settingsChanged(params.settings);
  }),
);

connection.onDidChangeWatchedFiles(
  guard(log, 'didChangeWatchedFiles', undefined, async (params) => {
    if (server) await watchedFilesChanged(server, params.changes);
  }),
);

connection.onCodeAction(guard(log, 'codeAction', [], async (params) => (server ? provideCodeActions(server, params, codeActionCaps) : [])));
connection.onCodeActionResolve(async (action) => {
  try {
    return server ? await resolveCodeAction(server, action, codeActionCaps) : action;
  } catch (e) {
    log.error(`Outpost: codeAction/resolve failed: ${describeError(e)}`);
    return action;
  }
});

connection.onExecuteCommand(guard(log, 'executeCommand', null, async (params, token) => (commandContext ? executeCommand(commandContext, params, token) : null)));

connection.onRequest(
  ScanWorkspaceMethod,
  guard(log, ScanWorkspaceMethod, emptyResult(), async (params: ScanWorkspaceParams | undefined, token: CancellationToken): Promise<ScanWorkspaceResult> => {
    if (!commandContext) return emptyResult();
    const progress = connection.window.attachWorkDoneProgress(params?.workDoneToken);
    return scanWorkspace(commandContext, params, token, progress);
  }),
);

connection.onNotification(
  WorkspaceTrustedNotificationMethod,
  guard(log, WorkspaceTrustedNotificationMethod, undefined, () => {
    server?.workspaceTrusted();
  }),
);

connection.onRequest(GetStatusMethod, (): StatusParams | null => server?.publisher.status() ?? null);

let posture: PostureProvider | undefined;
connection.onRequest(PostureMethod, guard(log, PostureMethod, null, async (): Promise<PostureResult | null> => (server ? (posture ??= new PostureProvider(server)).posture() : null)));

connection.onShutdown(() => {
  scanner?.cancelRunning();
  server?.dispose();
});

process.on('uncaughtException', (e) => log.error(`Outpost: unexpected error: ${describeError(e)}`));
process.on('unhandledRejection', (e) => log.error(`Outpost: unexpected error: ${describeError(e)}`));

documents.listen(connection);
connection.listen();
