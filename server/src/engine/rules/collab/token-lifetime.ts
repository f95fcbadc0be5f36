// collab/token-lifetime — API and personal access tokens that never expire, or live longer than
// the limit (default 90 days). Tokens harvested from pipelines and configs stay valid until
// they expire.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { insertSetting } from '../../fixes/settings/fix-data';
import { COLLAB_KINDS, collabDocuments, dayLimit } from './settings';

export const TOKEN_LIFETIME = 'collab/token-lifetime';

export const tokenLifetime: Rule = {
  meta: {
    id: TOKEN_LIFETIME,
    severity: 'warning',
    description: 'API tokens do not expire, or live longer than 90 days.',
    fixable: true,
    kinds: COLLAB_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    const max = dayLimit(ctx, TOKEN_LIFETIME, 'maxDays', 90);
    for (const d of collabDocuments(ctx)) {
      const v = d.get('tokens', 'maxLifetimeDays');
      const fix = insertSetting({ doc: d.tree.doc, path: ['tokens'], key: 'maxLifetimeDays', value: max, title: `Limit token lifetime to ${max} days` });
      if (typeof v === 'number') {
        if (v <= max) continue;
        out.push({
          ruleId: TOKEN_LIFETIME,
          message: `${d.subject} lets API tokens live ${v} days; a token copied into a pipeline or config and then stolen works all that time. Limit it to ${max} days or less.`,
          range: d.rangeFor(['tokens', 'maxLifetimeDays']),
          fix,
        });
        continue;
      }
      if (v !== undefined || !d.internet) continue;
      out.push({
        ruleId: TOKEN_LIFETIME,
        message: `${d.subject} faces the internet but sets no maximum token lifetime, so a stolen token works until someone notices. Add \`tokens: maxLifetimeDays: ${max}\`.`,
        range: d.rangeFor(['tokens', 'maxLifetimeDays']),
        fix,
      });
    }
    return out;
  },
};
