// The custom part of the conversation with the Outpost server. Names and shapes come from the server's
// contract file (server/src/lsp/protocol.ts, documented in PROTOCOL.md next to it; it has no imports, so the
// client bundle stays free of server code); this file only turns them into typed messages.
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageclient/node';
import {
  GetStatusMethod,
  ScanWorkspaceMethod,
  ServerCommands,
  StatusNotificationMethod,
  WorkspaceTrustedNotificationMethod,
} from '../../server/src/lsp/protocol';
import type { BaselineWriteResult, ScanWorkspaceParams, ScanWorkspaceResult, StatusParams } from '../../server/src/lsp/protocol';

export { ServerCommands };
export type { BaselineWriteResult, ScanWorkspaceParams, ScanWorkspaceResult, StatusParams };

/** Scans every matching file of the workspace and publishes diagnostics for each; reports work-done progress. */
export const ScanWorkspaceRequest = new RequestType<ScanWorkspaceParams, ScanWorkspaceResult, void>(ScanWorkspaceMethod);

/** Sent by the server whenever its totals change (coalesced), and at the start and end of a scan. */
export const StatusNotification = new NotificationType<StatusParams>(StatusNotificationMethod);

/** The current totals, for a client that starts listening after the server sent them. */
export const GetStatusRequest = new RequestType0<StatusParams, void>(GetStatusMethod);

/** Tells the server the user trusted the workspace: it then uses the whole of `.outpost.yml`. */
export const WorkspaceTrustedNotification = new NotificationType<void>(WorkspaceTrustedNotificationMethod);
