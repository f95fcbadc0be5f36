// Walks a folder the way a user expects a scanner to: honours every .gitignore on the way down
// (and extra gitignore-syntax patterns from .outpost.yml / settings), never enters .git or
// node_modules, never follows symlinked folders (no loops, no escaping the workspace).
import { promises as fs } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ignore from 'ignore';
import type { Ignore } from 'ignore';

export interface WalkOptions {
  /** gitignore-syntax patterns relative to the root. */
  extraIgnores?: readonly string[];
  /** Whether to read .gitignore files (default true). */
  gitignore?: boolean;
}

export interface WalkedFile {
  /** Absolute (or root-joined) path. */
  path: string;
  /** Path relative to the root, forward slashes. */
  rel: string;
}

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', '.hg', '.svn']);

interface Scope {
  /** Folder the patterns are relative to, relative to root ('' for root). */
  base: string;
  ig: Ignore;
}

function ignoredBy(scopes: readonly Scope[], rel: string, isDir: boolean): boolean {
  let ignored = false;
  for (const s of scopes) {
    if (s.base && !rel.startsWith(s.base + '/')) continue;
    const sub = s.base ? rel.slice(s.base.length + 1) : rel;
    const r = s.ig.test(isDir ? sub + '/' : sub);
    if (r.ignored) ignored = true;
    else if (r.unignored) ignored = false;
  }
  return ignored;
}

export async function* walkFiles(root: string, opts: WalkOptions = {}): AsyncGenerator<WalkedFile> {
  const scopes: Scope[] = [];
  if (opts.extraIgnores && opts.extraIgnores.length > 0) scopes.push({ base: '', ig: ignore().add([...opts.extraIgnores]) });
  const useGitignore = opts.gitignore !== false;

  async function* visit(dir: string, rel: string, inherited: Scope[]): AsyncGenerator<WalkedFile> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    let scopesHere = inherited;
    if (useGitignore && entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      try {
        const text = await fs.readFile(join(dir, '.gitignore'), 'utf8');
        scopesHere = [...inherited, { base: rel, ig: ignore().add(text) }];
      } catch {
        /* unreadable .gitignore: walk as if absent */
      }
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (ALWAYS_SKIPPED.has(e.name) || ignoredBy(scopesHere, childRel, true)) continue;
        yield* visit(join(dir, e.name), childRel, scopesHere);
      } else if (e.isFile()) {
        if (ignoredBy(scopesHere, childRel, false)) continue;
        yield { path: join(dir, e.name), rel: childRel };
      }
    }
  }
  yield* visit(root, '', scopes);
}

/** Relative path with forward slashes, for messages and JSON output. */
export function toPosixRelative(from: string, to: string): string {
  return relative(from, to).split(sep).join('/');
}
