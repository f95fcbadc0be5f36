// collab/mfa-not-required — the tool does not require a second factor. On an internet-facing
// tool a missing `mfa` is a finding too: the safe value must be written down.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { insertSetting } from '../../fixes/settings/fix-data';
import { COLLAB_KINDS, collabDocuments } from './settings';

export const MFA_NOT_REQUIRED = 'collab/mfa-not-required';

export const mfaNotRequired: Rule = {
  meta: {
    id: MFA_NOT_REQUIRED,
    severity: 'error',
    description: 'A collaboration tool does not require multi-factor authentication.',
    fixable: true,
    kinds: COLLAB_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const d of collabDocuments(ctx)) {
      const mfa = d.get('authentication', 'mfa');
      if (mfa === 'required') continue;
      const known = mfa === 'optional' || mfa === 'disabled';
      const written = typeof mfa === 'string' && mfa !== '';
      if (!written && !d.internet) continue;
      const where = d.internet ? ' faces the internet but' : '';
      out.push({
        ruleId: MFA_NOT_REQUIRED,
        message: known
          ? `${d.subject}${where} has MFA ${mfa}: one phished or reused password is enough to get in. Require it: \`mfa: required\`.`
          : written
            ? `${d.subject}${where} has an MFA setting (\`${String(mfa)}\`) that does not require a second factor, so one stolen password is enough. Require it: \`mfa: required\`.`
            : `${d.subject}${where} does not say that MFA is required; a missing setting counts as off. Require it: \`mfa: required\`.`,
        range: d.rangeFor(['authentication', 'mfa']),
        severity: d.internet ? 'error' : 'warning',
        fix: insertSetting({ doc: d.tree.doc, path: ['authentication'], key: 'mfa', value: 'required', title: 'Require MFA: `mfa: required`' }),
      });
    }
    return out;
  },
};
