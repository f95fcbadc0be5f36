// Which shell runs a step's `run:` script: the step's `shell:`, the job's `defaults.run.shell`, the
// workflow's, else bash (pwsh on Windows runners). It decides how a script reads an environment
// variable, which is what the template-injection fix writes.
import type { PathSegment } from '../../parse/entry';

export type ShellFamily = 'posix' | 'pwsh' | 'cmd' | 'python' | 'js';

function isRec(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function at(root: unknown, p: readonly PathSegment[]): unknown {
  let cur: unknown = root;
  for (const s of p) cur = Array.isArray(cur) ? cur[Number(s)] : isRec(cur) ? cur[String(s)] : undefined;
  return cur;
}

export function shellFamily(shell: string): ShellFamily {
  const s = shell.trim().toLowerCase();
  if (/^(pwsh|powershell)\b/.test(s)) return 'pwsh';
  if (/^cmd\b/.test(s)) return 'cmd';
  if (/^python\d?\b/.test(s)) return 'python';
  return 'posix';
}

/** The shell family of the step at `stepPath` in the document `root` (plain data). */
export function shellOfStep(root: unknown, stepPath: readonly PathSegment[]): ShellFamily {
  const step = at(root, stepPath);
  const job = stepPath[0] === 'jobs' ? at(root, stepPath.slice(0, 2)) : undefined;
  const candidates = [
    isRec(step) ? step['shell'] : undefined,
    isRec(job) ? at(job, ['defaults', 'run', 'shell']) : undefined,
    stepPath[0] === 'jobs' ? at(root, ['defaults', 'run', 'shell']) : undefined,
  ];
  const shell = candidates.find((s) => typeof s === 'string') as string | undefined;
  if (shell) return shellFamily(shell);
  const runsOn = isRec(job) ? JSON.stringify(job['runs-on'] ?? '') : '';
  return /windows/i.test(runsOn) ? 'pwsh' : 'posix';
}

/** How a script in `family` reads environment variable `name` (outside any quotes). */
export function envReference(family: ShellFamily, name: string): string {
  switch (family) {
    case 'pwsh':
      return `$env:${name}`;
    case 'cmd':
      return `%${name}%`;
    case 'python':
      return `os.environ["${name}"]`;
    case 'js':
      return `process.env.${name}`;
    default:
      return `"$${name}"`;
  }
}
