// gha/secrets-inherit — a job calls a reusable workflow with `secrets: inherit`, handing it every
// secret of the repository instead of the few it needs. Worse when the called workflow lives in
// another repository.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { valueRangeAt } from '../../policy/ranges';
import { WORKFLOW_KINDS, workflows } from './workflow';

export const SECRETS_INHERIT = 'gha/secrets-inherit';

export const secretsInherit: Rule = {
  meta: {
    id: SECRETS_INHERIT,
    severity: 'warning',
    description: 'A reusable workflow is called with `secrets: inherit` (every secret of the repository).',
    fixable: false,
    kinds: WORKFLOW_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const wf of workflows(ctx)) {
      for (const job of wf.jobs) {
        if (job.data['secrets'] !== 'inherit') continue;
        const uses = typeof job.data['uses'] === 'string' ? job.data['uses'] : '';
        const local = uses.startsWith('./');
        out.push({
          ruleId: SECRETS_INHERIT,
          message: local
            ? `Job \`${job.id}\` hands every repository secret to \`${uses}\`, which needs only some of them; if that workflow is ever compromised or changed carelessly, all of them leak. Pass the secrets it uses by name under \`secrets:\`.`
            : `Job \`${job.id}\` hands every repository secret to \`${uses || 'a reusable workflow'}\` in another repository, so whoever can change that workflow can read them all. Pass only the secrets it needs by name under \`secrets:\`.`,
          range: valueRangeAt(wf.tree, [...job.path, 'secrets']),
          severity: local ? 'info' : 'warning',
        });
      }
    }
    return out;
  },
};
