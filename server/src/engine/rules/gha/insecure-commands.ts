// gha/insecure-commands — ACTIONS_ALLOW_UNSECURE_COMMANDS turns the deprecated `set-env` and
// `add-path` log commands back on, so anything printed to the log (a PR title, a downloaded file)
// can set environment variables such as LD_PRELOAD or PATH for the following steps.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { GHA_KINDS, workflows } from './workflow';

export const INSECURE_COMMANDS = 'gha/insecure-commands';
const NAME = 'ACTIONS_ALLOW_UNSECURE_COMMANDS';

export const insecureCommands: Rule = {
  meta: {
    id: INSECURE_COMMANDS,
    severity: 'error',
    description: 'ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables the set-env/add-path log commands.',
    fixable: false,
    kinds: GHA_KINDS,
  },
  check(ctx) {
    if (!ctx.text.includes(NAME)) return [];
    const out: RawFinding[] = [];
    const message = `\`${NAME}\` lets anything printed to the log set environment variables and PATH for later steps, so text an outsider controls (a PR title, a downloaded file) can take over the job. Remove it and write to $GITHUB_ENV / $GITHUB_PATH instead.`;
    for (const e of ctx.entries) {
      if (e.key === NAME && e.path.includes('env') && /^(true|1|yes)$/i.test(e.value.trim())) {
        out.push({ ruleId: INSECURE_COMMANDS, message, range: e.valueRange });
      }
    }
    for (const wf of workflows(ctx)) {
      for (const step of wf.steps) {
        if (!step.run?.includes(NAME)) continue;
        const loc = wf.tree.locate([...step.path, 'run']);
        if (!loc) continue;
        const slice = ctx.text.slice(loc.valueRange.start, loc.valueRange.end);
        for (const m of slice.matchAll(/ACTIONS_ALLOW_UNSECURE_COMMANDS=["']?(?:true|1)\b/gi)) {
          const start = loc.valueRange.start + m.index!;
          out.push({ ruleId: INSECURE_COMMANDS, message, range: { start, end: start + m[0].length } });
        }
      }
    }
    return out;
  },
};
