// `outpost scan --staged`: scans the content about to be committed (the index), for pre-commit
// hooks, husky and lint-staged. Each staged file is analysed as a named file would be (its kind
// from its path relative to the repository top, secrets checked whatever the kind), with the
// repository's configuration and baseline. Paths given on the command line narrow the scan to
// the staged files under them (what pre-commit passes).
import { relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import type { ScanArgs } from './args';
import { UsageError } from './args';
import type { ScanOutcome } from './scan-files';
import { loadBaseline } from './scan-files';
import { baselineFor, configFor } from './root-files';
import { gitTopLevel } from '../node/git/safe-git';
import { stagedEntries } from '../node/git/staged';
import { readBlobs } from '../node/git/blobs';
import { analyzeText, looksBinary } from '../node/analyze-text';
import { detectKind } from '../engine/kinds/detect-kind';

const posix = (p: string): string => p.split(sep).join('/');

export function scanStaged(args: ScanArgs): ScanOutcome {
  const top = gitTopLevel(process.cwd());
  if (!top) throw new UsageError('--staged needs a git repository: run it inside a work tree');
  const config = configFor(args, top);
  const baselinePath = baselineFor(args, top);
  const baseline = baselinePath ? loadBaseline(baselinePath) : undefined;
  const out: ScanOutcome = { findings: [], skipped: [], filesScanned: 0, bytesScanned: 0, failures: [], config, root: top };
  if (baselinePath) out.baselinePath = baselinePath;

  // Named paths (files or folders) as top-relative prefixes; '.' from the top means everything.
  const named = args.explicitPaths ? args.paths.map((p) => posix(relative(top, resolve(p)))) : [];
  const wanted = (path: string): boolean => named.length === 0 || named.some((n) => n === '' || path === n || path.startsWith(n + '/'));
  const ignored = ignore().add([...config.ignorePaths]);
  const entries = stagedEntries(top).filter((e) => wanted(e.path) && !ignored.ignores(e.path));
  const maxBytes = config.maxFileSizeKB * 1024;
  const files = entries.filter((e) => {
    if (e.mode === '160000') {
      out.skipped.push({ path: e.path, reason: 'unreadable', detail: 'is a submodule (its own repository is scanned on its own)' });
      return false;
    }
    return true;
  });
  const blobs = readBlobs(top, files.map((e) => e.oid), maxBytes);
  const named1 = { ...config, scanAllFiles: true };
  files.forEach((e, i) => {
    const b = blobs[i]!;
    if ('tooLarge' in b) return void out.skipped.push({ path: e.path, reason: 'too-large', detail: `is ${Math.ceil(b.tooLarge / 1024)} KB, over the ${config.maxFileSizeKB} KB limit` });
    if ('missing' in b) return void out.skipped.push({ path: e.path, reason: 'unreadable', detail: 'has no staged content git could read' });
    // A staged image is not worth a line; a binary file with a config name is.
    if (looksBinary(b.content)) return void (detectKind(e.path) && out.skipped.push({ path: e.path, reason: 'binary', detail: 'looks binary (it contains NUL bytes)' }));
    const text = b.content.toString('utf8');
    const r = analyzeText(e.path, text, named1, baseline);
    out.filesScanned++;
    out.bytesScanned += text.length;
    for (const f of r.failures) out.failures.push({ path: e.path, ...f });
    for (const f of r.findings) out.findings.push({ ...f, path: e.path, rootPath: e.path });
  });
  return out;
}
