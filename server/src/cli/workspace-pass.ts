// The CLI's side of the workspace pass (node/workspace-pass.ts): reads the inventories the scan
// found and the config files they name from disk (relative to the scan root), and turns the
// findings into located findings like every other file's.
import { join } from 'node:path';
import type { OutpostConfig } from '../engine/config/config';
import { LineIndex } from '../engine/line-index';
import { readTextFileSync } from '../node/read-text';
import type { ScanJob } from '../node/scan-job';
import { runWorkspacePass } from '../node/workspace-pass';
import type { LocatedFinding } from './scan-files';

export function runCliWorkspacePass(inventories: readonly ScanJob[], jobs: readonly ScanJob[], display: ReadonlyMap<string, string>, root: string, config: OutpostConfig, maxBytes: number, baseline: ReadonlySet<string> | undefined): LocatedFinding[] {
  if (inventories.length === 0) return [];
  const byRel = new Map(jobs.map((j) => [j.rel, j]));
  const found = runWorkspacePass({
    inventories: inventories.map((j) => j.rel),
    read: (rel) => {
      const r = readTextFileSync(byRel.get(rel)?.path ?? join(root, rel), maxBytes);
      return 'text' in r ? r.text : undefined;
    },
    config,
    ...(baseline ? { baseline } : {}),
  });
  const out: LocatedFinding[] = [];
  for (const [rel, { text, findings }] of found) {
    const job = byRel.get(rel);
    const path = (job && display.get(job.path)) ?? rel;
    const lines = new LineIndex(text);
    for (const f of findings) {
      const a = lines.positionAt(f.range.start);
      const b = lines.positionAt(f.range.end);
      out.push({ ...f, path, rootPath: rel, line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 });
    }
  }
  return out;
}

/** `extra` merged into `findings`: each file's findings stay together, in line order. */
export function mergeLocated(findings: readonly LocatedFinding[], extra: readonly LocatedFinding[]): LocatedFinding[] {
  if (extra.length === 0) return [...findings];
  const touched = new Set(extra.map((f) => f.path));
  const groups = new Map<string, LocatedFinding[]>();
  const out: (LocatedFinding | string)[] = [];
  for (const f of [...findings, ...extra]) {
    if (!touched.has(f.path)) {
      out.push(f);
      continue;
    }
    let g = groups.get(f.path);
    if (!g) {
      groups.set(f.path, (g = []));
      out.push(f.path);
    }
    g.push(f);
  }
  return out.flatMap((x) => (typeof x === 'string' ? groups.get(x)!.sort((a, b) => a.line - b.line || a.column - b.column) : [x]));
}
