// pipeline/script-injection — a predefined variable an outsider writes (merge request title,
// commit message, source branch name) reaching a script as code:
//   Azure Pipelines  `$(Build.SourceVersionMessage)` macro syntax is pasted into the script text
//                    before the shell runs (like GitHub's ${{ }}): always code. Fix: read the
//                    environment variable Azure sets for it (`"$BUILD_SOURCEVERSIONMESSAGE"`).
//   GitLab/Bitbucket `$CI_COMMIT_MESSAGE` in a script is data to the shell, except where the
//                    script evaluates it again: `eval`, `sh -c` / `bash -c`, `source <(...)`.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { PIPELINE_KINDS, scriptBlocks } from './scripts';
import { UNTRUSTED_VARIABLES, azureEnvName } from './untrusted-variables';
import type { ReplaceTextData } from '../../fixes/settings/replace-text';
import { REPLACE_TEXT } from '../../fixes/settings/replace-text';

export const SCRIPT_INJECTION = 'pipeline/script-injection';

const EVALUATES = /\beval\b|\b(?:ba|z|da)?sh\s+-c\b|\bpwsh\s+-c(?:ommand)?\b|\bInvoke-Expression\b|\biex\b|\bsource\s+<\(/;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const scriptInjection: Rule = {
  meta: {
    id: SCRIPT_INJECTION,
    severity: 'error',
    description: 'A CI variable an outsider writes (MR title, commit message, branch name) is expanded into a script as code.',
    fixable: true,
    kinds: PIPELINE_KINDS.filter((k) => k === 'gitlab-ci' || k === 'azure-pipelines' || k === 'bitbucket-pipelines'),
  },
  check(ctx) {
    const vars = UNTRUSTED_VARIABLES[ctx.kind];
    if (!vars) return [];
    const lower = ctx.text.toLowerCase();
    const present = vars.filter((v) => lower.includes(v.toLowerCase()));
    if (present.length === 0) return [];
    const out: RawFinding[] = [];
    const azure = ctx.kind === 'azure-pipelines';
    const ref = azure
      ? new RegExp(`\\$\\(\\s*(${present.map(escapeRe).join('|')})\\s*\\)|\\$\\{\\{\\s*variables\\[\\s*'(${present.map(escapeRe).join('|')})'\\s*\\]\\s*\\}\\}`, 'gi')
      : new RegExp(`\\$\\{?(${present.map(escapeRe).join('|')})\\b\\}?`, 'g');
    for (const b of scriptBlocks(ctx)) {
      const key = b.entry?.path.filter((s) => typeof s === 'string').pop();
      let pos = b.range.start;
      for (const line of ctx.text.slice(b.range.start, b.range.end).split('\n')) {
        const lineStart = pos;
        pos += line.length + 1;
        if (!azure && !EVALUATES.test(line)) continue;
        for (const m of line.matchAll(ref)) {
          const variable = m[1] ?? m[2]!;
          const start = lineStart + m.index!;
          const range = { start, end: start + m[0].length };
          if (azure) {
            const env = azureEnvName(variable);
            const shellRef = key === 'pwsh' || key === 'powershell' ? `$env:${env}` : key === 'bash' ? `$${env}` : undefined;
            const f: RawFinding = {
              ruleId: SCRIPT_INJECTION,
              message: `\`${variable}\` is written by whoever pushes the commit or opens the pull request, and \`${m[0]}\` pastes it into the script text before the shell runs: a crafted commit message or branch name runs commands with this pipeline's credentials. Read the environment variable Azure sets instead (${shellRef ? `\`${key === 'bash' ? `"${shellRef}"` : shellRef}\`` : `\`$${env}\` in bash, \`$env:${env}\` in PowerShell, \`%${env}%\` in cmd`}).`,
              range,
              // For fork pull requests Build.SourceBranch is refs/pull/N/merge: branch names there come from committers.
              ...(/^Build\.SourceBranch/i.test(variable) ? { confidence: 'medium' as const, severity: 'warning' as const } : { confidence: 'high' as const }),
            };
            if (shellRef) {
              const newText = key === 'bash' ? `"${shellRef}"` : shellRef;
              const fix: ReplaceTextData = { kind: REPLACE_TEXT, range, expected: m[0], newText, title: `Read ${variable} from the environment (${newText})` };
              f.fix = fix;
            }
            out.push(f);
          } else {
            out.push({
              ruleId: SCRIPT_INJECTION,
              message: `\`$${variable}\` is written by whoever pushes the branch, commit or merge request, and this line evaluates it again as code (\`eval\` / \`sh -c\`): crafted text runs commands with this job's credentials. Use the variable as data, quoted (\`"$${variable}"\`), never inside eval or sh -c.`,
              range,
              confidence: 'high',
            });
          }
        }
      }
    }
    return out;
  },
};
