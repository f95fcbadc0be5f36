// What is about to be committed: the added and modified files of the index, with the blob each
// will commit (the staged content, not the working tree's). Paths are relative to the work
// tree's top folder. `GIT_INDEX_FILE`, set by git while hooks run, is honoured.
import { gitSync } from './safe-git';

export interface StagedEntry {
  path: string;
  oid: string;
  mode: string;
}

export function stagedEntries(top: string): StagedEntry[] {
  // --raw -z: ":<old mode> <new mode> <old oid> <new oid> <status>\0<path>\0" — paths unquoted.
  const r = gitSync(top, ['diff', '--cached', '--raw', '-z', '--no-abbrev', '--no-renames', '--diff-filter=AM', '--no-ext-diff', '--no-textconv']);
  const parts = r.stdout.toString('utf8').split('\0');
  const out: StagedEntry[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const meta = parts[i]!.replace(/^:/, '').split(' ');
    const path = parts[i + 1]!;
    if (meta.length < 5 || !path) continue;
    out.push({ path, mode: meta[1]!, oid: meta[3]! });
  }
  return out;
}
