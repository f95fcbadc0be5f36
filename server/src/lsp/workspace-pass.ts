// The language server's side of the workspace pass (node/workspace-pass.ts), run by the workspace
// scan once every file is analysed: files open in the editor are read from their buffer, others
// from disk; the cross-file findings are added to what each file already shows.
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import type { OutpostConfig } from '../engine/config/config';
import { LineIndex } from '../engine/line-index';
import { CONTRADICTS_CONFIG } from '../engine/workspace/inventory-cross-check';
import { readTextFileSync } from '../node/read-text';
import { runWorkspacePass } from '../node/workspace-pass';
import { findingToDiagnostic } from './diagnostics';
import type { OutpostServer } from './outpost-server';
import { uriOfPath } from './uri';

/** Rule ids only the workspace pass reports: a file's own analysis never has them. */
const PASS_RULES = new Set<string>([CONTRADICTS_CONFIG]);

export interface PassSinks {
  publish: boolean;
  onFingerprint: ((entry: { ruleId: string; fingerprint: string; path: string }) => void) | undefined;
  count: (diagnostics: readonly Diagnostic[]) => void;
  seen: (uri: string) => void;
}

export function publishWorkspacePass(server: OutpostServer, folderPath: string, inventories: readonly string[], s: { config: OutpostConfig; baseline: ReadonlySet<string> | undefined }, sinks: PassSinks): void {
  const maxBytes = s.config.maxFileSizeKB * 1024;
  const found = runWorkspacePass({
    inventories,
    read: (rel) => {
      const open = server.document(uriOfPath(join(folderPath, rel)));
      if (open) return open.getText();
      const r = readTextFileSync(join(folderPath, rel), maxBytes);
      return 'text' in r ? r.text : undefined;
    },
    config: s.config,
    ...(s.baseline ? { baseline: s.baseline } : {}),
  });
  for (const [rel, { text, findings }] of found) {
    const uri = uriOfPath(join(folderPath, rel));
    const open = server.document(uri);
    const version = open && open.getText() === text ? open.version : null;
    const lines = new LineIndex(text);
    const added = findings.map((f) => findingToDiagnostic(f, lines, version));
    sinks.count(added);
    if (sinks.onFingerprint) for (const f of findings) if (f.fingerprint) sinks.onFingerprint({ ruleId: f.ruleId, fingerprint: f.fingerprint, path: rel });
    if (!sinks.publish) continue;
    const kept = server.publishedFor(uri).filter((d) => !PASS_RULES.has(String(d.code)));
    server.publisher.publish(uri, [...kept, ...added], ...(version !== null ? [version] : []));
    sinks.seen(uri);
  }
}
