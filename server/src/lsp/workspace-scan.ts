// The workspace scan: finds the files Outpost understands in every workspace folder (honouring
// .gitignore, files.exclude, outpost.exclude and .outpost.yml ignorePaths), analyses them a few
// at a time, publishes their diagnostics as it goes, and reports work-done progress that the user
// can cancel. Files open in the editor keep their live diagnostics.
import type { CancellationToken, WorkDoneProgressReporter } from 'vscode-languageserver';
import { detectKind } from '../engine/kinds/detect-kind';
import { LineIndex } from '../engine/line-index';
import { readTextFile } from '../node/read-text';
import { walkFiles } from '../node/walk';
import { analyzeDocument, binaryFileDiagnostics, tooLargeDiagnostic } from './analyze-document';
import { inSecretScope } from '../engine/scope/scan-scope';
import { forEachLimited, yieldToEventLoop } from './async-pool';
import { mergeConfig } from './effective-config';
import type { Folder } from './folders';
import type { OutpostServer } from './outpost-server';
import type { ScanWorkspaceResult } from './protocol';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver';
import type { FileKind } from '../engine/types';
import { normaliseUri, uriOfPath } from './uri';
import { CONFIG_FILE_NAMES } from '../engine/config/load-config';
import { BASELINE_FILE } from '../engine/suppress/baseline';
import { INVENTORY_FILE_KINDS } from '../node/workspace-pass';
import { publishWorkspacePass } from './workspace-pass';

/** Reads in flight at once: enough to hide disk latency, few enough to leave the machine usable. */
const CONCURRENCY = 4;
const PROGRESS_INTERVAL_MS = 100;
/** YAML/JSON files may be an Outpost format recognised by content, so they are read to find out. */
const SNIFFABLE = /\.(ya?ml|json)$/i;
const CONTROL_FILES = new Set<string>([...CONFIG_FILE_NAMES, BASELINE_FILE]);

interface Candidate {
  folder: Folder;
  path: string;
  rel: string;
  uri: string;
}

export interface ScanOptions {
  folders: readonly Folder[];
  progress: WorkDoneProgressReporter;
  /** Every token that may cancel the scan (the request's, the progress's). */
  tokens: readonly CancellationToken[];
  /** Include findings the baseline accepts (creating a baseline). */
  ignoreBaseline?: boolean;
  /** Called with every finding that has a fingerprint (creating a baseline). */
  onFingerprint?: (entry: { ruleId: string; fingerprint: string; path: string }) => void;
  /** Publish diagnostics (false when only collecting fingerprints). */
  publish?: boolean;
}

export function emptyResult(): ScanWorkspaceResult {
  return {
    filesScanned: 0,
    findings: 0,
    secretFindings: 0,
    bySeverity: { error: 0, warning: 0, info: 0 },
    filesSkipped: { tooLarge: 0, binary: 0, unreadable: 0 },
    durationMs: 0,
    cancelled: false,
    skippedFolders: [],
  };
}

function count(result: ScanWorkspaceResult, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    result.findings++;
    if (typeof d.code === 'string' && d.code.startsWith('secret/')) result.secretFindings++;
    if (d.severity === DiagnosticSeverity.Error) result.bySeverity.error++;
    else if (d.severity === DiagnosticSeverity.Warning) result.bySeverity.warning++;
    else result.bySeverity.info++;
  }
}

export class Scanner {
  private running: { cancelled: boolean } | undefined;

  constructor(private readonly server: OutpostServer) {}

  get isRunning(): boolean {
    return this.running !== undefined;
  }

  /** Cancels the running scan, if any (a new scan supersedes it). */
  cancelRunning(): void {
    if (this.running) this.running.cancelled = true;
  }

