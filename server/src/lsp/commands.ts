// workspace/executeCommand and the outpost/scanWorkspace request.
import { ResponseError, LSPErrorCodes } from 'vscode-languageserver';
import type { CancellationToken, Connection, ExecuteCommandParams, WorkDoneProgressReporter } from 'vscode-languageserver';
import type { BaselineEntry } from '../engine/suppress/baseline';
import { BaselineWriteError, writeBaseline } from './baseline-writer';
import type { Folder } from './folders';
import type { OutpostServer } from './outpost-server';
import { ServerCommands } from './protocol';
import type { AddToBaselineArgs, BaselineWriteResult, FollowUpArgs, ScanWorkspaceParams, ScanWorkspaceResult } from './protocol';
import type { Scanner } from './workspace-scan';

export interface CommandContext {
  server: OutpostServer;
  scanner: Scanner;
  connection: Connection;
  canApplyEdit: boolean;
  /** A progress reporter the server creates itself (window/workDoneProgress/create), or a silent one. */
  serverProgress(): Promise<{ reporter: WorkDoneProgressReporter; token?: CancellationToken }>;
}

const SILENT: WorkDoneProgressReporter = { begin: () => undefined, report: () => undefined, done: () => undefined };

export function silentProgress(): WorkDoneProgressReporter {
  return SILENT;
}

function foldersFor(server: OutpostServer, uris: readonly string[] | undefined): Folder[] {
  if (!uris || uris.length === 0) return [...server.folders.all()];
  return uris.map((u) => server.folders.byUri(u)).filter((f): f is Folder => f !== undefined);
}

/** Runs a workspace scan; a cancelled request answers RequestCancelled, a cancelled progress a result with `cancelled`. */
export async function scanWorkspace(
  ctx: CommandContext,
  params: ScanWorkspaceParams | undefined,
  requestToken: CancellationToken | undefined,
  progress: WorkDoneProgressReporter,
  progressToken?: CancellationToken,
): Promise<ScanWorkspaceResult> {
  const tokens = [requestToken, progressToken].filter((t): t is CancellationToken => t !== undefined);
  const result = await ctx.scanner.scan({ folders: foldersFor(ctx.server, params?.folders), progress, tokens });
  ctx.server.log.info(
    `Outpost: workspace scan ${result.cancelled ? 'cancelled after' : 'checked'} ${result.filesScanned} files in ${result.durationMs} ms: ` +
      `${result.findings} findings (${result.secretFindings} secrets).`,
  );
  if (requestToken?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The workspace scan was cancelled.');
  return result;
}

async function createBaseline(ctx: CommandContext, folderUri: unknown, token: CancellationToken): Promise<BaselineWriteResult | null> {
  const folder = typeof folderUri === 'string' ? ctx.server.folders.byUri(folderUri) : ctx.server.folders.all().find((f) => f.path);
  if (!folder) throw new ResponseError(-32602, 'Outpost: open a folder first — the baseline is stored at the root of a workspace folder.');
  const entries: BaselineEntry[] = [];
  const { reporter, token: progressToken } = await ctx.serverProgress();
  const tokens = [token, progressToken].filter((t): t is CancellationToken => t !== undefined);
  const result = await ctx.scanner.scan({ folders: [folder], progress: reporter, tokens, ignoreBaseline: true, publish: false, onFingerprint: (e) => entries.push(e) });
  if (result.cancelled) return null;
  try {
    const written = await writeBaseline(ctx.server, ctx.connection, ctx.canApplyEdit, folder, entries, true);
    ctx.server.log.info(`Outpost: wrote ${written.entries} entries to ${written.path}.`);
    return written;
  } catch (e) {
    if (e instanceof BaselineWriteError) throw new ResponseError(-32603, e.message);
    throw e;
  }
}

async function addToBaseline(ctx: CommandContext, raw: unknown): Promise<BaselineWriteResult | null> {
  const args = raw as Partial<AddToBaselineArgs> | undefined;
  if (!args || typeof args.uri !== 'string' || typeof args.ruleId !== 'string' || typeof args.fingerprint !== 'string' || !/^[0-9a-f]{64}$/.test(args.fingerprint)) {
    throw new ResponseError(-32602, 'outpost.addToBaseline needs { uri, ruleId, fingerprint }.');
  }
  const hit = ctx.server.folders.folderOf(args.uri);
  if (!hit?.folder.path) {
    void ctx.connection.window.showWarningMessage('Outpost can only add findings of files inside a workspace folder on disk to a baseline.');
    return null;
  }
  try {
    return await writeBaseline(ctx.server, ctx.connection, ctx.canApplyEdit, hit.folder, [{ ruleId: args.ruleId, fingerprint: args.fingerprint, path: hit.rel }], false);
  } catch (e) {
    if (e instanceof BaselineWriteError) {
      void ctx.connection.window.showErrorMessage(e.message);
      return null;
    }
    throw e;
  }
}

export async function executeCommand(ctx: CommandContext, params: ExecuteCommandParams, token: CancellationToken): Promise<unknown> {
  const args = params.arguments ?? [];
  switch (params.command) {
    case ServerCommands.showFollowUp: {
      const message = (args[0] as Partial<FollowUpArgs> | undefined)?.message;
      if (typeof message === 'string' && message) void ctx.connection.window.showInformationMessage(message);
      return null;
    }
    case ServerCommands.addToBaseline:
      return addToBaseline(ctx, args[0]);
    case ServerCommands.createBaseline:
      return createBaseline(ctx, args[0], token);
    case ServerCommands.scanWorkspace: {
      const { reporter, token: progressToken } = await ctx.serverProgress();
      return scanWorkspace(ctx, args[0] as ScanWorkspaceParams | undefined, token, reporter, progressToken);
    }
    default:
      throw new ResponseError(-32601, `Outpost has no command ${params.command}.`);
  }
}
