// Writes a folder's `.outpost-baseline.json`. When the editor has the file open, the change goes
// through workspace/applyEdit so the open buffer (and its undo history) gets it; otherwise the
// server writes the file itself, which the editor's file watcher then reports back.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { BASELINE_FILE, parseBaselineFile, serializeBaseline } from '../engine/suppress/baseline';
import type { BaselineEntry, BaselineFile } from '../engine/suppress/baseline';
import type { Folder } from './folders';
import type { OutpostServer } from './outpost-server';
import type { BaselineWriteResult } from './protocol';
import { uriOfPath } from './uri';

export class BaselineWriteError extends Error {}

async function currentText(server: OutpostServer, path: string, uri: string): Promise<string | undefined> {
  const open = server.bufferText(uri);
  if (open !== undefined) return open;
  try {
    return await fs.readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

async function write(server: OutpostServer, connection: Connection, canApplyEdit: boolean, path: string, uri: string, content: string): Promise<void> {
  const doc = server.document(uri);
  if (doc && canApplyEdit) {
    const end = doc.positionAt(doc.getText().length);
    const res = await connection.workspace.applyEdit({
      label: 'Outpost: update the baseline',
      edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: [{ range: { start: { line: 0, character: 0 }, end }, newText: content }] }] },
    });
    if (res.applied) return;
    server.log.warn(`Outpost: the editor did not apply the baseline edit (${res.failureReason ?? 'no reason given'}); writing ${path} directly.`);
  }
  await fs.writeFile(path, content, 'utf8');
}

/** Adds entries to the folder's baseline (keeping what it has) or, with `replace`, writes exactly these. */
export async function writeBaseline(
  server: OutpostServer,
  connection: Connection,
  canApplyEdit: boolean,
  folder: Folder,
  entries: readonly BaselineEntry[],
  replace: boolean,
): Promise<BaselineWriteResult> {
  if (!folder.path) throw new BaselineWriteError(`${folder.name} is not a folder on disk, so Outpost cannot write a baseline there.`);
  const path = join(folder.path, BASELINE_FILE);
  const uri = uriOfPath(path);
  let previous: BaselineFile | undefined;
  if (!replace) {
    const text = await currentText(server, path, uri);
    if (text !== undefined && text.trim() !== '') {
      try {
        previous = parseBaselineFile(text);
      } catch (e) {
        throw new BaselineWriteError(`${BASELINE_FILE} in ${folder.name} is not a valid baseline (${(e as Error).message}); fix or delete it first.`);
      }
    }
  }
  const content = serializeBaseline(entries, previous);
  await write(server, connection, canApplyEdit, path, uri, content);
  await server.reloadFolder(folder, false);
  return { path, uri, entries: (JSON.parse(content) as BaselineFile).findings.length };
}
