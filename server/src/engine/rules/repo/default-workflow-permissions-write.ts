// repo/default-workflow-permissions-write — `default_workflow_permissions: write` (settings tools
// that manage Actions permissions write it under `actions:`/`workflows:`; the REST field has this
// name). Every workflow then gets a GITHUB_TOKEN that can push code and create releases.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { REPO_KINDS } from './settings';

export const DEFAULT_WORKFLOW_PERMISSIONS_WRITE = 'repo/default-workflow-permissions-write';

export const defaultWorkflowPermissionsWrite: Rule = {
  meta: {
    id: DEFAULT_WORKFLOW_PERMISSIONS_WRITE,
    severity: 'warning',
    description: 'Workflows get a read-write GITHUB_TOKEN by default.',
    fixable: false,
    kinds: REPO_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const e of ctx.entries) {
      if (e.key !== 'default_workflow_permissions' || e.value.trim().toLowerCase() !== 'write') continue;
      out.push({
        ruleId: DEFAULT_WORKFLOW_PERMISSIONS_WRITE,
        message: 'Every workflow gets a GITHUB_TOKEN that can push code, create releases and change issues, so one injected or compromised step can do all of that. Make the default `read` and grant write per workflow with `permissions:`.',
        range: e.valueRange,
      });
    }
    return out;
  },
};
