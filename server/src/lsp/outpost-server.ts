// The server's state and the document lifecycle: which settings and configuration apply to a
// document, when it is analysed (at once on open, debounced after changes, never with a result
// for a version that has moved on), and what happens on close. Requests that act on the
// workspace (scans, code actions, commands, watched files) live in their own modules and reach
// this state through the OutpostServer instance.
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { withDefaults } from '../engine/config/config';
import type { OutpostConfig } from '../engine/config/config';
import { LineIndex } from '../engine/line-index';
import { readTextFile } from '../node/read-text';
import { insideFolder } from '../node/inside-folder';
import { analyzeDocument, binaryFileDiagnostics, tooLargeDiagnostic } from './analyze-document';
import type { DocumentResult } from './analyze-document';
import { serverDiagnostic } from './diagnostics';
import { isExcluded, mergeConfig } from './effective-config';
import { WorkspaceFolders } from './folders';
import type { Folder, FolderConfig } from './folders';
import type { Logger } from './log';
import { describeError } from './log';
import { ServerCodes, TimingNotificationMethod } from './protocol';
import type { TimingParams } from './protocol';
import { Publisher } from './publisher';
import { DEFAULT_SETTINGS, SettingsStore } from './settings';
import type { OutpostSettings } from './settings';
import { fsPathOf, normaliseUri, uriPath } from './uri';

export interface ServerOptions {
  canPullConfiguration: () => boolean;
  initialSettings: unknown;
  reportTimings: boolean;
  /** Whether the workspace is trusted; false = Restricted Mode (see restricted-mode.ts). */
  trusted?: boolean;
}

export interface Resolved {
  folder: Folder | undefined;
  /** Path given to the engine: folder-relative when inside a workspace folder. */
  path: string;
  settings: OutpostSettings;
  folderConfig: FolderConfig | undefined;
  config: OutpostConfig;
  /** Matched by `outpost.exclude` or `.outpost.yml` ignorePaths. */
  excluded: boolean;
}

const CONTROL_FILE_DEBOUNCE_MS = 300;

