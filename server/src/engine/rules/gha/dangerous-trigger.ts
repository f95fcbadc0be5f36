// gha/dangerous-trigger — `pull_request_target` and `workflow_run` run with the repository's
// secrets and a write token even for pull requests from forks. On their own they are a risk to
// keep in mind (warning); together with a checkout of the pull request's code, or artifacts from
// the triggering run, they let any outsider run code with those secrets (error, "pwn request").
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { valueRangeAt } from '../../policy/ranges';
import { WORKFLOW_KINDS, actionName, withInput, workflows } from './workflow';
import { personaAtLeast } from '../../config/config';
import type { Step } from './workflow';

export const DANGEROUS_TRIGGER = 'gha/dangerous-trigger';

const RISKY = new Set(['pull_request_target', 'workflow_run']);
const UNTRUSTED_REF = /github\.event\.pull_request\.head\.|github\.head_ref|refs\/pull\/|github\.event\.workflow_run\.head_(?:sha|branch)|github\.event\.number|pull_request\.number/;
const UNTRUSTED_REPO = /github\.event\.pull_request\.head\.repo|github\.event\.workflow_run\.head_repository/;
/** `if:` conditions that keep fork pull requests out. */
const SAME_REPO_GUARD = /head\.repo\.full_name\s*==\s*github\.repository|head\.repo\.fork\s*==\s*false|!\s*github\.event\.pull_request\.head\.repo\.fork|head_repository\.full_name\s*==\s*github\.repository/;

function guarded(step: Step): boolean {
  const conds = [step.data['if'], step.job?.data['if']];
  // An `||` can let forks back in (e.g. "same repo || has label"), so only a plain guard counts.
  return conds.some((c) => typeof c === 'string' && SAME_REPO_GUARD.test(c) && !c.includes('||'));
}

/** The key of the step that brings untrusted code in, if it does. */
function untrustedInput(step: Step): string | undefined {
  const name = actionName(step.uses);
  if (name === 'actions/checkout') {
    const ref = withInput(step, 'ref');
    if (ref && UNTRUSTED_REF.test(ref)) return 'ref';
    const repo = withInput(step, 'repository');
    if (repo && UNTRUSTED_REPO.test(repo)) return 'repository';
    return undefined;
  }
  if (name === 'actions/download-artifact' && withInput(step, 'run-id')?.includes('workflow_run')) return 'run-id';
  if (name === 'dawidd6/action-download-artifact') return 'uses';
  if (step.run && /\bgh\s+pr\s+checkout\b|\bgit\s+(?:fetch|checkout|pull)\b[^\n]{0,300}?(?:refs\/pull\/|pull\/\$|head\.(?:sha|ref)|github\.head_ref)/.test(step.run)) return 'run';
  return undefined;
}

/** Does the step fetch or run any repository code or artifact (of any ref)? */
function bringsCode(step: Step): boolean {
  const name = actionName(step.uses);
  if (name === 'actions/checkout' || name === 'actions/download-artifact' || name === 'dawidd6/action-download-artifact') return true;
  if (step.uses?.startsWith('./')) return true;
  return step.run !== undefined && /\bgit\s+(?:clone|fetch|checkout|pull)\b|\bgh\s+(?:pr\s+checkout|repo\s+clone|run\s+download)\b/.test(step.run);
}

/** GitHub's own actions (the labeller, first-interaction, stale, github-script) or a `run:` step. */
function firstPartyOrScript(step: Step): boolean {
  if (step.uses === undefined) return true;
  const owner = actionName(step.uses)?.split('/')[0]?.toLowerCase();
  return owner === 'actions' || owner === 'github';
}

export const dangerousTrigger: Rule = {
  meta: {
    id: DANGEROUS_TRIGGER,
    severity: 'warning',
    description: 'The workflow runs on pull_request_target or workflow_run (with secrets), worse when it checks out the pull request code.',
    fixable: false,
    kinds: WORKFLOW_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const wf of workflows(ctx)) {
      const risky = wf.triggers.filter((t) => RISKY.has(t.name));
      if (risky.length === 0) continue;
      const names = risky.map((t) => `\`${t.name}\``).join(' and ');
      let escalated = false;
      for (const step of wf.steps) {
        const key = untrustedInput(step);
        if (!key || guarded(step)) continue;
        escalated = true;
        const path = key === 'uses' || key === 'run' ? [...step.path, key] : [...step.path, 'with', key];
        out.push({
          ruleId: DANGEROUS_TRIGGER,
          message: `This workflow runs on ${names} with the repository's secrets and a write token, and this step brings in code from the pull request or triggering run: anyone who opens a pull request can run commands with those secrets. Split it: build untrusted code in a \`pull_request\` workflow without secrets, and only use its results here.`,
          range: valueRangeAt(wf.tree, path),
          severity: 'error',
          confidence: 'high',
        });
      }
      if (escalated) continue;
      // Nothing from the pull request is ever fetched or run (a labeller, a greeting, a triage
      // bot): the common safe use of these triggers. Only the auditor persona hears about it.
      // A reusable workflow call hides its steps (it may check out the head), so it never counts as quiet.
      // A third-party action is code Outpost cannot see (it may fetch the head, or be the one that
      // leaks the secrets it is given), so only first-party actions and plain scripts stay quiet.
      const quiet = !wf.steps.some(bringsCode) && wf.steps.every(firstPartyOrScript) && !wf.jobs.some((j) => typeof j.data['uses'] === 'string');
      if (quiet && !personaAtLeast(ctx.config, 'auditor')) continue;
      for (const t of risky) {
        out.push({
          ...(quiet ? { severity: 'info' as const, confidence: 'low' as const } : { confidence: 'medium' as const }),
          ruleId: DANGEROUS_TRIGGER,
          message: `\`${t.name}\` runs with the repository's secrets and a write token even for pull requests from forks. Keep it only if the workflow never runs code, scripts or artifacts from the pull request (no checkout of its head); otherwise use \`pull_request\`.`,
          range: t.range,
        });
      }
    }
    return out;
  },
};
