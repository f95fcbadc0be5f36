// The custom part of the Outpost language server protocol (see PROTOCOL.md next to this file).
// Plain names and shapes only, no imports: the client may import this file without pulling in
// anything from the server.

export const ScanWorkspaceMethod = 'outpost/scanWorkspace';
export const GetStatusMethod = 'outpost/getStatus';
export const StatusNotificationMethod = 'outpost/status';
export const TimingNotificationMethod = 'outpost/timing';
/** Client -> server: the user trusted the workspace (VS Code's onDidGrantWorkspaceTrust); no params. */
export const WorkspaceTrustedNotificationMethod = 'outpost/workspaceTrusted';

export const ServerCommands = {
  scanWorkspace: 'outpost.scanWorkspace',
  createBaseline: 'outpost.createBaseline',
  showFollowUp: 'outpost.showFollowUp',
  addToBaseline: 'outpost.addToBaseline',
} as const;

export const FIX_ALL_KIND = 'source.fixAll.outpost';

/** Codes of diagnostics the server makes itself (no rule behind them). */
export const ServerCodes = {
  fileTooLarge: 'outpost/file-too-large',
  configError: 'outpost/config-error',
  baselineError: 'outpost/baseline-error',
  restrictedMode: 'outpost/restricted-mode',
} as const;

export interface ScanWorkspaceParams {
  /** Workspace folder URIs to scan; all folders when absent. */
  folders?: string[];
  /** Work-done progress token chosen by the client. */
  workDoneToken?: string | number;
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

export interface ScanWorkspaceResult {
  filesScanned: number;
  /** Findings in the scanned files (live results for open documents). */
  findings: number;
  secretFindings: number;
  bySeverity: SeverityCounts;
  /** `tooSlow`: analysed past the analysis budget and stopped (each has an outpost/analysis-budget diagnostic). */
  filesSkipped: { tooLarge: number; binary: number; unreadable: number; tooSlow?: number };
  durationMs: number;
  cancelled: boolean;
  /** Folders that could not be scanned (not on disk), by URI. */
  skippedFolders: string[];
}

export interface StatusParams {
  /** Open secret findings over every file the server has published diagnostics for. */
  secretFindings: number;
  findings: number;
  filesWithFindings: number;
  bySeverity: SeverityCounts;
  /** Files analysed by the last workspace scan (0 before any scan). */
  filesScanned: number;
  scanning: boolean;
}

export interface TimingParams {
  uri: string;
  version: number;
  /** Time spent in the engine. */
  analyzeMs: number;
  /** From receiving the change to starting analysis (debounce + settings). */
  queuedMs: number;
  /** From receiving the change to sending the diagnostics. */
  totalMs: number;
}

/** Diagnostic.data: what code actions need, passed back unchanged by the client. */
export interface DiagnosticData {
  /** Document version the diagnostic was computed for; null for files published by a scan. */
  version: number | null;
  fix?: { kind: string; [key: string]: unknown };
  fingerprint?: string;
}

export interface FollowUpArgs {
  message: string;
}

export interface AddToBaselineArgs {
  uri: string;
  ruleId: string;
  fingerprint: string;
}

export interface BaselineWriteResult {
  /** Absolute path of the baseline file. */
  path: string;
  uri: string;
  /** Number of entries in the file after writing. */
  entries: number;
}

export const PostureMethod = 'outpost/posture';

/**
 * Result of `outpost/posture`: the posture model (server/src/report/posture-model.ts, the same data
 * `outpost report --format json` writes) and the URI of every path it names. Typed loosely here so
 * this file keeps no imports; the client reads it as the model's own type.
 */
export interface PostureResult {
  /** The PostureModel. */
  model: unknown;
  /** Model path (folder-relative; prefixed with the folder name in a multi-root workspace) -> document URI. */
  uris: Record<string, string>;
  /** True once a workspace scan ran: before that the model holds only the open documents. */
  scanned: boolean;
}