  async scan(opts: ScanOptions): Promise<ScanWorkspaceResult> {
    const publish = opts.publish !== false;
    if (publish) this.cancelRunning();
    const self = { cancelled: false };
    if (publish) this.running = self;
    const stopped = (): boolean => self.cancelled || opts.tokens.some((t) => t.isCancellationRequested);
    const server = this.server;
    const result = emptyResult();
    const started = performance.now();
    if (publish) {
      server.publisher.scanning = true;
      server.publisher.statusChanged(true);
    }
    opts.progress.begin('Outpost: scanning workspace', 0, 'Finding files…', true);
    try {
      // 1. Discover.
      const candidates: Candidate[] = [];
      const contexts = new Map<string, Awaited<ReturnType<Scanner['folderContext']>>>();
      for (const folder of opts.folders) {
        if (stopped()) break;
        if (!folder.path) {
          result.skippedFolders.push(folder.uri);
          continue;
        }
        const ctx = await this.folderContext(folder);
        contexts.set(folder.uri, ctx);
        if (!ctx.enabled) continue;
        for await (const f of walkFiles(folder.path, { extraIgnores: ctx.ignores })) {
          if (stopped()) break;
          if (CONTROL_FILES.has(f.rel)) continue;
          if (!inSecretScope(f.rel, detectKind(f.rel) !== undefined || SNIFFABLE.test(f.rel), ctx.config.scanAllFiles)) continue;
          candidates.push({ folder, path: f.path, rel: f.rel, uri: uriOfPath(f.path) });
        }
      }

      // 2. Analyse, a few files at a time.
      const seen = new Map<string, Set<string>>();
      const inventories = new Map<string, string[]>();
      const noteInventory = (c: Candidate, kind: unknown): void => {
        if (INVENTORY_FILE_KINDS.has(kind as never)) inventories.set(c.folder.uri, [...(inventories.get(c.folder.uri) ?? []), c.rel]);
      };
      let done = 0;
      let lastReport = 0;
      await forEachLimited(candidates, CONCURRENCY, stopped, async (c) => {
        const ctx = contexts.get(c.folder.uri)!;
        const open = server.document(c.uri);
        if (open) {
          // The editor's buffer is the truth for an open document: count its live diagnostics.
          if (publish && !opts.ignoreBaseline) {
            const live = server.publishedFor(c.uri);
            const kind = detectKind(c.rel, open.getText());
            noteInventory(c, kind);
            if (live.length > 0 || kind) {
              result.filesScanned++;
              count(result, live);
              markSeen(seen, c);
            }
          } else {
            noteInventory(c, this.collect(c, open.getText(), ctx, opts, result, seen, publish));
          }
        } else {
          const read = await readTextFile(c.path, ctx.config.maxFileSizeKB * 1024);
          if (stopped()) return;
          if ('skipped' in read) {
            if (read.skipped === 'too-large') {
              result.filesSkipped.tooLarge++;
              if (publish && detectKind(c.rel)) {
                const d = [tooLargeDiagnostic(ctx.config.maxFileSizeKB * 1024 + 1, ctx.config.maxFileSizeKB)];
                server.publisher.publish(c.uri, d);
                markSeen(seen, c);
              }
            } else if (read.skipped === 'binary') {
              result.filesSkipped.binary++;
              this.collectBinary(c, ctx, opts, result, seen, publish);
            } else result.filesSkipped.unreadable++;
          } else {
            noteInventory(c, this.collect(c, read.text, ctx, opts, result, seen, publish));
          }
        }
        done++;
        const now = performance.now();
        if (now - lastReport > PROGRESS_INTERVAL_MS || done === candidates.length) {
          lastReport = now;
          opts.progress.report(Math.floor((done / Math.max(1, candidates.length)) * 100), `${done}/${candidates.length} files`);
        }
        // Analysis is synchronous: give edits, cancellations and other requests their turn.
        await yieldToEventLoop();
      });

      result.cancelled = stopped();
      // 3. Checks across files (an inventory against the tools' config files), once all are known.
      if (!result.cancelled) {
        for (const folder of opts.folders) {
          const rels = inventories.get(folder.uri);
          const ctx = contexts.get(folder.uri);
          if (!rels || !ctx || !folder.path) continue;
          publishWorkspacePass(server, folder.path, rels, { config: ctx.config, baseline: opts.ignoreBaseline ? undefined : ctx.baseline }, { publish, onFingerprint: opts.onFingerprint, count: (d) => count(result, d), seen: (uri) => markSeen(seen, { folder, path: '', rel: '', uri }) });
        }
      }
      if (publish) this.forgetVanished(opts.folders, seen, result.cancelled);
    } finally {
      result.durationMs = Math.round(performance.now() - started);
      opts.progress.done();
      if (publish && this.running === self) {
        this.running = undefined;
        server.publisher.scanning = false;
        if (!result.cancelled || result.filesScanned > 0) server.publisher.filesScanned = result.filesScanned;
        server.publisher.statusChanged(true);
      }
    }
    return result;
  }

