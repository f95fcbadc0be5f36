// The git part of the Outpost protocol (see PROTOCOL.md): the staged-file count for the status
// bar and the history scan behind "Outpost: Scan History". Plain names and shapes only, no
// imports, so the client can import it.

/** Request: scan the staged content of every workspace folder that is a git work tree. */
export const StagedFindingsMethod = 'outpost/stagedFindings';
/** Request: secrets in the history of a folder's repository. */
export const ScanHistoryMethod = 'outpost/scanHistory';

export interface StagedFinding {
  /** Absolute file URI of the staged file in the work tree. */
  uri: string;
  /** Path relative to the repository top. */
  path: string;
  line: number;
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export interface StagedFindingsResult {
  /** False when no workspace folder is inside a git work tree (the client hides the count). */
  gitRepository: boolean;
  findings: StagedFinding[];
  filesScanned: number;
}

export interface ScanHistoryParams {
  /** Workspace folder URI; the first folder in a git work tree when absent. */
  folder?: string;
  /** Every ref, not only the checked-out branch. */
  allRefs?: boolean;
}

export interface HistoricSecret {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  path: string;
  line: number;
  column: number;
  commit: string;
  author: string;
  date: string;
  count: number;
  presentAtHead: boolean;
  /** The file in the work tree, when it still exists there. */
  uri?: string;
}

export interface ScanHistoryResult {
  gitRepository: boolean;
  /** Absolute path of the repository's top folder. */
  top?: string;
  commits: number;
  secrets: HistoricSecret[];
}
