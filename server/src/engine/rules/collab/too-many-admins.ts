// collab/too-many-admins — more administrators than the configured maximum (ruleOptions
// `collab/too-many-admins: {max}`, default 3). Every admin account is a way to the keys.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { keyRangeAt } from '../../policy/ranges';
import { COLLAB_KINDS, collabDocuments } from './settings';

export const TOO_MANY_ADMINS = 'collab/too-many-admins';
const DEFAULT_MAX = 3;

export const tooManyAdmins: Rule = {
  meta: {
    id: TOO_MANY_ADMINS,
    severity: 'warning',
    description: 'A collaboration tool has more administrators than the configured maximum (default 3).',
    fixable: false,
    kinds: COLLAB_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    const opt = ctx.config.ruleOptions[TOO_MANY_ADMINS]?.['max'];
    const max = typeof opt === 'number' && Number.isInteger(opt) && opt >= 0 ? opt : DEFAULT_MAX;
    for (const d of collabDocuments(ctx)) {
      const admins = d.get('admins');
      if (!Array.isArray(admins) || admins.length <= max) continue;
      out.push({
        ruleId: TOO_MANY_ADMINS,
        message: `${d.subject} has ${admins.length} administrators (the limit is ${max}); each admin account whose password is stolen hands over every project and setting. Keep admin rights to the few who need them and give others project roles.`,
        range: keyRangeAt(d.tree, ['admins']),
      });
    }
    return out;
  },
};
