// jenkins/anonymous-access — signed-out visitors get permissions: `allowAnonymousRead: true`
// under loggedInUsersCanDoAnything, or a matrix entry for `anonymous`. Job configurations, build
// logs and workspace files are where credentials are found.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { valueRangeAt } from '../../policy/ranges';
import { insertSetting } from '../../fixes/settings/fix-data';
import { CASC_KINDS, cascDocuments, isRecord } from './casc';

export const JENKINS_ANONYMOUS_ACCESS = 'jenkins/anonymous-access';

const MATRIX_KINDS = ['globalMatrix', 'projectMatrix'];

export const jenkinsAnonymousAccess: Rule = {
  meta: {
    id: JENKINS_ANONYMOUS_ACCESS,
    severity: 'error',
    description: 'Jenkins gives permissions to anonymous (signed-out) users.',
    fixable: true,
    kinds: CASC_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    const message = (what: string): string =>
      `Signed-out visitors get ${what} on this Jenkins: job configurations, build logs and workspaces are where pipeline credentials turn up. Give permissions to signed-in users or groups only.`;
    for (const d of cascDocuments(ctx)) {
      const liu = ['jenkins', 'authorizationStrategy', 'loggedInUsersCanDoAnything', 'allowAnonymousRead'];
      const v = d.get(...liu);
      if (v === true || v === 'true') {
        out.push({
          ruleId: JENKINS_ANONYMOUS_ACCESS,
          message: message('read access'),
          range: valueRangeAt(d.tree, liu),
          fix: insertSetting({ doc: d.tree.doc, path: liu.slice(0, -1), key: 'allowAnonymousRead', value: false, title: 'Turn anonymous read off: `allowAnonymousRead: false`' }),
        });
      }
      for (const m of MATRIX_KINDS) {
        const base = ['jenkins', 'authorizationStrategy', m];
        const perms = d.get(...base, 'permissions');
        if (Array.isArray(perms)) {
          perms.forEach((p, i) => {
            // "Overall/Read:anonymous" or "USER:Overall/Read:anonymous"
            if (typeof p === 'string' && /:anonymous$/i.test(p.trim())) {
              out.push({ ruleId: JENKINS_ANONYMOUS_ACCESS, message: message(`\`${p.replace(/^(USER|GROUP):/i, '').replace(/:anonymous$/i, '')}\``), range: valueRangeAt(d.tree, [...base, 'permissions', i]) });
            }
          });
        }
        const entries = d.get(...base, 'entries');
        if (Array.isArray(entries)) {
          entries.forEach((e, i) => {
            if (!isRecord(e)) return;
            for (const who of ['user', 'group']) {
              const w = e[who];
              if (!isRecord(w) || String(w['name']).toLowerCase() !== 'anonymous') continue;
              const granted = Array.isArray(w['permissions']) ? w['permissions'].map(String).join(', ') : 'permissions';
              out.push({ ruleId: JENKINS_ANONYMOUS_ACCESS, message: message(`\`${granted}\``), range: valueRangeAt(d.tree, [...base, 'entries', i, who, 'name']) });
            }
          });
        }
      }
    }
    return out;
  },
};
