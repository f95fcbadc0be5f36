// Typed messages for the server's git requests (shapes in server/src/lsp/git-protocol.ts, which has no imports).
import { RequestType, RequestType0 } from 'vscode-languageclient/node';
import { ScanHistoryMethod, StagedFindingsMethod } from '../../server/src/lsp/git-protocol';
import type { HistoricSecret, ScanHistoryParams, ScanHistoryResult, StagedFindingsResult } from '../../server/src/lsp/git-protocol';

export type { HistoricSecret, ScanHistoryParams, ScanHistoryResult, StagedFindingsResult };

/** Findings in the staged content of the workspace's git repositories. */
export const StagedFindingsRequest = new RequestType0<StagedFindingsResult, void>(StagedFindingsMethod);

/** Secrets in the history of a workspace folder's repository. */
export const ScanHistoryRequest = new RequestType<ScanHistoryParams, ScanHistoryResult, void>(ScanHistoryMethod);
