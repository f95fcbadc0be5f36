// collab/anonymous-access — signed-out visitors can read projects, pages or repositories.
// Exposed Jira/Confluence/Bitbucket content is where attackers find credentials and names.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { insertSetting } from '../../fixes/settings/fix-data';
import { COLLAB_KINDS, collabDocuments } from './settings';

export const ANONYMOUS_ACCESS = 'collab/anonymous-access';

export const anonymousAccess: Rule = {
  meta: {
    id: ANONYMOUS_ACCESS,
    severity: 'error',
    description: 'A collaboration tool allows anonymous (signed-out) access.',
    fixable: true,
    kinds: COLLAB_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const d of collabDocuments(ctx)) {
      const v = d.get('authentication', 'anonymousAccess');
      if (v === false) continue;
      if (v !== true && !d.internet) continue;
      out.push({
        ruleId: ANONYMOUS_ACCESS,
        message:
          v === true
            ? `${d.subject} lets people read it without signing in${d.internet ? ', from anywhere on the internet' : ''}: tickets, pages, code and any credentials pasted into them are open to whoever finds it. Turn it off: \`anonymousAccess: false\`.`
            : `${d.subject} faces the internet but does not say that anonymous access is off; a missing setting counts as on. Write it down: \`anonymousAccess: false\`.`,
        range: d.rangeFor(['authentication', 'anonymousAccess']),
        severity: v === true ? 'error' : 'warning',
        fix: insertSetting({ doc: d.tree.doc, path: ['authentication'], key: 'anonymousAccess', value: false, title: 'Turn anonymous access off: `anonymousAccess: false`' }),
      });
    }
    return out;
  },
};
