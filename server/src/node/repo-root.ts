// The repository root a path belongs to: where kinds, `.outpost.yml` and the baseline are
// resolved from, so `outpost scan .github/workflows/ci.yml` (what pre-commit, lint-staged and CI
// steps pass) sees the same file kind, configuration and fingerprints as `outpost scan .`.
// Order: the nearest ancestor holding an Outpost configuration, else the nearest git work tree
// (a `.git` folder, or a `.git` file in worktrees and submodules), else the fallback. Reading the
// file system only: no git process is started for this.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAMES } from '../engine/config/load-config';

export type RootReason = 'config' | 'git' | 'fallback';

function ancestors(start: string): string[] {
  const out: string[] = [];
  let dir = resolve(start);
  for (;;) {
    out.push(dir);
    const up = dirname(dir);
    if (up === dir) return out;
    dir = up;
  }
}

function folderOf(path: string): string {
  try {
    return statSync(path).isDirectory() ? resolve(path) : dirname(resolve(path));
  } catch {
    return dirname(resolve(path));
  }
}

/** The configuration file in `dir`, if any (`.outpost.yml` before `.outpost.yaml`). */
export function configIn(dir: string): string | undefined {
  return CONFIG_FILE_NAMES.map((n) => join(dir, n)).find((p) => existsSync(p));
}

/**
 * Root for `path` (a file or folder). `fallback` is used when neither a configuration nor a git
 * work tree is found above it.
 */
export function findRepoRoot(path: string, fallback: string): { root: string; reason: RootReason } {
  const chain = ancestors(folderOf(path));
  for (const dir of chain) if (configIn(dir)) return { root: dir, reason: 'config' };
  for (const dir of chain) if (existsSync(join(dir, '.git'))) return { root: dir, reason: 'git' };
  return { root: resolve(fallback), reason: 'fallback' };
}
