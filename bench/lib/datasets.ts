// The inputs the throughput and scaling benchmarks run on: the shared corpus of real files (when
// present beside the repository) and generated workspaces.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureWorkspace, defaultWorkspaceDir, repoRoot } from '../workspace/generate';
import type { Target } from './tools';

export interface Dataset extends Target {
  name: string;
  files: number;
  bytes: number;
  /** Where the files come from, for the report. */
  note: string;
}

export const CORPUS = join(repoRoot, '..', 'shared', 'corpus');

function countFiles(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    files++;
    bytes += statSync(join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)).size;
  }
  return { files, bytes };
}

/** ../shared/corpus (pipelines/ and other/), or undefined with the reason when it is absent. */
export function corpusDataset(): Dataset | string {
  if (!existsSync(join(CORPUS, 'pipelines'))) return `${CORPUS} is absent: the corpus benchmark is skipped`;
  const dirs = ['pipelines', 'other'].filter((d) => existsSync(join(CORPUS, d)));
  let files = 0;
  let bytes = 0;
  for (const d of dirs) {
    const c = countFiles(join(CORPUS, d));
    files += c.files;
    bytes += c.bytes;
  }
  // Corpus file names are flattened (`repo__group__ci.yml`), so their kind cannot be told from the
  // path: Outpost scans them all (--all-files), as secretlint and rg do.
  return { name: 'shared corpus', cwd: CORPUS, dirs, allFiles: true, files, bytes, note: 'real files from public projects (../shared/corpus: pipelines/, other/)' };
}

export function generatedDataset(n: number): Dataset {
  const dir = defaultWorkspaceDir(n);
  const m = ensureWorkspace(n, dir);
  return { name: `generated ${n.toLocaleString('en')}`, cwd: dir, dirs: ['.'], allFiles: false, files: m.files, bytes: m.bytes, note: `bench/workspace/generate.ts --files ${n} (${m.planted.length} planted secrets)` };
}
