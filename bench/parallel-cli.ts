// A stand-in for `outpost scan --format json` that analyses files on worker threads through
// server/src/node/parallel-scan.ts: the same file selection as the CLI (walk honouring
// .gitignore, known kinds plus sniffable YAML/JSON, or everything with --all-files), the same
// per-file work, JSON findings on stdout. The bench measures it next to the real CLI to show what
// parallelism would give the CLI. Bundled to .cache/bench/parallel-cli.js by bench/lib/tools.ts.
//
//   node .cache/bench/parallel-cli.js DIR... [--all-files] [--jobs N] [--cache FILE]
//
// With --cache, results of unchanged files come from server/src/node/scan-cache.ts.
import { resolve, relative, sep } from 'node:path';
import { runScanWorkerIfWorker, scanInParallel, defaultWorkers } from '../server/src/node/parallel-scan';
import type { ScanJob } from '../server/src/node/scan-job';
import { walkFiles } from '../server/src/node/walk';
import { detectKind } from '../server/src/engine/kinds/detect-kind';
import { withDefaults } from '../server/src/engine/config/config';
import { ScanCache, engineFingerprint } from '../server/src/node/scan-cache';

const SNIFFABLE = /\.(ya?ml|json)$/i;

async function* jobs(dirs: string[], root: string, allFiles: boolean): AsyncGenerator<ScanJob> {
  for (const d of dirs) {
    for await (const f of walkFiles(resolve(d))) {
      const rel = relative(root, f.path).split(sep).join('/');
      if (!allFiles && !detectKind(rel) && !SNIFFABLE.test(rel)) continue;
      yield { path: f.path, rel, explicit: false };
    }
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const allFiles = args.includes('--all-files');
  const ji = args.indexOf('--jobs');
  const ci = args.indexOf('--cache');
  const workers = ji >= 0 ? Number(args[ji + 1]) : defaultWorkers();
  const dirs = args.filter((a, i) => !a.startsWith('--') && (ji < 0 || i !== ji + 1) && (ci < 0 || i !== ci + 1));
  const root = resolve(dirs[0] ?? '.');
  const config = withDefaults({ scanAllFiles: allFiles });
  const cache = ci >= 0 ? ScanCache.open(resolve(args[ci + 1]!), { engine: engineFingerprint(__filename), config }) : undefined;
  const findings: unknown[] = [];
  let files = 0;
  await scanInParallel(jobs(dirs.length ? dirs : ['.'], root, allFiles), { config, maxBytes: config.maxFileSizeKB * 1024 }, {
    workers,
    workerScript: __filename,
    ...(cache ? { cache } : {}),
    ...(process.env['OUTPOST_YOUNG_MB'] ? { youngGenerationMb: Number(process.env['OUTPOST_YOUNG_MB']) } : {}),
    ...(process.env['OUTPOST_OLD_MB'] ? { oldGenerationMb: Number(process.env['OUTPOST_OLD_MB']) } : {}),
    onResult: (r) => {
      if ('skipped' in r || !r.kind) return;
      files++;
      for (const f of r.findings) findings.push({ ...f, path: r.job.rel });
    },
  });
  cache?.save();
  process.stdout.write(JSON.stringify({ files, findings, ...(cache ? { cacheHits: cache.hits, cacheMisses: cache.misses } : {}) }, null, 2) + '\n');
}

if (!runScanWorkerIfWorker()) {
  main().catch((e) => {
    console.error(e);
    process.exit(2);
  });
}
