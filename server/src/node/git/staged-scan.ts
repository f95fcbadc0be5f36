// The staged scan shared by the CLI (`outpost scan --staged`) and the language server (the
// status bar's staged count): every added or modified file of the index, its staged blob
// analysed as a named file (kind from its top-relative path, secrets whatever the kind).
import ignore from 'ignore';
import type { OutpostConfig } from '../../engine/config/config';
import { detectKind } from '../../engine/kinds/detect-kind';
import { analyzeText, looksBinary } from '../analyze-text';
import type { PositionedFinding } from '../scan-job';
import type { SkipReason } from '../read-text';
import { readBlobs } from './blobs';
import { stagedEntries } from './staged';

export interface StagedScan {
  findings: (PositionedFinding & { path: string })[];
  skipped: { path: string; reason: SkipReason; detail: string }[];
  failures: { path: string; ruleId: string; message: string }[];
  filesScanned: number;
  bytesScanned: number;
}

export function scanStagedFiles(top: string, config: OutpostConfig, opts: { baseline?: ReadonlySet<string>; wanted?: (path: string) => boolean } = {}): StagedScan {
  const out: StagedScan = { findings: [], skipped: [], failures: [], filesScanned: 0, bytesScanned: 0 };
  const ignored = ignore().add([...config.ignorePaths]);
  const entries = stagedEntries(top).filter((e) => (opts.wanted ? opts.wanted(e.path) : true) && !ignored.ignores(e.path));
  const files = entries.filter((e) => {
    if (e.mode === '160000') {
      out.skipped.push({ path: e.path, reason: 'unreadable', detail: 'is a submodule (its own repository is scanned on its own)' });
      return false;
    }
    return true;
  });
  const blobs = readBlobs(top, files.map((e) => e.oid), config.maxFileSizeKB * 1024);
  const named = { ...config, scanAllFiles: true };
  files.forEach((e, i) => {
    const b = blobs[i]!;
    if ('tooLarge' in b) return void out.skipped.push({ path: e.path, reason: 'too-large', detail: `is ${Math.ceil(b.tooLarge / 1024)} KB, over the ${config.maxFileSizeKB} KB limit` });
    if ('missing' in b) return void out.skipped.push({ path: e.path, reason: 'unreadable', detail: 'has no staged content git could read' });
    // A staged image is not worth a line; a binary file with a config name is.
    if (looksBinary(b.content)) return void (detectKind(e.path) && out.skipped.push({ path: e.path, reason: 'binary', detail: 'looks binary (it contains NUL bytes)' }));
    const text = b.content.toString('utf8');
    const r = analyzeText(e.path, text, named, opts.baseline);
    out.filesScanned++;
    out.bytesScanned += text.length;
    for (const f of r.failures) out.failures.push({ path: e.path, ...f });
    for (const f of r.findings) out.findings.push({ ...f, path: e.path });
  });
  return out;
}
