// gha/excessive-permissions — `permissions: write-all`, or no `permissions:` at all (then every
// job gets the repository's default GITHUB_TOKEN, read-write on many repositories). A token that
// can push is what turns one compromised step into a compromised repository.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { keyRangeAt, valueRangeAt } from '../../policy/ranges';
import { insertSetting } from '../../fixes/settings/fix-data';
import { WORKFLOW_KINDS, workflows } from './workflow';

export const EXCESSIVE_PERMISSIONS = 'gha/excessive-permissions';

export const excessivePermissions: Rule = {
  meta: {
    id: EXCESSIVE_PERMISSIONS,
    severity: 'warning',
    description: 'The workflow grants write-all permissions, or sets no permissions so jobs get the default token.',
    fixable: true,
    kinds: WORKFLOW_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const wf of workflows(ctx)) {
      if (wf.jobs.length === 0) continue;
      const top = wf.data['permissions'];
      if (top === 'write-all') {
        out.push({
          ruleId: EXCESSIVE_PERMISSIONS,
          message: '`permissions: write-all` gives every job a token that can push code, publish releases and packages, and change settings; one compromised step can then take over the repository. Grant only what each job needs, e.g. `permissions: {contents: read}`.',
          range: valueRangeAt(wf.tree, ['permissions']),
        });
      }
      for (const job of wf.jobs) {
        if (job.data['permissions'] !== 'write-all') continue;
        out.push({
          ruleId: EXCESSIVE_PERMISSIONS,
          message: `Job \`${job.id}\` asks for \`write-all\`: its token can push code, publish releases and change settings, so any compromised step in it can take over the repository. List only the scopes it needs.`,
          range: valueRangeAt(wf.tree, [...job.path, 'permissions']),
        });
      }
      if (top !== undefined) continue;
      // A reusable workflow gets whatever its caller grants; the caller is the place to fix.
      if (wf.triggers.length > 0 && wf.triggers.every((t) => t.name === 'workflow_call')) continue;
      const bare = wf.jobs.filter((j) => j.data['permissions'] === undefined);
      if (bare.length === 0) continue;
      const names = bare.map((j) => `\`${j.id}\``);
      out.push({
        ruleId: EXCESSIVE_PERMISSIONS,
        message: `No \`permissions:\` here, so ${names.length === 1 ? `job ${names[0]} gets` : `jobs ${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''} get`} the repository's default GITHUB_TOKEN, which is read-write on many repositories. Start from \`permissions: {contents: read}\` at the top and grant more per job where needed.`,
        range: keyRangeAt(wf.tree, ['jobs']),
        fix: insertSetting({
          doc: wf.tree.doc,
          path: [],
          key: 'permissions',
          value: { contents: 'read' },
          before: 'jobs',
          replace: false,
          safe: false,
          title: 'Add `permissions: {contents: read}` for the whole workflow',
        }),
      });
    }
    return out;
  },
};
