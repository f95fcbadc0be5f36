// jenkins/signup-allowed — `securityRealm.local.allowsSignup: true`: anyone who can reach the
// controller can create an account and inherit every "logged-in users" permission.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { valueRangeAt } from '../../policy/ranges';
import { insertSetting } from '../../fixes/settings/fix-data';
import { CASC_KINDS, cascDocuments } from './casc';

export const JENKINS_SIGNUP_ALLOWED = 'jenkins/signup-allowed';

export const signupAllowed: Rule = {
  meta: {
    id: JENKINS_SIGNUP_ALLOWED,
    severity: 'error',
    description: 'Jenkins lets anyone create an account (local security realm with allowsSignup).',
    fixable: true,
    kinds: CASC_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const d of cascDocuments(ctx)) {
      const path = ['jenkins', 'securityRealm', 'local', 'allowsSignup'];
      const v = d.get(...path);
      if (v !== true && v !== 'true') continue;
      out.push({
        ruleId: JENKINS_SIGNUP_ALLOWED,
        message: 'Anyone who can reach this Jenkins can create an account, and every permission given to logged-in users (often: run builds, read credentials used by jobs) then applies to a stranger. Set `allowsSignup: false` and create accounts deliberately.',
        range: valueRangeAt(d.tree, path),
        fix: insertSetting({ doc: d.tree.doc, path: path.slice(0, -1), key: 'allowsSignup', value: false, title: 'Turn sign-up off: `allowsSignup: false`' }),
      });
    }
    return out;
  },
};
