// collab/public-signup — anyone can create an account. An attacker who can sign up is an
// insider: every "logged-in users" permission applies to them.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { insertSetting } from '../../fixes/settings/fix-data';
import { COLLAB_KINDS, collabDocuments } from './settings';

export const PUBLIC_SIGNUP = 'collab/public-signup';

export const publicSignup: Rule = {
  meta: {
    id: PUBLIC_SIGNUP,
    severity: 'error',
    description: 'A collaboration tool lets anyone create an account.',
    fixable: true,
    kinds: COLLAB_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const d of collabDocuments(ctx)) {
      const v = d.get('authentication', 'publicSignup');
      if (v === false) continue;
      if (v !== true && !d.internet) continue;
      out.push({
        ruleId: PUBLIC_SIGNUP,
        message:
          v === true
            ? `${d.subject} lets anyone create an account${d.internet ? ' from the internet' : ''}, and every "signed-in users" permission then applies to a stranger. Turn sign-up off and add people deliberately: \`publicSignup: false\`.`
            : `${d.subject} faces the internet but does not say that public sign-up is off; a missing setting counts as on. Write it down: \`publicSignup: false\`.`,
        range: d.rangeFor(['authentication', 'publicSignup']),
        severity: v === true ? 'error' : 'warning',
        fix: insertSetting({ doc: d.tree.doc, path: ['authentication'], key: 'publicSignup', value: false, title: 'Turn public sign-up off: `publicSignup: false`' }),
      });
    }
    return out;
  },
};
