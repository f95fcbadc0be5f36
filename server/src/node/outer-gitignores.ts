// The .gitignore files between a root and a folder inside it (the root's included, the folder's
// own excluded: walkFiles reads that one and those below). Scanning `sub/` then skips what a scan
// of the root would skip because of a rule in `./.gitignore`.
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ignore from 'ignore';
import type { Ignore } from 'ignore';

export function outerGitignores(root: string, folder: string): (rootRel: string) => boolean {
  const parts = relative(root, folder).split(sep).filter(Boolean);
  const scopes: { base: string; ig: Ignore }[] = [];
  for (let i = 0; i < parts.length; i++) {
    const base = parts.slice(0, i).join('/');
    try {
      scopes.push({ base, ig: ignore().add(readFileSync(join(root, ...parts.slice(0, i), '.gitignore'), 'utf8')) });
    } catch {
      /* no .gitignore at this level */
    }
  }
  if (scopes.length === 0) return () => false;
  return (rel) => {
    let ignored = false;
    const segs = rel.split('/');
    // A file is ignored when it or any folder above it is (git does not descend into ignored folders).
    for (const s of scopes) {
      if (s.base && !rel.startsWith(s.base + '/')) continue;
      const sub = s.base ? segs.slice(s.base.split('/').length) : segs;
      for (let k = 1; k <= sub.length; k++) {
        const p = sub.slice(0, k).join('/') + (k < sub.length ? '/' : '');
        const r = s.ig.test(p);
        if (r.ignored) ignored = true;
        else if (r.unignored) ignored = false;
      }
    }
    return ignored;
  };
}
