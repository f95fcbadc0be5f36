// Creates the LanguageClient that runs dist/server.js in a Node child process and talks to it over IPC.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { ExecuteCommandRegistrationOptions, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import { documentSelector } from './document-selector';

export const CLIENT_ID = 'outpost';
const CLIENT_NAME = 'Outpost';

export function createLanguageClient(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
  extensionCommands: ReadonlySet<string>,
): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };

  const folders = vscode.workspace.workspaceFolders ?? [];
  const schemes = folders.map((f) => f.uri.scheme);
  // The setting is per folder; the selector is one for the window, so any folder that opts in widens it
  // (the server still applies each folder's own value).
  const scanAllFiles = (folders.length > 0 ? folders.map((f) => f.uri) : [null]).some((scope) =>
    vscode.workspace.getConfiguration('outpost', scope).get<boolean>('scanAllFiles', false),
  );

  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(schemes, scanAllFiles),
    // The server pulls `outpost.*` per resource with workspace/configuration; this only tells it when to re-pull.
    synchronize: { configurationSection: 'outpost' },
    outputChannel: output,
    traceOutputChannel: output,
    diagnosticCollectionName: 'outpost',
    // Restricted Mode: the server holds back what an untrusted repository's .outpost.yml asks it to run.
    initializationOptions: { extensionVersion: context.extension.packageJSON.version as string, workspaceTrusted: vscode.workspace.isTrusted },
  };

  const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
  keepExtensionCommandsOurs(client, extensionCommands);
  return client;
}

/**
 * The language client registers every command the server advertises (executeCommandProvider) as a VS Code command.
 * Commands the extension registers itself (Scan Workspace shows progress in the UI and then calls the server) would
 * then be registered twice, which throws and stops the client. Those ids are left out of the client's registration;
 * the extension's own handler reaches the server with workspace/executeCommand or the matching request.
 */
function keepExtensionCommandsOurs(client: LanguageClient, extensionCommands: ReadonlySet<string>): void {
  const feature = client.getFeature(ExecuteCommandRequest.method);
  const register = feature.register.bind(feature);
  feature.register = (data) => {
    const options: ExecuteCommandRegistrationOptions = {
      ...data.registerOptions,
      commands: data.registerOptions.commands.filter((command) => !extensionCommands.has(command)),
    };
    register({ ...data, registerOptions: options });
  };
}