export class OutpostServer {
  readonly folders: WorkspaceFolders;
  readonly settings: SettingsStore;
  readonly publisher: Publisher;
  /** Files (URIs) published by the last scan of each folder. */
  readonly scannedFiles = new Map<string, Set<string>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly received = new Map<string, { version: number; at: number }>();
  private readonly debounceByUri = new Map<string, number>();
  private readonly controlTimers = new Map<string, NodeJS.Timeout>();
  private readonly publishedControl = new WeakSet<FolderConfig>();
  /** False in VS Code's Restricted Mode until the user trusts the workspace. */
  private trusted: boolean;
  /** Set by the scan module: rescans a folder that was scanned before (after a config change). */
  rescan: (folder: Folder) => void = () => undefined;

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    readonly log: Logger,
    readonly options: ServerOptions,
  ) {
    this.trusted = options.trusted !== false;
    this.folders = new WorkspaceFolders(
      (uri) => this.bufferText(uri),
      () => this.trusted,
    );
    this.settings = new SettingsStore(connection, options.canPullConfiguration, options.initialSettings);
    this.publisher = new Publisher(connection);
  }

  /** The open buffer's text for a URI, if the editor has it open. */
  bufferText(uri: string): string | undefined {
    return this.document(uri)?.getText();
  }

  document(uri: string): TextDocument | undefined {
    return this.documents.get(uri) ?? this.documents.get(normaliseUri(uri)) ?? this.documents.all().find((d) => normaliseUri(d.uri) === normaliseUri(uri));
  }

  /** The folder's `.outpost.yml` and baseline; publishes their own problems the first time they load. */
  async folderConfig(folder: Folder): Promise<FolderConfig> {
    const fc = await this.folders.config(folder);
    if (!this.publishedControl.has(fc)) {
      this.publishedControl.add(fc);
      this.publishControlDiagnostics(fc);
    }
    return fc;
  }

  private publishControlDiagnostics(fc: FolderConfig): void {
    if (fc.configUri) {
      const name = fc.configUri.slice(fc.configUri.lastIndexOf('/') + 1);
      const diagnostics = fc.configErrors.map((e) => {
        const message = e.message.startsWith(`${name}: `) ? e.message.slice(name.length + 2) : e.message;
        return serverDiagnostic(ServerCodes.configError, `${message} Outpost uses its defaults until this is fixed.`, 'error', Math.max(0, e.line - 1), Math.max(0, e.column - 1));
      });
      if (fc.restricted) diagnostics.push(serverDiagnostic(ServerCodes.restrictedMode, fc.restricted.message, 'info', fc.restricted.line, fc.restricted.character));
      this.publisher.publish(fc.configUri, diagnostics);
    }
    if (fc.baselineUri) {
      this.publisher.publish(
        fc.baselineUri,
        fc.baselineError ? [serverDiagnostic(ServerCodes.baselineError, `Outpost cannot use this baseline: ${fc.baselineError}. Until it is fixed every finding is reported.`, 'error')] : [],
      );
    }
  }

  async resolve(uri: string): Promise<Resolved> {
    const hit = this.folders.folderOf(uri);
    const settings = await this.settings.get(uri);
    const folderConfig = hit ? await this.folderConfig(hit.folder) : undefined;
    const config = mergeConfig(folderConfig?.config ?? withDefaults({}), settings);
    this.debounceByUri.set(normaliseUri(uri), settings.debounceMs);
    return {
      folder: hit?.folder,
      path: hit ? hit.rel : (fsPathOf(uri) ?? uriPath(uri)),
      settings,
      folderConfig,
      config,
      excluded: hit ? isExcluded(hit.rel, config.ignorePaths) : false,
    };
  }

  // ---- document lifecycle -------------------------------------------------------------

  onOpen(doc: TextDocument): void {
    this.received.set(normaliseUri(doc.uri), { version: doc.version, at: performance.now() });
    if (this.folders.isControlFile(doc.uri)) return;
    this.schedule(doc.uri, 0);
  }

  onChange(doc: TextDocument): void {
    const key = normaliseUri(doc.uri);
    this.received.set(key, { version: doc.version, at: performance.now() });
    const folder = this.folders.isControlFile(doc.uri);
    if (folder) {
      this.controlFileChanged(folder);
      return;
    }
    this.schedule(doc.uri, this.debounceByUri.get(key) ?? DEFAULT_SETTINGS.debounceMs);
  }

  onClose(uri: string): void {
    const key = normaliseUri(uri);
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
    this.received.delete(key);
    this.debounceByUri.delete(key);
    const folder = this.folders.isControlFile(uri);
    if (folder) {
      this.controlFileChanged(folder);
      return;
    }
    // A scanned file keeps its on-disk findings in the Problems panel; anything else is cleared.
    if (this.wasScanned(key)) void this.refreshFromDisk(key);
    else this.publisher.clear(key);
  }

  wasScanned(uri: string): boolean {
    for (const set of this.scannedFiles.values()) if (set.has(uri)) return true;
    return false;
  }

  private schedule(uri: string, delayMs: number): void {
    const key = normaliseUri(uri);
    const old = this.timers.get(key);
    if (old) clearTimeout(old);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.validate(uri).catch((e) => this.log.error(`Outpost: analysing ${uri} failed: ${describeError(e)}`));
      }, delayMs),
    );
  }

  /** Analyses the open document and publishes, unless its version moves on meanwhile. */
  async validate(uri: string): Promise<void> {
    const doc = this.document(uri);
    if (!doc) return;
    const version = doc.version;
    const key = normaliseUri(uri);
    const startedQueue = this.received.get(key);
    const r = await this.resolve(uri);
    const current = this.document(uri);
    if (!current || current.version !== version) return; // a newer version has its own validation queued
    if (!r.settings.enable || r.excluded) {
      this.publisher.publish(doc.uri, [], version);
      return;
    }
    const queuedAt = performance.now();
    const result = this.analyzeOpen(doc, r);
    this.publisher.publish(doc.uri, result.diagnostics, version);
    if (this.options.reportTimings && startedQueue && startedQueue.version === version) {
      const now = performance.now();
      const timing: TimingParams = { uri: doc.uri, version, analyzeMs: result.analyzeMs, queuedMs: queuedAt - startedQueue.at, totalMs: now - startedQueue.at };
      void this.connection.sendNotification(TimingNotificationMethod, timing);
    }
  }

  analyzeOpen(doc: TextDocument, r: Resolved): DocumentResult {
    return analyzeDocument(
      { uri: doc.uri, path: r.path, text: doc.getText(), version: doc.version, config: r.config, baseline: r.folderConfig?.baseline, positions: doc },
      this.log,
    );
  }

  /** Re-reads a file that is not open and publishes its findings (watched files, closing a scanned file). */
  async refreshFromDisk(uri: string): Promise<void> {
    const path = fsPathOf(uri);
    if (!path || this.document(uri)) return;
    const r = await this.resolve(uri);
    if (!r.settings.enable || r.excluded || this.folders.isControlFile(uri)) {
      this.publisher.clear(uri);
      return;
    }
    // A link out of the workspace is never read (its content must not reach a diagnostic).
    if (r.folder?.path && !(await insideFolder(r.folder.path, path))) {
      this.publisher.clear(uri);
      return;
    }
    const read = await readTextFile(path, r.config.maxFileSizeKB * 1024);
    if (this.document(uri)) return; // opened meanwhile: the buffer wins
    if ('skipped' in read) {
      if (read.skipped === 'too-large') this.publisher.publish(uri, [tooLargeDiagnostic(r.config.maxFileSizeKB * 1024 + 1, r.config.maxFileSizeKB)]);
      else if (read.skipped === 'binary') {
        const binary = binaryFileDiagnostics(r.path, r.config, r.folderConfig?.baseline);
        if (binary.diagnostics.length > 0) this.publisher.publish(uri, binary.diagnostics);
        else this.publisher.clear(uri);
      } else this.publisher.clear(uri);
      return;
    }
    const result = analyzeDocument({ uri, path: r.path, text: read.text, version: null, config: r.config, baseline: r.folderConfig?.baseline, positions: new LineIndex(read.text) }, this.log);
    if (!result.kind) {
      this.publisher.clear(uri);
      return;
    }
    this.publisher.publish(uri, result.diagnostics);
  }

  /** Re-analyses every open document (after a settings or configuration change). */
  revalidateOpen(folder?: Folder): void {
    for (const doc of this.documents.all()) {
      if (this.folders.isControlFile(doc.uri)) continue;
      if (folder && this.folders.folderOf(doc.uri)?.folder.uri !== folder.uri) continue;
      this.schedule(doc.uri, 0);
    }
  }

  /** `.outpost.yml` or the baseline changed (buffer or disk): reload, re-validate, rescan if it was scanned. */
  controlFileChanged(folder: Folder): void {
    const old = this.controlTimers.get(folder.uri);
    if (old) clearTimeout(old);
    this.controlTimers.set(
      folder.uri,
      setTimeout(() => {
        this.controlTimers.delete(folder.uri);
        this.reloadFolder(folder, true).catch((e) => this.log.error(`Outpost: reloading the configuration of ${folder.name} failed: ${describeError(e)}`));
      }, CONTROL_FILE_DEBOUNCE_MS),
    );
  }

  async reloadFolder(folder: Folder, onlyIfChanged: boolean): Promise<void> {
    const before = await this.folders.config(folder);
    this.folders.invalidate(folder);
    const after = await this.folderConfig(folder);
    if (onlyIfChanged && sameFolderConfig(before, after)) return;
    this.log.info(`Outpost: configuration of ${folder.name} reloaded; checking its files again.`);
    this.revalidateOpen(folder);
    if (this.scannedFiles.has(folder.uri)) this.rescan(folder);
  }

  /** The user trusted the workspace: load every folder's configuration again, in full, and check everything again. */
  workspaceTrusted(): void {
    if (this.trusted) return;
    this.trusted = true;
    this.log.info('Outpost: the workspace is trusted now; using the whole of .outpost.yml.');
    this.folders.invalidateAll();
    this.revalidateOpen();
    for (const folder of this.folders.all()) {
      void this.folderConfig(folder);
      if (this.scannedFiles.has(folder.uri)) this.rescan(folder);
    }
  }

  /** After a settings change: everything again. */
  settingsChanged(settings: unknown): void {
    this.settings.changed(settings);
    this.debounceByUri.clear();
    this.revalidateOpen();
    for (const folder of this.folders.all()) if (this.scannedFiles.has(folder.uri)) this.rescan(folder);
  }

  publishedFor(uri: string): readonly Diagnostic[] {
    return this.publisher.get(normaliseUri(uri));
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const t of this.controlTimers.values()) clearTimeout(t);
    this.publisher.dispose();
  }
}

function sameFolderConfig(a: FolderConfig, b: FolderConfig): boolean {
  const key = (f: FolderConfig): string =>
    JSON.stringify([f.config, f.configErrors, f.baselineError, f.baseline ? [...f.baseline].sort() : null]);
  return key(a) === key(b);
}
