// `outpost/posture`: the posture model of the workspace as the server knows it — the findings it
// has published (workspace scan + open documents, exactly what the Problems panel shows) and the
// assets of the inventories among the scanned and open files (the open buffer wins over the disk).
// Inventory files read from disk are cached by modification time, so asking again after every
// change of the diagnostics costs a stat per candidate file.
import { stat } from 'node:fs/promises';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver';
import type { Severity } from '../engine/types';
import { readTextFile } from '../node/read-text';
import { buildPosture } from '../report/posture-model';
import type { LocatedAsset, PostureFinding } from '../report/posture-model';
import { configuredReviewDays, locateAssets } from '../report/locate-assets';
import type { OutpostServer } from './outpost-server';
import type { DiagnosticData, PostureResult } from './protocol';
import { fsPathOf, normaliseUri } from './uri';

const INVENTORY_CANDIDATE = /\.(ya?ml|json|csv)$/i;
const MAX_BYTES = 1024 * 1024;

const SEVERITY: Record<number, Severity> = { [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning' };

export class PostureProvider {
  private readonly cache = new Map<string, { mtimeMs: number; size: number; path: string; assets: LocatedAsset[] }>();

  constructor(private readonly server: OutpostServer) {}

  /** Folder-relative path, prefixed with the folder's name when the workspace has several. */
  private pathOf(uri: string): string | undefined {
    const hit = this.server.folders.folderOf(uri);
    if (!hit) return undefined;
    const rel = hit.rel.split('\\').join('/');
    return this.server.folders.all().length > 1 ? `${hit.folder.name}/${rel}` : rel;
  }

  private async assetsOf(uri: string, path: string): Promise<LocatedAsset[]> {
    const doc = this.server.document(uri);
    if (doc) return locateAssets(path, doc.getText());
    const fsPath = fsPathOf(uri);
    if (!fsPath) return [];
    try {
      const s = await stat(fsPath);
      const hit = this.cache.get(uri);
      if (hit && hit.mtimeMs === s.mtimeMs && hit.size === s.size && hit.path === path) return hit.assets;
      const read = await readTextFile(fsPath, MAX_BYTES);
      const assets = 'text' in read ? locateAssets(path, read.text) : [];
      this.cache.set(uri, { mtimeMs: s.mtimeMs, size: s.size, path, assets });
      return assets;
    } catch {
      this.cache.delete(uri); // deleted since the scan
      return [];
    }
  }

  async posture(now = new Date()): Promise<PostureResult> {
    const uris: Record<string, string> = {};
    const candidates = new Set<string>();
    for (const set of this.server.scannedFiles.values()) for (const u of set) candidates.add(normaliseUri(u));
    for (const d of this.server.documents.all()) candidates.add(normaliseUri(d.uri));
    const files = new Set<string>();
    const assets: LocatedAsset[] = [];
    for (const uri of candidates) {
      const path = this.pathOf(uri);
      if (path === undefined) continue;
      files.add(path);
      uris[path] = uri;
      if (INVENTORY_CANDIDATE.test(path)) assets.push(...(await this.assetsOf(uri, path)));
    }
    const findings: PostureFinding[] = [];
    for (const uri of this.server.publisher.uris()) {
      const path = this.pathOf(uri) ?? uri;
      uris[path] = uri;
      for (const d of this.server.publisher.get(uri)) findings.push(toFinding(d, path));
    }
    assets.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
    const folders = this.server.folders.all();
    const first = folders[0];
    const defaultReviewDays = first ? configuredReviewDays((await this.server.folderConfig(first)).config) : undefined;
    const model = buildPosture({
      workspace: folders.map((f) => f.name).join(', ') || 'workspace',
      now,
      assets,
      findings,
      files,
      ...(defaultReviewDays ? { defaultReviewDays } : {}),
    });
    return { model, uris, scanned: this.server.scannedFiles.size > 0 };
  }
}

function toFinding(d: Diagnostic, path: string): PostureFinding {
  const f: PostureFinding = {
    ruleId: typeof d.code === 'string' ? d.code : String(d.code ?? 'outpost'),
    severity: SEVERITY[d.severity ?? DiagnosticSeverity.Information] ?? 'info',
    message: d.message,
    path,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
  };
  const fp = (d.data as DiagnosticData | undefined)?.fingerprint;
  if (fp) f.fingerprint = fp;
  return f;
}
