// Git-backed requests of the language server: the staged scan (the status bar shows how many
// findings the next commit would carry) and the history scan ("Outpost: Scan History"). Both
// reuse the CLI's git layer (node/git/), with the workspace folder's `.outpost.yml` and baseline.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { gitTopLevel } from '../node/git/safe-git';
import { scanStagedFiles } from '../node/git/staged-scan';
import { scanHistory } from '../node/git/history-scan';
import type { OutpostServer } from './outpost-server';
import type { Folder } from './folders';
import { ScanHistoryMethod, StagedFindingsMethod } from './git-protocol';
import type { ScanHistoryParams, ScanHistoryResult, StagedFindingsResult } from './git-protocol';
import { describeError } from './log';

const uriOf = (top: string, path: string): string => pathToFileURL(join(top, path)).href;

function gitFolders(server: OutpostServer): { folder: Folder; top: string }[] {
  const out: { folder: Folder; top: string }[] = [];
  const seen = new Set<string>();
  for (const folder of server.folders.all()) {
    if (!folder.path || !existsSync(folder.path)) continue;
    const top = gitTopLevel(folder.path);
    if (!top || seen.has(top)) continue;
    seen.add(top);
    out.push({ folder, top });
  }
  return out;
}

export async function stagedFindings(server: OutpostServer): Promise<StagedFindingsResult> {
  const result: StagedFindingsResult = { gitRepository: false, findings: [], filesScanned: 0 };
  for (const { folder, top } of gitFolders(server)) {
    result.gitRepository = true;
    const fc = await server.folderConfig(folder);
    const r = scanStagedFiles(top, fc.config, fc.baseline ? { baseline: fc.baseline } : {});
    result.filesScanned += r.filesScanned;
    for (const f of r.findings) result.findings.push({ uri: uriOf(top, f.path), path: f.path, line: f.line, ruleId: f.ruleId, severity: f.severity, message: f.message });
  }
  return result;
}

export async function historySecrets(server: OutpostServer, params: ScanHistoryParams): Promise<ScanHistoryResult> {
  const candidates = gitFolders(server);
  const hit = params.folder ? candidates.find((c) => c.folder.uri === server.folders.byUri(params.folder!)?.uri) : candidates[0];
  if (!hit) return { gitRepository: false, commits: 0, secrets: [] };
  const fc = await server.folderConfig(hit.folder);
  const r = await scanHistory({ cwd: hit.top, top: hit.top, allRefs: params.allRefs === true, config: fc.config, ...(fc.baseline ? { baseline: fc.baseline } : {}) });
  return {
    gitRepository: true,
    top: hit.top,
    commits: r.commits,
    secrets: r.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      path: f.path,
      line: f.line,
      column: f.column,
      ...f.history,
      ...(existsSync(join(hit.top, f.path)) ? { uri: uriOf(hit.top, f.path) } : {}),
    })),
  };
}

export function registerGitRequests(connection: Connection, server: () => OutpostServer | undefined): void {
  connection.onRequest(StagedFindingsMethod, async (): Promise<StagedFindingsResult> => {
    const s = server();
    if (!s) return { gitRepository: false, findings: [], filesScanned: 0 };
    try {
      return await stagedFindings(s);
    } catch (e) {
      s.log.warn(`Outpost: the staged scan failed: ${describeError(e)}`);
      return { gitRepository: false, findings: [], filesScanned: 0 };
    }
  });
  connection.onRequest(ScanHistoryMethod, async (params: ScanHistoryParams | undefined): Promise<ScanHistoryResult> => {
    const s = server();
    if (!s) return { gitRepository: false, commits: 0, secrets: [] };
    return historySecrets(s, params ?? {});
  });
}
