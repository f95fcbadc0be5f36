// Entry point of the VS Code extension: starts the Outpost language server and wires the commands and the
// status bar to it. Everything that finds or fixes problems lives in the server; this file is wiring only.
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createBaseline } from './commands/create-baseline';
import { openRuleDocumentation } from './commands/open-rule-docs';
import { scanWorkspace } from './commands/scan-workspace';
import { createLanguageClient } from './language-client';
import { GetStatusRequest, StatusNotification, WorkspaceTrustedNotification } from './protocol';
import { OutpostStatusBar } from './status-bar';
import { StagedStatus } from './staged-status';
import { scanHistory } from './commands/scan-history';
import { registerPostureView } from './posture/register-posture-view';

/** Palette commands (package.json contributes.commands); ids the server may also advertise stay the extension's. */
export const Commands = {
  scanWorkspace: 'outpost.scanWorkspace',
  showOutput: 'outpost.showOutput',
  createBaseline: 'outpost.createBaseline',
  openRuleDocumentation: 'outpost.openRuleDocumentation',
  scanHistory: 'outpost.scanHistory',
} as const;

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Outpost', { log: true });
  context.subscriptions.push(log);

  const statusBar = new OutpostStatusBar(Commands.scanWorkspace);
  context.subscriptions.push(statusBar);

  const ownCommands = new Set<string>(Object.values(Commands));
  client = createLanguageClient(context, log, ownCommands);
  const languageClient = client;
  // Registers outpost.showStagedFindings now; the count appears once the server answers.
  const staged = new StagedStatus(languageClient);
  context.subscriptions.push(staged);
  context.subscriptions.push(
    languageClient.onDidChangeState(({ newState }) => statusBar.setState(newState === State.Running ? 'running' : newState === State.Stopped ? 'stopped' : 'starting')),
    languageClient.onNotification(StatusNotification, (status) => statusBar.setServerStatus(status)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void languageClient.sendNotification(WorkspaceTrustedNotification).catch(() => undefined)),
  );

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.scanWorkspace, async () => {
      if (!(await ready(languageClient, log))) return;
      await scanWorkspace(languageClient, log, { onStart: () => statusBar.setState('scanning'), onEnd: () => statusBar.setState('running') });
    }),
    vscode.commands.registerCommand(Commands.showOutput, () => log.show()),
    vscode.commands.registerCommand(Commands.createBaseline, async () => {
      if (!(await ready(languageClient, log))) return;
      await createBaseline(languageClient, log);
    }),
    vscode.commands.registerCommand(Commands.openRuleDocumentation, (ruleId?: unknown) => openRuleDocumentation(ruleId)),
    vscode.commands.registerCommand(Commands.scanHistory, async () => {
      if (await ready(languageClient, log)) await scanHistory(languageClient, log);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      // The document selector is fixed when the client starts; widening it to every file needs a restart.
      if (e.affectsConfiguration('outpost.scanAllFiles')) void promptRestart(log);
    }),
  );

  const posture = registerPostureView(context, languageClient, log);

  try {
    await languageClient.start();
    void posture.refresh();
    log.info('Outpost language server started.');
    staged.refreshSoon(0);
    // Totals sent before the notification handler was attached (e.g. by a startup scan) are fetched once.
    languageClient.sendRequest(GetStatusRequest).then(
      (status) => statusBar.setServerStatus(status),
      (error: unknown) => log.warn(`Could not read the server's totals: ${error instanceof Error ? error.message : String(error)}`),
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.error(`The Outpost language server did not start: ${message}`);
    void vscode.window.showErrorMessage(
      `Outpost could not start its language server (${message}), so files are not being checked. See the output for details.`,
      'Show Output',
    ).then((choice) => choice === 'Show Output' && log.show());
  }
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.dispose(2000);
}

/** Waits for a client that is still starting; tells the user when the server is not running at all. */
async function ready(languageClient: LanguageClient, log: vscode.LogOutputChannel): Promise<boolean> {
  if (languageClient.isRunning()) return true;
  if (languageClient.state === State.Starting) {
    await new Promise<void>((resolve) => {
      const sub = languageClient.onDidChangeState(() => {
        sub.dispose();
        resolve();
      });
    });
    if (languageClient.isRunning()) return true;
  }
  const choice = await vscode.window.showErrorMessage('The Outpost language server is not running, so Outpost cannot scan. See the output for why.', 'Show Output');
  if (choice === 'Show Output') log.show();
  return false;
}

async function promptRestart(log: vscode.LogOutputChannel): Promise<void> {
  const choice = await vscode.window.showInformationMessage(
    'Outpost checks a different set of open files after a change of "outpost.scanAllFiles" once the extension host restarts.',
    'Restart Now',
  );
  if (choice !== 'Restart Now') return;
  log.info('Restarting the extension host after a change of outpost.scanAllFiles.');
  // Deactivation stops the server; activation starts it with the new document selector.
  await vscode.commands.executeCommand('workbench.action.restartExtensionHost');
}
