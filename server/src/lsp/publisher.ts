// Every diagnostic the server has published, by URI, so it can report totals (`outpost/status`)
// and clear what it published before. Status updates are coalesced: a scan publishes hundreds
// of files and the status bar needs a handful of updates, not hundreds.
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { StatusNotificationMethod } from './protocol';
import { normaliseUri } from './uri';
import type { StatusParams } from './protocol';

const STATUS_INTERVAL_MS = 200;

export class Publisher {
  private readonly published = new Map<string, Diagnostic[]>();
  private statusTimer: NodeJS.Timeout | undefined;
  private lastStatus = '';
  filesScanned = 0;
  scanning = false;

  constructor(private readonly connection: Connection) {}

  publish(uri: string, diagnostics: Diagnostic[], version?: number): void {
    const key = normaliseUri(uri);
    if (diagnostics.length === 0 && !this.published.has(key)) {
      // Still tell the client: it may hold diagnostics from a previous server run.
      void this.connection.sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics });
      return;
    }
    if (diagnostics.length === 0) this.published.delete(key);
    else this.published.set(key, diagnostics);
    void this.connection.sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics });
    this.statusChanged();
  }

  clear(uri: string): void {
    if (!this.published.has(normaliseUri(uri))) return;
    this.publish(uri, []);
  }

  has(uri: string): boolean {
    return this.published.has(normaliseUri(uri));
  }

  uris(): string[] {
    return [...this.published.keys()];
  }

  get(uri: string): readonly Diagnostic[] {
    return this.published.get(normaliseUri(uri)) ?? [];
  }

  status(): StatusParams {
    const s: StatusParams = { secretFindings: 0, findings: 0, filesWithFindings: 0, bySeverity: { error: 0, warning: 0, info: 0 }, filesScanned: this.filesScanned, scanning: this.scanning };
    for (const list of this.published.values()) {
      let n = 0;
      for (const d of list) {
        n++;
        if (typeof d.code === 'string' && d.code.startsWith('secret/')) s.secretFindings++;
        if (d.severity === DiagnosticSeverity.Error) s.bySeverity.error++;
        else if (d.severity === DiagnosticSeverity.Warning) s.bySeverity.warning++;
        else s.bySeverity.info++;
      }
      s.findings += n;
      if (n > 0) s.filesWithFindings++;
    }
    return s;
  }

  /** URIs under a folder URI prefix (a deleted folder clears everything below it). */
  urisUnder(prefix: string): string[] {
    const p = normaliseUri(prefix).replace(/\/?$/, '/');
    return [...this.published.keys()].filter((u) => u.startsWith(p));
  }

  /** Schedules an `outpost/status` notification (at most one per interval, only when totals changed). */
  statusChanged(immediately = false): void {
    if (immediately) {
      if (this.statusTimer) clearTimeout(this.statusTimer);
      this.statusTimer = undefined;
      this.sendStatus();
      return;
    }
    if (this.statusTimer) return;
    this.statusTimer = setTimeout(() => {
      this.statusTimer = undefined;
      this.sendStatus();
    }, STATUS_INTERVAL_MS);
  }

  private sendStatus(): void {
    const s = this.status();
    const key = JSON.stringify(s);
    if (key === this.lastStatus) return;
    this.lastStatus = key;
    void this.connection.sendNotification(StatusNotificationMethod, s);
  }

  dispose(): void {
    if (this.statusTimer) clearTimeout(this.statusTimer);
  }
}
