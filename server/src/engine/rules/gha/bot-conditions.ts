// gha/bot-conditions — `if: github.actor == 'dependabot[bot]'` to give a bot's pull requests
// special treatment (auto-merge, secrets). `github.actor` is whoever caused the latest event,
// not who wrote the pull request: an outsider can get a bot to act on their pull request (a
// rebase, a dependency bump on their fork) and walk through the check. On pull request events
// the author, `github.event.pull_request.user.login`, is the fact to test.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { insertSetting } from '../../fixes/settings/fix-data';
import { WORKFLOW_KINDS, workflows } from './workflow';
import { conditionsOf } from './conditions';

export const BOT_CONDITIONS = 'gha/bot-conditions';

const ACTOR_IS_BOT = /\bgithub\.(actor|triggering_actor)\s*==\s*'([A-Za-z0-9_.-]+\[bot\])'|'([A-Za-z0-9_.-]+\[bot\])'\s*==\s*github\.(actor|triggering_actor)\b/g;
const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
const SPOOFABLE = new Set(['pull_request', 'pull_request_target', 'workflow_run', 'issue_comment', 'pull_request_review', 'pull_request_review_comment']);

export const botConditions: Rule = {
  meta: {
    id: BOT_CONDITIONS,
    severity: 'warning',
    description: "An `if:` trusts `github.actor == '<bot>[bot]'`, which an outsider can make true.",
    fixable: true,
    kinds: WORKFLOW_KINDS,
  },
  check(ctx) {
    if (!ctx.text.includes('[bot]')) return [];
    const out: RawFinding[] = [];
    for (const wf of workflows(ctx)) {
      const names = wf.triggers.map((t) => t.name);
      if (!names.some((n) => SPOOFABLE.has(n))) continue;
      const prOnly = names.length > 0 && names.every((n) => PR_EVENTS.has(n));
      for (const c of conditionsOf(wf)) {
        const hits = [...c.text.matchAll(ACTOR_IS_BOT)];
        if (hits.length === 0) continue;
        const bot = hits[0]![2] ?? hits[0]![3];
        const f: RawFinding = {
          ruleId: BOT_CONDITIONS,
          message: `\`github.actor == '${bot}'\` checks who caused the latest event, not who opened the pull request: an outsider can have ${bot} act on their pull request and pass this check. Test the author instead: \`github.event.pull_request.user.login == '${bot}'\`.`,
          range: c.range,
          confidence: names.includes('pull_request_target') || names.includes('workflow_run') ? 'high' : 'medium',
          severity: names.includes('pull_request_target') || names.includes('workflow_run') ? 'error' : 'warning',
        };
        if (prOnly) {
          const owner = c.path.slice(0, -1);
          const fixed = c.text.replace(/\bgithub\.(?:actor|triggering_actor)\b(?=\s*==\s*'[^']*\[bot\]')|(?<='[^']*\[bot\]'\s*==\s*)github\.(?:actor|triggering_actor)\b/g, 'github.event.pull_request.user.login');
          f.fix = insertSetting({ doc: wf.tree.doc, path: owner, key: 'if', value: fixed, replace: true, title: 'Check the pull request author (`github.event.pull_request.user.login`)' });
        }
        out.push(f);
      }
    }
    return out;
  },
};
