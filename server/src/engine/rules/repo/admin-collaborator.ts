// repo/admin-collaborator — an individual collaborator given `permission: admin`. Admins can turn
// off branch protection, read and change secrets settings and add deploy keys; grant that to a
// small team that is reviewed, not to individual (often outside) accounts.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { valueRangeAt } from '../../policy/ranges';
import { yamlTrees } from '../../policy/documents';
import { REPO_KINDS } from './settings';

export const ADMIN_COLLABORATOR = 'repo/admin-collaborator';

export const adminCollaborator: Rule = {
  meta: {
    id: ADMIN_COLLABORATOR,
    severity: 'warning',
    description: 'An individual collaborator has admin permission on the repository.',
    fixable: false,
    kinds: REPO_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const tree of yamlTrees(ctx)) {
      const list = (tree.data as Record<string, unknown> | null)?.['collaborators'];
      if (!Array.isArray(list)) continue;
      list.forEach((c, i) => {
        if (c === null || typeof c !== 'object') return;
        const rec = c as Record<string, unknown>;
        if (String(rec['permission']).toLowerCase() !== 'admin') return;
        const who = typeof rec['username'] === 'string' ? `\`${rec['username']}\`` : 'This collaborator';
        out.push({
          ruleId: ADMIN_COLLABORATOR,
          message: `${who} gets admin as an individual collaborator: an admin can switch off branch protection, add deploy keys and change secrets settings, so one phished account is enough. Grant \`maintain\` or \`push\`, and keep admin to a small reviewed team.`,
          range: valueRangeAt(tree, ['collaborators', i, 'permission']),
        });
      });
    }
    return out;
  },
};
