// Workspace folders and what each one configures: `.outpost.yml` and `.outpost-baseline.json` at
// the folder's root, read from the editor's buffer when open (unsaved edits count) else from disk.
// Loaded lazily and cached until a change to one of those files invalidates it.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { withDefaults } from '../engine/config/config';
import type { OutpostConfig } from '../engine/config/config';
import { CONFIG_FILE_NAMES, parseConfig } from '../engine/config/load-config';
import type { ConfigError } from '../engine/config/load-config';
import { BASELINE_FILE, parseBaseline } from '../engine/suppress/baseline';
import { fsPathOf, normaliseUri, relativeInside, uriOfPath } from './uri';
import { restrictConfig } from './restricted-mode';
import type { Restriction } from './restricted-mode';
import { insideFolder } from '../node/inside-folder';

export interface Folder {
  uri: string;
  /** Absolute path on disk; undefined for virtual folders. */
  path: string | undefined;
  name: string;
}

export interface FolderConfig {
  /** `.outpost.yml` as parsed (defaults when absent or invalid). */
  config: OutpostConfig;
  configUri: string | undefined;
  configErrors: ConfigError[];
  baseline: ReadonlySet<string> | undefined;
  baselineUri: string | undefined;
  baselineError: string | undefined;
  /** Restricted Mode: what `.outpost.yml` asked for and was held back (see restricted-mode.ts). */
  restricted?: Restriction['notice'];
}

export type BufferText = (uri: string) => string | undefined;

const EMPTY: FolderConfig = Object.freeze({
  config: withDefaults({}),
  configUri: undefined,
  configErrors: [],
  baseline: undefined,
  baselineUri: undefined,
  baselineError: undefined,
}) as FolderConfig;

/** A control file that is a link to something outside the folder: never read (its content could end up in a message). */
export const OUTSIDE_LINK = 'it is a link to a file outside the workspace folder, which Outpost never reads';

async function readOrBuffer(path: string, buffer: BufferText, root: string): Promise<{ uri: string; text: string; outside?: true } | undefined> {
  const uri = uriOfPath(path);
  const open = buffer(uri);
  if (open !== undefined) return { uri, text: open };
  try {
    if (!(await insideFolder(root, path))) return { uri, text: '', outside: true };
    return { uri, text: await fs.readFile(path, 'utf8') };
  } catch {
    return undefined;
  }
}

export async function loadFolderConfig(folder: Folder, buffer: BufferText, trusted = true): Promise<FolderConfig> {
  if (!folder.path) return EMPTY;
  const out: FolderConfig = { ...EMPTY, configErrors: [] };
  for (const name of CONFIG_FILE_NAMES) {
    const file = await readOrBuffer(join(folder.path, name), buffer, folder.path);
    if (!file) continue;
    out.configUri = file.uri;
    if (file.outside) {
      out.configErrors = [{ message: `${name}: Outpost cannot use this configuration: ${OUTSIDE_LINK}.`, line: 1, column: 1 }];
      break;
    }
    const parsed = parseConfig(file.text, name);
    out.config = parsed.config;
    out.configErrors = parsed.errors;
    if (!trusted) {
      const r = restrictConfig(parsed.config, file.text);
      out.config = r.config;
      if (r.notice) out.restricted = r.notice;
    }
    break;
  }
  const base = await readOrBuffer(join(folder.path, BASELINE_FILE), buffer, folder.path);
  if (base?.outside) {
    out.baselineUri = base.uri;
    out.baselineError = OUTSIDE_LINK;
  } else if (base) {
    out.baselineUri = base.uri;
    try {
      out.baseline = parseBaseline(base.text);
    } catch (e) {
      out.baselineError = (e as Error).message;
    }
  }
  return out;
}

export class WorkspaceFolders {
  private list: Folder[] = [];
  private readonly configs = new Map<string, Promise<FolderConfig>>();

  constructor(
    private readonly buffer: BufferText,
    /** Whether the workspace is trusted (Restricted Mode otherwise); read at each load. */
    private readonly trusted: () => boolean = () => true,
  ) {}

  set(folders: readonly { uri: string; name: string }[]): void {
    this.list = folders.map((f) => ({ uri: normaliseUri(f.uri), path: fsPathOf(f.uri), name: f.name }));
    // Longest path first so nested folders win in folderOf.
    this.list.sort((a, b) => (b.path?.length ?? 0) - (a.path?.length ?? 0));
    for (const key of [...this.configs.keys()]) if (!this.list.some((f) => f.uri === key)) this.configs.delete(key);
  }

  add(folders: readonly { uri: string; name: string }[]): void {
    this.set([...this.list, ...folders]);
  }

  remove(uris: readonly string[]): void {
    const gone = new Set(uris.map(normaliseUri));
    this.set(this.list.filter((f) => !gone.has(f.uri)));
  }

  all(): readonly Folder[] {
    return this.list;
  }

  byUri(uri: string): Folder | undefined {
    const key = normaliseUri(uri);
    return this.list.find((f) => f.uri === key);
  }

  /** The innermost workspace folder holding a document, with its path relative to the folder. */
  folderOf(uri: string): { folder: Folder; rel: string } | undefined {
    const path = fsPathOf(uri);
    if (path) {
      for (const folder of this.list) {
        if (!folder.path) continue;
        const rel = relativeInside(folder.path, path);
        if (rel !== undefined) return { folder, rel };
      }
      return undefined;
    }
    const key = normaliseUri(uri);
    for (const folder of this.list) {
      if (!folder.path && key.startsWith(folder.uri.endsWith('/') ? folder.uri : folder.uri + '/')) {
        return { folder, rel: decodeURIComponent(key.slice(folder.uri.length).replace(/^\//, '')) };
      }
    }
    return undefined;
  }

  config(folder: Folder): Promise<FolderConfig> {
    let p = this.configs.get(folder.uri);
    if (!p) {
      p = loadFolderConfig(folder, this.buffer, this.trusted());
      this.configs.set(folder.uri, p);
    }
    return p;
  }

  invalidate(folder: Folder): void {
    this.configs.delete(folder.uri);
  }

  /** Forgets every folder's configuration (workspace trust changed). */
  invalidateAll(): void {
    this.configs.clear();
  }

  /** True when `uri` is a folder's `.outpost.yml` or baseline (their diagnostics come from loading them). */
  isControlFile(uri: string): Folder | undefined {
    const hit = this.folderOf(uri);
    if (!hit) return undefined;
    return [...CONFIG_FILE_NAMES, BASELINE_FILE].includes(hit.rel as never) ? hit.folder : undefined;
  }
}
