// workspace/didChangeWatchedFiles: keeps the Problems panel right without a rescan. A created or
// changed file that a scan would cover is analysed again, a deleted one (or everything under a
// deleted folder) is cleared, and a change to `.outpost.yml`, the baseline or a `.gitignore`
// reloads that folder's configuration.
import { FileChangeType } from 'vscode-languageserver';
import type { FileEvent } from 'vscode-languageserver';
import { CONFIG_FILE_NAMES } from '../engine/config/load-config';
import { BASELINE_FILE } from '../engine/suppress/baseline';
import { detectKind } from '../engine/kinds/detect-kind';
import { inSecretScope } from '../engine/scope/scan-scope';
import type { OutpostServer } from './outpost-server';
import { mergeConfig } from './effective-config';
import { outsideScan } from './scan-excludes';
import { normaliseUri } from './uri';

const SNIFFABLE = /\.(ya?ml|json)$/i;

export async function watchedFilesChanged(server: OutpostServer, changes: readonly FileEvent[]): Promise<void> {
  const reloaded = new Set<string>();
  for (const change of changes) {
    const uri = normaliseUri(change.uri);
    const hit = server.folders.folderOf(uri);
    const name = uri.slice(uri.lastIndexOf('/') + 1);
    if (hit && ([...CONFIG_FILE_NAMES, BASELINE_FILE] as string[]).includes(hit.rel)) {
      if (!reloaded.has(hit.folder.uri)) {
        reloaded.add(hit.folder.uri);
        server.controlFileChanged(hit.folder);
      }
      continue;
    }
    if (hit && name === '.gitignore') {
      if (server.scannedFiles.has(hit.folder.uri)) server.rescan(hit.folder);
      continue;
    }
    if (change.type === FileChangeType.Deleted) {
      for (const u of [uri, ...server.publisher.urisUnder(uri)]) {
        if (server.document(u)) continue;
        server.publisher.clear(u);
        for (const set of server.scannedFiles.values()) set.delete(u);
      }
      continue;
    }
    if (server.document(uri)) continue; // the editor's buffer is the truth for open documents
    const known = server.publisher.has(uri) || server.wasScanned(uri);
    if (!hit || (!known && !server.scannedFiles.has(hit.folder.uri))) continue;
    const settings = await server.settings.get(hit.folder.uri);
    const config = mergeConfig((await server.folderConfig(hit.folder)).config, settings);
    if (!inSecretScope(hit.rel, detectKind(hit.rel) !== undefined || SNIFFABLE.test(hit.rel), config.scanAllFiles)) continue;
    const patterns = [...config.ignorePaths, ...(await server.settings.filesExclude(hit.folder.uri))];
    if (hit.folder.path && (await outsideScan(hit.folder.path, hit.rel, patterns))) {
      server.publisher.clear(uri);
      continue;
    }
    await server.refreshFromDisk(uri);
    if (server.publisher.has(uri)) {
      let set = server.scannedFiles.get(hit.folder.uri);
      if (!set) server.scannedFiles.set(hit.folder.uri, (set = new Set()));
      set.add(uri);
    }
  }
}
