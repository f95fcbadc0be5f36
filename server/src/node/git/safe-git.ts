// Every git process Outpost starts goes through here, with settings that keep a hostile
// repository from running anything or hanging us: its configuration can name programs (an
// external diff, a textconv filter, an fsmonitor hook, gpg for signature display, a pager), so
// those are switched off on the command line, which wins over the repository's config. Nothing is
// checked out (no smudge filters, no hooks), prompts are disabled, lazy fetches of missing
// objects (partial clones) are refused, and the system config is not read.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';

/** `-c` settings that override the repository's own. */
export function safeConfig(opts: { bigFileBytes?: number } = {}): string[] {
  const settings = [
    'core.fsmonitor=false',
    'core.hooksPath=/dev/null',
    'diff.external=',
    'log.showSignature=false',
    'core.quotePath=false',
    'diff.noprefix=false',
    'diff.mnemonicPrefix=false',
    'diff.relative=false',
    'core.pager=cat',
    'color.ui=false',
    'log.decorate=false',
    'core.sshCommand=false',
    'credential.helper=',
    'protocol.allow=never',
    // Blobs over this size are shown as "Binary files differ": git never prints their content.
    ...(opts.bigFileBytes ? [`core.bigFileThreshold=${opts.bigFileBytes}`] : []),
  ];
  return settings.flatMap((s) => ['-c', s]);
}

export function safeEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_NO_LAZY_FETCH: '1',
    GIT_PAGER: 'cat',
    PAGER: 'cat',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_EXTERNAL_DIFF: '',
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
  };
}

export class GitError extends Error {}

/** Runs git to completion (small outputs only: lists, one-line answers). */
export function gitSync(cwd: string, args: readonly string[], opts: { input?: string | Buffer; maxBuffer?: number; allowFail?: boolean } = {}): { status: number; stdout: Buffer; stderr: string } {
  const r = spawnSync('git', [...safeConfig(), ...args], {
    cwd,
    env: safeEnv(),
    input: opts.input,
    maxBuffer: opts.maxBuffer ?? 64 * 1024 * 1024,
    timeout: 120_000,
    windowsHide: true,
  });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    throw new GitError(code === 'ENOENT' ? 'git is not installed or not on the PATH; install git to use this command' : `git ${args[0]} failed: ${r.error.message}`);
  }
  const out = { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
  if (out.status !== 0 && !opts.allowFail) throw new GitError(`git ${args[0]} failed: ${out.stderr.trim().split('\n')[0] ?? 'exit ' + out.status}`);
  return out;
}

/** Starts a long-running git (a log, a cat-file batch) whose output is read as a stream. */
export function gitSpawn(cwd: string, args: readonly string[], opts: { bigFileBytes?: number } = {}): ChildProcessWithoutNullStreams {
  return spawn('git', [...safeConfig(opts), ...args], { cwd, env: safeEnv(), windowsHide: true });
}

/** The work tree's top folder, or undefined when `cwd` is not inside a git work tree. */
export function gitTopLevel(cwd: string): string | undefined {
  const r = gitSync(cwd, ['rev-parse', '--show-toplevel'], { allowFail: true });
  return r.status === 0 ? r.stdout.toString('utf8').trim() : undefined;
}
