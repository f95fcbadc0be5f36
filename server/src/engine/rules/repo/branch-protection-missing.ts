// repo/branch-protection-missing — the default branch has no protection: neither a classic
// `protection:` block nor an active ruleset, or protection explicitly removed with
// `protection: null`. Anyone with push access (or a stolen token) can rewrite what gets deployed.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { keyRangeAt, valueRangeAt } from '../../policy/ranges';
import { REPO_KINDS, branchLabel, isProtected, repoSettings } from './settings';

export const BRANCH_PROTECTION_MISSING = 'repo/branch-protection-missing';

export const branchProtectionMissing: Rule = {
  meta: {
    id: BRANCH_PROTECTION_MISSING,
    severity: 'warning',
    description: 'The default branch has no branch protection or ruleset, or its protection is removed (`protection: null`).',
    fixable: false,
    kinds: REPO_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const v of repoSettings(ctx)) {
      const entry = v.defaultBranchEntry;
      if (entry && entry.protection === null && v.defaultBranchRulesets.length === 0) {
        out.push({
          ruleId: BRANCH_PROTECTION_MISSING,
          message: `Branch protection for ${branchLabel(v)} is switched off here: anyone with push access, or a token stolen from a pipeline, can push straight to it and rewrite history. Protect it: require pull request reviews and status checks, and block force pushes.`,
          range: keyRangeAt(v.tree, [...entry.path, 'protection']),
        });
        continue;
      }
      if (isProtected(v) || v.extends || !v.describesRepository) continue;
      const anchor = v.tree.locate(['repository', 'default_branch'])
        ? valueRangeAt(v.tree, ['repository', 'default_branch'])
        : keyRangeAt(v.tree, v.tree.locate(['branches']) ? ['branches'] : v.tree.locate(['repository']) ? ['repository'] : []);
      out.push({
        ruleId: BRANCH_PROTECTION_MISSING,
        message: `These settings give ${branchLabel(v)} no protection (no \`protection:\` under \`branches:\` and no active ruleset): anyone with push access, or a stolen token, can push to it directly. Add branch protection or a ruleset for it that requires reviews and blocks force pushes.`,
        range: anchor,
      });
    }
    return out;
  },
};
