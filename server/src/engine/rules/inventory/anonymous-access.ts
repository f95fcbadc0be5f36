// inventory/anonymous-access — an asset that lets people read it without signing in
// (`authentication.anonymousAccess: true`). Attackers read exposed Jira/Confluence/Bitbucket
// content for credentials and internal names before they break in.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { valueRangeAt } from '../../policy/ranges';
import { insertSetting } from '../../fixes/settings/fix-data';
import { INVENTORY_KINDS, field, inventoryAssets, isInternetFacing } from './assets';

export const INVENTORY_ANONYMOUS = 'inventory/anonymous-access';

export const inventoryAnonymousAccess: Rule = {
  meta: {
    id: INVENTORY_ANONYMOUS,
    severity: 'warning',
    description: 'An asset allows anonymous (signed-out) access.',
    fixable: true,
    kinds: INVENTORY_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const a of inventoryAssets(ctx)) {
      if (field(a, 'authentication', 'anonymousAccess') !== true) continue;
      const path = [...a.path, 'authentication', 'anonymousAccess'];
      const internet = isInternetFacing(a);
      const f: RawFinding = {
        ruleId: INVENTORY_ANONYMOUS,
        message: `${a.subject} lets people in without signing in${internet ? ', from anywhere on the internet' : ''}: whatever it holds (tickets, pages, code, pasted credentials) is readable by anyone who finds it. Turn anonymous access off${a.csv ? ' (anonymous_access: no)' : ' (`anonymousAccess: false`)'}.`,
        range: valueRangeAt(a.tree, path),
        severity: internet ? 'error' : 'warning',
      };
      if (!a.csv) f.fix = insertSetting({ doc: a.tree.doc, path: path.slice(0, -1), key: 'anonymousAccess', value: false, title: 'Turn anonymous access off: `anonymousAccess: false`' });
      out.push(f);
    }
    return out;
  },
};
