// Whether a single file (a watched-file event) is outside what a workspace scan would cover:
// in .git/node_modules, ignored by a .gitignore on its way down, or by files.exclude /
// outpost.exclude / ignorePaths. Mirrors node/walk.ts for one path without walking.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import ignore from 'ignore';
import { isExcluded } from './effective-config';

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', '.hg', '.svn']);

export async function outsideScan(root: string, rel: string, patterns: readonly string[]): Promise<boolean> {
  const parts = rel.split('/');
  if (parts.slice(0, -1).some((p) => ALWAYS_SKIPPED.has(p))) return true;
  if (isExcluded(rel, patterns)) return true;
  // Every .gitignore from the root down to the file's folder, each relative to its own folder.
  const scopes: { base: string; ig: ReturnType<typeof ignore> }[] = [];
  for (let depth = 0; depth < parts.length; depth++) {
    const base = parts.slice(0, depth).join('/');
    try {
      scopes.push({ base, ig: ignore().add(await fs.readFile(join(root, base, '.gitignore'), 'utf8')) });
    } catch {
      /* no .gitignore here */
    }
  }
  const ignoredPath = (path: string, isDir: boolean): boolean => {
    let ignored = false;
    for (const s of scopes) {
      if (s.base && !path.startsWith(`${s.base}/`)) continue;
      const sub = s.base ? path.slice(s.base.length + 1) : path;
      const r = s.ig.test(isDir ? `${sub}/` : sub);
      if (r.ignored) ignored = true;
      else if (r.unignored) ignored = false;
    }
    return ignored;
  };
  // As in git, nothing inside an ignored folder can be re-included.
  for (let i = 1; i < parts.length; i++) if (ignoredPath(parts.slice(0, i).join('/'), true)) return true;
  return ignoredPath(rel, false);
}
