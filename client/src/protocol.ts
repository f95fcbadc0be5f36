// The custom part of the conversation with the Outpost server, as documented in server/src/lsp/PROTOCOL.md.
// Kept in one file so a protocol change touches one place on the client side.
import { NotificationType, RequestType0, RequestType } from 'vscode-languageclient/node';
import type { WorkDoneProgressParams } from 'vscode-languageclient/node';

export interface ScanWorkspaceParams extends WorkDoneProgressParams {
  /** Workspace folder URIs to scan; all folders when absent. */
  folders?: string[];
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

export interface ScanWorkspaceResult {
  filesScanned: number;
  findings: number;
  secretFindings: number;
  bySeverity: SeverityCounts;
  filesSkipped: { tooLarge: number; binary: number; unreadable: number };
  durationMs: number;
  /** True when the scan stopped early because it was cancelled. */
  cancelled: boolean;
  /** Folders that are not on disk (virtual workspaces) and so were not scanned. */
  skippedFolders: string[];
}

/** Scans every matching file of the workspace and publishes diagnostics for each; reports work-done progress. */
export const ScanWorkspaceRequest = new RequestType<ScanWorkspaceParams, ScanWorkspaceResult, void>('outpost/scanWorkspace');

export interface StatusParams {
  /** Open secret findings over everything the server has published. */
  secretFindings: number;
  findings: number;
  filesWithFindings: number;
  bySeverity: SeverityCounts;
  /** Files analysed by the last workspace scan (0 before any scan). */
  filesScanned: number;
  /** A workspace scan is running (also one the server started itself, e.g. on startup). */
  scanning: boolean;
}

/** Sent by the server whenever its totals change (coalesced), and at the start and end of a scan. */
export const StatusNotification = new NotificationType<StatusParams>('outpost/status');

/** The current totals, for a client that starts listening after the server sent them. */
export const GetStatusRequest = new RequestType0<StatusParams, void>('outpost/getStatus');

/** Server-side commands (workspace/executeCommand) the extension calls itself. */
export const ServerCommands = {
  createBaseline: 'outpost.createBaseline',
} as const;

export interface CreateBaselineResult {
  /** Absolute path of the written baseline file. */
  path: string;
  uri: string;
  /** Number of fingerprints in it. */
  entries: number;
}
