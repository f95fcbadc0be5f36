// repo/reviews-not-required — the default branch is protected but nothing requires a review
// before merging: no `required_pull_request_reviews` (or 0 approvals without code owners), and
// no `pull_request` rule in a ruleset. One compromised account can then ship code alone.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { keyRangeAt, valueRangeAt } from '../../policy/ranges';
import { REPO_KINDS, branchLabel, repoSettings } from './settings';

export const REVIEWS_NOT_REQUIRED = 'repo/reviews-not-required';

function requiresReview(count: unknown, codeOwners: unknown): boolean {
  return (typeof count === 'number' && count > 0) || codeOwners === true || count === undefined;
}

export const reviewsNotRequired: Rule = {
  meta: {
    id: REVIEWS_NOT_REQUIRED,
    severity: 'warning',
    description: 'The default branch can be merged to without an approving review.',
    fixable: false,
    kinds: REPO_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const v of repoSettings(ctx)) {
      const classic = v.defaultBranchEntry?.protection;
      const rulesetReview = v.defaultBranchRulesets.flatMap((r) => r.rules).filter((r) => r.type === 'pull_request');
      if (!classic && v.defaultBranchRulesets.length === 0) continue; // unprotected: branch-protection-missing says so
      const classicReviews = classic ? classic['required_pull_request_reviews'] : undefined;
      const classicOk =
        !!classic && classicReviews !== null && typeof classicReviews === 'object' &&
        requiresReview((classicReviews as Record<string, unknown>)['required_approving_review_count'], (classicReviews as Record<string, unknown>)['require_code_owner_reviews']);
      const rulesetOk = rulesetReview.some((r) => requiresReview(r.parameters['required_approving_review_count'], r.parameters['require_code_owner_review']));
      if (classicOk || rulesetOk) continue;
      let range;
      const entry = v.defaultBranchEntry;
      if (classic && entry) {
        const rp = [...entry.path, 'protection', 'required_pull_request_reviews'];
        const count = [...rp, 'required_approving_review_count'];
        range = v.tree.locate(count) ? valueRangeAt(v.tree, count) : keyRangeAt(v.tree, v.tree.locate(rp) ? rp : [...entry.path, 'protection']);
      } else {
        const pr = rulesetReview[0];
        const count = pr ? [...pr.path, 'parameters', 'required_approving_review_count'] : undefined;
        range = count && v.tree.locate(count) ? valueRangeAt(v.tree, count) : keyRangeAt(v.tree, [...v.defaultBranchRulesets[0]!.path, 'rules']);
      }
      out.push({
        ruleId: REVIEWS_NOT_REQUIRED,
        message: `Changes can be merged into ${branchLabel(v)} without anyone approving them, so one compromised account or leaked token can ship code on its own. Require at least one approving review (\`required_approving_review_count: 1\`).`,
        range,
      });
    }
    return out;
  },
};
