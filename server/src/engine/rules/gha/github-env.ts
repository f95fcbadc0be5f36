// gha/github-env — a step appends outsider-controlled text (a PR title, a branch name, ...) to
// $GITHUB_ENV or $GITHUB_PATH. Every later step then runs with it as an environment variable
// or a PATH entry: a title with a newline adds `LD_PRELOAD=…` or `BASH_ENV=…`, which runs code
// with the job's token. Write only values you built yourself, or pass the text through `env:` of
// the steps that need it.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { GHA_KINDS, workflows } from './workflow';
import { expressionsIn } from './expressions';
import { envEntry, taintOf, taintOfValue } from './taint';

export const GITHUB_ENV = 'gha/github-env';

const WRITES = /GITHUB_ENV|GITHUB_PATH/;

export const githubEnv: Rule = {
  meta: {
    id: GITHUB_ENV,
    severity: 'error',
    description: 'Outsider-controlled text is written to $GITHUB_ENV or $GITHUB_PATH, where it changes every later step.',
    fixable: false,
    kinds: GHA_KINDS,
  },
  check(ctx) {
    if (!WRITES.test(ctx.text)) return [];
    const out: RawFinding[] = [];
    for (const wf of workflows(ctx)) {
      for (const step of wf.steps) {
        if (step.run === undefined || !WRITES.test(step.run)) continue;
        const loc = wf.tree.locate([...step.path, 'run']);
        if (!loc || loc.collection) continue;
        const scope = { wf, job: step.job, step };
        let pos = loc.valueRange.start;
        for (const line of ctx.text.slice(loc.valueRange.start, loc.valueRange.end).split('\n')) {
          const range = { start: pos, end: pos + line.length };
          pos += line.length + 1;
          const target = /GITHUB_(ENV|PATH)/.exec(line);
          if (!target || !/>>|\btee\b|Out-File|Add-Content/.test(line)) continue;
          let what: string | undefined;
          for (const e of expressionsIn(ctx.text, range)) what ??= taintOf(e.inner, scope)?.source;
          for (const m of line.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
            if (what || m[1]!.startsWith('GITHUB_')) continue;
            const entry = envEntry(m[1]!, scope);
            what = entry ? taintOfValue(entry.value, entry.scope, 1)?.source : undefined;
          }
          if (!what) continue;
          const trimmed = line.length - line.trimStart().length;
          out.push({
            ruleId: GITHUB_ENV,
            message: `This writes \`${what}\`, which an outsider controls, to $GITHUB_${target[1]}: a value with a newline can set variables such as \`BASH_ENV\` or \`LD_PRELOAD\`${target[1] === 'PATH' ? ' or put their folder first on PATH' : ''} and run code in every later step with this job's token. Pass the text through \`env:\` of the steps that need it instead.`,
            range: { start: range.start + trimmed, end: range.end },
            confidence: 'high',
          });
        }
      }
    }
    return out;
  },
};
