// jenkins/unsecured-authorization — `authorizationStrategy: unsecured` (everyone, signed in or
// not, can do everything), or a matrix that makes every signed-in user an administrator.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { keyRangeAt, valueRangeAt } from '../../policy/ranges';
import { CASC_KINDS, cascDocuments, isRecord } from './casc';

export const JENKINS_UNSECURED = 'jenkins/unsecured-authorization';

export const unsecuredAuthorization: Rule = {
  meta: {
    id: JENKINS_UNSECURED,
    severity: 'error',
    description: 'Jenkins authorization lets everyone (or every signed-in user) administer it.',
    fixable: false,
    kinds: CASC_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const d of cascDocuments(ctx)) {
      const strategy = d.get('jenkins', 'authorizationStrategy');
      if (strategy === 'unsecured' || (isRecord(strategy) && 'unsecured' in strategy)) {
        out.push({
          ruleId: JENKINS_UNSECURED,
          message: '`authorizationStrategy: unsecured` lets everyone who reaches this Jenkins, signed in or not, run anything, read every credential and change every job. Use `globalMatrix` (or role-based) authorization with named admins.',
          range: typeof strategy === 'string' ? valueRangeAt(d.tree, ['jenkins', 'authorizationStrategy']) : keyRangeAt(d.tree, ['jenkins', 'authorizationStrategy', 'unsecured']),
        });
        continue;
      }
      for (const m of ['globalMatrix', 'projectMatrix']) {
        const base = ['jenkins', 'authorizationStrategy', m];
        const perms = d.get(...base, 'permissions');
        if (Array.isArray(perms)) {
          perms.forEach((p, i) => {
            if (typeof p === 'string' && /^(?:GROUP:)?Overall\/Administer:authenticated$/i.test(p.trim())) {
              out.push({
                ruleId: JENKINS_UNSECURED,
                message: 'Every signed-in user is a Jenkins administrator: one phished account can read every stored credential and change every pipeline. Give `Overall/Administer` to named people or a small group.',
                range: valueRangeAt(d.tree, [...base, 'permissions', i]),
              });
            }
          });
        }
        const entries = d.get(...base, 'entries');
        if (Array.isArray(entries)) {
          entries.forEach((e, i) => {
            const g = isRecord(e) ? e['group'] : undefined;
            if (!isRecord(g) || String(g['name']).toLowerCase() !== 'authenticated') return;
            if (!Array.isArray(g['permissions']) || !g['permissions'].some((x) => /^Overall\/Administer$/i.test(String(x)))) return;
            out.push({
              ruleId: JENKINS_UNSECURED,
              message: 'Every signed-in user is a Jenkins administrator: one phished account can read every stored credential and change every pipeline. Give `Overall/Administer` to named people or a small group.',
              range: valueRangeAt(d.tree, [...base, 'entries', i, 'group', 'name']),
            });
          });
        }
      }
    }
    return out;
  },
};
