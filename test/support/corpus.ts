// The shared corpus of real pipeline/config files (../shared/corpus, outside the repo). Its files
// are stored flattened; INDEX.tsv gives each one's original path, which is what file-kind
// detection needs. Absent corpus => `corpusFiles()` returns undefined and callers skip.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(__dirname, '../../../shared/corpus');

export interface CorpusFile {
  /** Path inside the corpus folder. */
  corpusPath: string;
  /** Absolute path on disk. */
  abs: string;
  /** The file's path in its source repository (drives kind detection). */
  originalPath: string;
}

export function corpusFiles(): CorpusFile[] | undefined {
  const index = join(CORPUS_DIR, 'INDEX.tsv');
  if (!existsSync(index)) return undefined;
  const rows = readFileSync(index, 'utf8').split('\n').slice(1).filter(Boolean);
  return rows.map((row) => {
    const [corpusPath = '', , , originalPath = ''] = row.split('\t');
    return { corpusPath, abs: join(CORPUS_DIR, corpusPath), originalPath };
  });
}
