// repo/force-push-allowed — force pushes are allowed on a protected branch
// (`allow_force_pushes: true`), or the default branch's rulesets do not block them
// (no `non_fast_forward` rule). A force push rewrites history and can erase the evidence.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { dataAt } from '../../policy/source-tree';
import { keyRangeAt, valueRangeAt } from '../../policy/ranges';
import { REPO_KINDS, branchLabel, repoSettings } from './settings';

export const FORCE_PUSH_ALLOWED = 'repo/force-push-allowed';

export const forcePushAllowed: Rule = {
  meta: {
    id: FORCE_PUSH_ALLOWED,
    severity: 'warning',
    description: 'Force pushes are allowed on a protected branch.',
    fixable: false,
    kinds: REPO_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const v of repoSettings(ctx)) {
      for (const b of v.branches) {
        const p = [...b.path, 'protection', 'allow_force_pushes'];
        if (dataAt(v.tree.data, p) !== true) continue;
        out.push({
          ruleId: FORCE_PUSH_ALLOWED,
          message: `Force pushes are allowed on \`${b.name}\`: anyone who can push (or a token stolen from a pipeline) can rewrite its history and erase the trace of what they changed. Set \`allow_force_pushes: false\`.`,
          range: valueRangeAt(v.tree, p),
        });
      }
      if (v.defaultBranchEntry?.protection || v.defaultBranchRulesets.length === 0) continue;
      if (v.defaultBranchRulesets.some((r) => r.rules.some((x) => x.type === 'non_fast_forward'))) continue;
      out.push({
        ruleId: FORCE_PUSH_ALLOWED,
        message: `The rulesets for ${branchLabel(v)} do not block force pushes, so its history can be rewritten by anyone who can push. Add a \`- type: non_fast_forward\` rule.`,
        range: keyRangeAt(v.tree, [...v.defaultBranchRulesets[0]!.path, 'rules']),
      });
    }
    return out;
  },
};