  /** A binary file is a finding only by its name (a committed keystore or DER key). */
  private collectBinary(c: Candidate, ctx: FolderContext, opts: ScanOptions, result: ScanWorkspaceResult, seen: Map<string, Set<string>>, publish: boolean): void {
    const { findings, diagnostics } = binaryFileDiagnostics(c.rel, ctx.config, opts.ignoreBaseline ? undefined : ctx.baseline);
    if (findings.length === 0) return;
    count(result, diagnostics);
    if (opts.onFingerprint) {
      for (const f of findings) if (f.fingerprint) opts.onFingerprint({ ruleId: f.ruleId, fingerprint: f.fingerprint, path: c.rel });
    }
    if (publish) {
      this.server.publisher.publish(c.uri, diagnostics);
      markSeen(seen, c);
    }
  }


  /** Analyses one file; returns its kind (the workspace pass needs the inventories). */
  private collect(c: Candidate, text: string, ctx: FolderContext, opts: ScanOptions, result: ScanWorkspaceResult, seen: Map<string, Set<string>>, publish: boolean): FileKind | undefined {
    const server = this.server;
    const analysed = analyzeDocument(
      { uri: c.uri, path: c.rel, text, version: null, config: ctx.config, baseline: opts.ignoreBaseline ? undefined : ctx.baseline, positions: new LineIndex(text) },
      server.log,
    );
    if (!analysed.kind) return undefined;
    result.filesScanned++;
    if (analysed.tooSlow) result.filesSkipped.tooSlow = (result.filesSkipped.tooSlow ?? 0) + 1;
    count(result, analysed.diagnostics);
    if (opts.onFingerprint) {
      for (const f of analysed.findings) if (f.fingerprint) opts.onFingerprint({ ruleId: f.ruleId, fingerprint: f.fingerprint, path: c.rel });
    }
    if (publish) {
      server.publisher.publish(c.uri, analysed.diagnostics);
      markSeen(seen, c);
    }
    return analysed.kind;
  }

  /** Files a previous scan published that this one did not find any more (deleted, now ignored). */
  private forgetVanished(folders: readonly Folder[], seen: Map<string, Set<string>>, cancelled: boolean): void {
    for (const folder of folders) {
      if (!folder.path) continue;
      const now = seen.get(folder.uri) ?? new Set<string>();
      const before = this.server.scannedFiles.get(folder.uri);
      if (cancelled) {
        // Keep what the earlier scan knew plus what this one reached.
        this.server.scannedFiles.set(folder.uri, new Set([...(before ?? []), ...now]));
        continue;
      }
      for (const uri of before ?? []) {
        if (!now.has(uri) && !this.server.document(uri)) this.server.publisher.clear(uri);
      }
      this.server.scannedFiles.set(folder.uri, now);
    }
  }

  private async folderContext(folder: Folder): Promise<FolderContext> {
    const server = this.server;
    const settings = await server.settings.get(folder.uri);
    const fc = await server.folderConfig(folder);
    const config = mergeConfig(fc.config, settings);
    const filesExclude = await server.settings.filesExclude(folder.uri);
    return { enabled: settings.enable, config, baseline: fc.baseline, ignores: [...config.ignorePaths, ...filesExclude] };
  }
}

interface FolderContext {
  enabled: boolean;
  config: ReturnType<typeof mergeConfig>;
  baseline: ReadonlySet<string> | undefined;
  ignores: string[];
}

function markSeen(seen: Map<string, Set<string>>, c: Candidate): void {
  let set = seen.get(c.folder.uri);
  if (!set) seen.set(c.folder.uri, (set = new Set()));
  set.add(normaliseUri(c.uri));
}
