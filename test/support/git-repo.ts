// Git repositories built inside tests: `git init` in a temp folder, commits with a fixed author
// and increasing dates (so "first introduced" is well defined), nothing from the user's config.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TestRepo {
  dir: string;
  git(...args: string[]): string;
  write(path: string, text: string | Buffer): void;
  remove(path: string): void;
  /** Stages everything and commits; returns the commit id. */
  commit(message: string): string;
}

export function makeRepo(prefix = 'outpost-git-'): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let tick = 0;
  const env = (): NodeJS.ProcessEnv => {
    const date = `${1700000000 + tick * 3600} +0000`;
    return { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Ann Dev', GIT_AUTHOR_EMAIL: 'ann@example.org', GIT_COMMITTER_NAME: 'Ann Dev', GIT_COMMITTER_EMAIL: 'ann@example.org', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  };
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, env: env(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  git('init', '-q', '-b', 'main');
  return {
    dir,
    git,
    write: (path, text) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    remove: (path) => rmSync(join(dir, path), { recursive: true, force: true }),
    commit: (message) => {
      tick++;
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD').trim();
    },
  };
}
