// pipeline/script-injection — a predefined variable an outsider writes (merge request title,
// commit message, source branch name) reaching a script as code:
//   Azure Pipelines  `$(Build.SourceVersionMessage)` macro syntax is pasted into the script text
//                    before the shell runs (like GitHub's ${{ }}): always code. Fix: read the
//                    environment variable Azure sets for it (`"$BUILD_SOURCEVERSIONMESSAGE"`).
//   GitLab/Bitbucket `$CI_COMMIT_MESSAGE` in a script is data to the shell, except where the
//                    script evaluates it again: `eval`, `sh -c` / `bash -c`, `source <(...)`,
//                    `| sh`, or an interpreter's inline code (`python -c "…"`, `node -e "…"`).
//                    Inside single quotes the outer shell leaves it alone, and the inner shell
//                    reads it as data: not reported.
// Variables built from those (`variables: {MSG: $CI_COMMIT_MESSAGE}`, in GitLab at the top, in a
// job or in a `rules:` entry; Azure `variables:` macros) carry the same text (derived-variables.ts).
// Azure string `parameters` pasted with `${{ parameters.x }}` are chosen by whoever queues the
// run or calls the template: reported as information.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { PIPELINE_KINDS, scriptBlocks } from './scripts';
import { UNTRUSTED_VARIABLES, azureEnvName } from './untrusted-variables';
import { derivedVariables } from './derived-variables';
import type { Derived } from './derived-variables';
import { azureStringParameters } from './azure-parameters';
import type { ReplaceTextData } from '../../fixes/settings/replace-text';
import { REPLACE_TEXT } from '../../fixes/settings/replace-text';
import { escapeRe } from '../../regex-escape';

export const SCRIPT_INJECTION = 'pipeline/script-injection';

const EVALUATES =
  /\beval\b|\b(?:ba|z|da|k)?sh\s+-c\b|\bpwsh\s+-c(?:ommand)?\b|\bInvoke-Expression\b|\biex\b|\bsource\s+<\(|\|\s*(?:sudo\s+)?(?:ba|z|da|k)?sh\b(?!\s+-c)|\b(?:python[0-9.]*|node|ruby|perl|php)\s+(?:-\S+\s+)*-[ceEr]\b/;

/** Whether `index` of a shell line is inside single quotes (where the outer shell expands nothing). */
export function insideSingleQuotes(line: string, index: number): boolean {
  let single = false;
  let double = false;
  for (let i = 0; i < index && i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && !single) i++;
    else if (c === "'" && !double) single = !single;
    else if (c === '"' && !single) double = !double;
  }
  return single;
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
    const azure = ctx.kind === 'azure-pipelines';
    const out: RawFinding[] = azure ? azureParameterFindings(ctx) : [];
    if (present.length === 0) return out;
    const derived = derivedVariables(ctx.kind, ctx.entries, present);
    const names = [...present, ...derived.names].map(escapeRe).join('|');
    const ref = azure
      ? new RegExp(`\\$\\(\\s*(${names})\\s*\\)|\\$\\{\\{\\s*variables\\[\\s*'(${names})'\\s*\\]\\s*\\}\\}`, 'gi')
      : new RegExp(`\\$\\{?(${names})\\b\\}?`, 'g');
    const untrusted = (name: string): boolean => present.some((v) => v.toLowerCase() === name.toLowerCase());
    for (const b of scriptBlocks(ctx)) {
      const key = b.entry?.path.filter((s) => typeof s === 'string').pop();
      const job = ctx.kind === 'gitlab-ci' && typeof b.entry?.path[0] === 'string' ? b.entry.path[0] : undefined;
      let pos = b.range.start;
      for (const line of ctx.text.slice(b.range.start, b.range.end).split('\n')) {
        const lineStart = pos;
        pos += line.length + 1;
        if (!azure && !EVALUATES.test(line)) continue;
        for (const m of line.matchAll(ref)) {
          const variable = m[1] ?? m[2]!;
          // Untrusted by itself, or built from an untrusted one (and visible in this job).
          let via: Derived | undefined;
          if (!untrusted(variable)) {
            via = derived.lookup(variable, job);
            if (!via) continue;
          }
          if (!azure && insideSingleQuotes(line, m.index!)) continue;
          const start = lineStart + m.index!;
          const range = { start, end: start + m[0].length };
          const subject = via ? `\`${azure ? variable : `$${variable}`}\` carries \`${azure ? via.source : `$${via.source}`}\` (set in \`variables:\`), which is` : `\`${azure ? variable : `$${variable}`}\` is`;
          if (azure) {
            const env = azureEnvName(variable);
            const shellRef = key === 'pwsh' || key === 'powershell' ? `$env:${env}` : key === 'bash' ? `$${env}` : undefined;
            const origin = via?.source ?? variable;
            const f: RawFinding = {
              ruleId: SCRIPT_INJECTION,
              message: `${subject} written by whoever pushes the commit or opens the pull request, and \`${m[0]}\` pastes it into the script text before the shell runs: a crafted commit message or branch name runs commands with this pipeline's credentials. Read the environment variable Azure sets instead (${shellRef ? `\`${key === 'bash' ? `"${shellRef}"` : shellRef}\`` : `\`$${env}\` in bash, \`$env:${env}\` in PowerShell, \`%${env}%\` in cmd`}).`,
              range,
              // For fork pull requests Build.SourceBranch is refs/pull/N/merge: branch names there come from committers.
              ...(/^Build\.SourceBranch/i.test(origin) ? { confidence: 'medium' as const, severity: 'warning' as const } : { confidence: 'high' as const }),
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
              message: `${subject} written by whoever pushes the branch, commit or merge request, and this line evaluates it again as code (\`eval\`, \`sh -c\`, \`| sh\` or an interpreter's \`-c\`/\`-e\` code): crafted text runs commands with this job's credentials. Pass it as data instead: quoted (\`"$${variable}"\`) as an argument, or inside single quotes so only the inner program reads it.`,
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

/** `${{ parameters.x }}` of a string parameter inside an Azure script: whoever queues the run (or calls the template) writes it. */
function azureParameterFindings(ctx: Parameters<Rule['check']>[0]): RawFinding[] {
  if (!ctx.text.includes('parameters.')) return [];
  const params = azureStringParameters(ctx.entries);
  if (params.size === 0) return [];
  const out: RawFinding[] = [];
  for (const b of scriptBlocks(ctx)) {
    const text = ctx.text.slice(b.range.start, b.range.end);
    for (const m of text.matchAll(/\$\{\{\s*parameters\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g)) {
      if (!params.has(m[1]!)) continue;
      const start = b.range.start + m.index!;
      out.push({
        ruleId: SCRIPT_INJECTION,
        message: `\`parameters.${m[1]}\` is free text chosen by whoever queues this pipeline or calls this template, and \`${m[0]}\` pastes it into the script before it runs: crafted text runs commands with this pipeline's credentials. Pass it through the step's \`env:\` (\`PARAM_${m[1]!.toUpperCase()}: \${{ parameters.${m[1]} }}\`) and read the variable in the script, or give the parameter a \`values:\` list.`,
        range: { start, end: start + m[0].length },
        severity: 'info',
        confidence: 'low',
      });
    }
  }
  return out;
}
