// collab/dormant-users — accounts nobody uses are never removed (no `users.removeDormantAfterDays`
// on an internet-facing tool, or a period over the limit, default 90 days). Dormant accounts are
// the ones whose stolen passwords go unnoticed.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { insertSetting } from '../../fixes/settings/fix-data';
import { COLLAB_KINDS, collabDocuments, dayLimit } from './settings';

export const DORMANT_USERS = 'collab/dormant-users';

export const dormantUsers: Rule = {
  meta: {
    id: DORMANT_USERS,
    severity: 'warning',
    description: 'Dormant user accounts are not removed, or only after more than 90 days.',
    fixable: true,
    kinds: COLLAB_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    const max = dayLimit(ctx, DORMANT_USERS, 'maxDays', 90);
    for (const d of collabDocuments(ctx)) {
      const v = d.get('users', 'removeDormantAfterDays');
      if (typeof v === 'number') {
        if (v <= max) continue;
        out.push({
          ruleId: DORMANT_USERS,
          message: `${d.subject} keeps unused accounts for ${v} days; a leaver's or a stolen account stays usable all that time. Remove dormant users after ${max} days or less.`,
          range: d.rangeFor(['users', 'removeDormantAfterDays']),
          fix: insertSetting({ doc: d.tree.doc, path: ['users'], key: 'removeDormantAfterDays', value: max, title: `Remove dormant users after ${max} days` }),
        });
        continue;
      }
      if (v !== undefined || !d.internet) continue; // a non-number is collab/invalid-setting's
      out.push({
        ruleId: DORMANT_USERS,
        message: `${d.subject} faces the internet but sets no period after which unused accounts are removed, so old accounts stay usable forever. Add \`users: removeDormantAfterDays: ${max}\`.`,
        range: d.rangeFor(['users', 'removeDormantAfterDays']),
        fix: insertSetting({ doc: d.tree.doc, path: ['users'], key: 'removeDormantAfterDays', value: max, title: `Remove dormant users after ${max} days` }),
      });
    }
    return out;
  },
};
