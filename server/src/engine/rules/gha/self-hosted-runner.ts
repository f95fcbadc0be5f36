// gha/self-hosted-runner — a job on a self-hosted runner in a workflow that pull requests (or
// comments, or other outsider events) start. The runner is a machine of yours that keeps state
// between jobs: code from a fork's pull request can install a backdoor that reads the next job's
// secrets, or reach your network. GitHub advises against self-hosted runners in public repos.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { valueRangeAt } from '../../policy/ranges';
import { WORKFLOW_KINDS, isRecord, workflows } from './workflow';

export const SELF_HOSTED_RUNNER = 'gha/self-hosted-runner';

const UNTRUSTED_EVENTS = new Set(['pull_request', 'pull_request_target', 'issue_comment', 'pull_request_review', 'pull_request_review_comment', 'discussion', 'discussion_comment', 'issues', 'workflow_run']);

function selfHosted(runsOn: unknown): boolean {
  if (typeof runsOn === 'string') return /^self-hosted$/i.test(runsOn.trim());
  if (Array.isArray(runsOn)) return runsOn.some((l) => typeof l === 'string' && /^self-hosted$/i.test(l.trim()));
  if (isRecord(runsOn)) return selfHosted(runsOn['labels']);
  return false;
}

export const selfHostedRunner: Rule = {
  meta: {
    id: SELF_HOSTED_RUNNER,
    severity: 'warning',
    description: 'A job runs on a self-hosted runner in a workflow that outsiders can start (pull requests, comments).',
    fixable: false,
    kinds: WORKFLOW_KINDS,
  },
  check(ctx) {
    if (!/self-hosted/i.test(ctx.text)) return [];
    const out: RawFinding[] = [];
    for (const wf of workflows(ctx)) {
      const events = wf.triggers.map((t) => t.name).filter((n) => UNTRUSTED_EVENTS.has(n));
      if (events.length === 0) continue;
      for (const job of wf.jobs) {
        if (!selfHosted(job.data['runs-on'])) continue;
        out.push({
          ruleId: SELF_HOSTED_RUNNER,
          message: `Job \`${job.id}\` runs on a self-hosted runner, and \`${events[0]}\` lets outsiders start this workflow: their code can persist on that machine, read later jobs' secrets or reach your network. Use a GitHub-hosted runner for these events, or an ephemeral, isolated runner (and require approval for fork pull requests).`,
          range: valueRangeAt(wf.tree, [...job.path, 'runs-on']),
          confidence: events.some((e) => e.startsWith('pull_request')) ? 'high' : 'medium',
        });
      }
    }
    return out;
  },
};
