// inventory/internet-facing-without-mfa — an internet-facing asset whose sign-in does not
// require a second factor (mfa missing, optional or disabled, or no authentication at all).
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { keyRangeAt, valueRangeAt } from '../../policy/ranges';
import { insertSetting } from '../../fixes/settings/fix-data';
import { INVENTORY_KINDS, field, inventoryAssets, isInternetFacing } from './assets';

export const INTERNET_WITHOUT_MFA = 'inventory/internet-facing-without-mfa';

export const internetFacingWithoutMfa: Rule = {
  meta: {
    id: INTERNET_WITHOUT_MFA,
    severity: 'error',
    description: 'An internet-facing asset does not require multi-factor authentication.',
    fixable: true,
    kinds: INVENTORY_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const a of inventoryAssets(ctx)) {
      if (!isInternetFacing(a)) continue;
      const method = field(a, 'authentication', 'method');
      const mfa = field(a, 'authentication', 'mfa');
      if (method === 'none') {
        out.push({
          ruleId: INTERNET_WITHOUT_MFA,
          message: `${a.subject} faces the internet with no sign-in at all: anyone who finds it is in. Put it behind the organisation's sign-in (SSO) with MFA required, or take it off the internet.`,
          range: valueRangeAt(a.tree, [...a.path, 'authentication', 'method']),
        });
        continue;
      }
      if (mfa === 'required') continue;
      const authPath = [...a.path, 'authentication'];
      const known = mfa === 'optional' || mfa === 'disabled';
      const written = typeof mfa === 'string' && mfa !== '';
      const require = a.csv ? 'set the mfa column to required' : '`mfa: required`';
      const f: RawFinding = {
        ruleId: INTERNET_WITHOUT_MFA,
        message: known
          ? `${a.subject} faces the internet but MFA is ${mfa}: one phished or reused password is enough to get in. Require it: ${require}.`
          : written
            ? `${a.subject} faces the internet but its MFA setting \`${String(mfa)}\` does not require a second factor, so one stolen password is enough. Require it: ${require}.`
            : `${a.subject} faces the internet but does not say that MFA is required; a missing setting counts as off. Require it: ${require}.`,
        range: written ? valueRangeAt(a.tree, [...authPath, 'mfa']) : keyRangeAt(a.tree, field(a, 'authentication') ? authPath : a.path),
      };
      if (!a.csv) f.fix = insertSetting({ doc: a.tree.doc, path: authPath, key: 'mfa', value: 'required', title: 'Require MFA: `mfa: required`' });
      out.push(f);
    }
    return out;
  },
};
