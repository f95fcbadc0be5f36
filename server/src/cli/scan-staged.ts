// `outpost scan --staged`: scans the content about to be committed (the index), for pre-commit
// hooks, husky and lint-staged, with the repository's configuration and baseline (see
// node/git/staged-scan.ts). Paths given on the command line narrow the scan to the staged files
// under them (what pre-commit passes).
import { relative, resolve, sep } from 'node:path';
import type { ScanArgs } from './args';
import { UsageError } from './args';
import type { ScanOutcome } from './scan-files';
import { loadBaseline } from './scan-files';
import { baselineFor, configFor } from './root-files';
import { gitTopLevel } from '../node/git/safe-git';
import { scanStagedFiles } from '../node/git/staged-scan';

const posix = (p: string): string => p.split(sep).join('/');

export function scanStaged(args: ScanArgs): ScanOutcome {
  const top = gitTopLevel(process.cwd());
  if (!top) throw new UsageError('--staged needs a git repository: run it inside a work tree');
  const config = configFor(args, top);
  const baselinePath = baselineFor(args, top);
  const baseline = baselinePath ? loadBaseline(baselinePath) : undefined;
  // Named paths (files or folders) as top-relative prefixes; '' (the top itself) means everything.
  const named = args.explicitPaths ? args.paths.map((p) => posix(relative(top, resolve(p)))) : [];
  const wanted = (path: string): boolean => named.length === 0 || named.some((n) => n === '' || path === n || path.startsWith(n + '/'));
  const r = scanStagedFiles(top, config, { wanted, ...(baseline ? { baseline } : {}) });
  const out: ScanOutcome = {
    findings: r.findings.map((f) => ({ ...f, rootPath: f.path })),
    skipped: r.skipped,
    filesScanned: r.filesScanned,
    bytesScanned: r.bytesScanned,
    failures: r.failures,
    config,
    root: top,
  };
  if (baselinePath) out.baselinePath = baselinePath;
  return out;
}
