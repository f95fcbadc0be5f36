// gha/excessive-permissions — `permissions: write-all` or `read-all`, `write` scopes at the
// workflow level (every job inherits them), or no `permissions:` at all (then every job gets the
// repository's default GITHUB_TOKEN, read-write on many repositories). A token that
// can push is what turns one compromised step into a compromised repository.
// Workflow-level grants only matter to jobs without their own `permissions:` (a job's block
// replaces the workflow's), so they are reported only when such a job exists; the missing-block
// finding sits on each job that gets the default token, since that is where it takes effect.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { keyRangeAt, valueRangeAt } from '../../policy/ranges';
import { insertSetting } from '../../fixes/settings/fix-data';
import { WORKFLOW_KINDS, isRecord, workflows } from './workflow';
import type { WorkflowView } from './workflow';

export const EXCESSIVE_PERMISSIONS = 'gha/excessive-permissions';

/** Write scopes that hand over the repository (push, releases, packages, OIDC); the rest matter less. */
const MINOR_SCOPES = new Set(['statuses', 'models', 'checks', 'discussions', 'repository-projects', 'security-events', 'artifact-metadata']);

/**
 * `read-all` at either level (every scope, including ones nobody needs), and `write` scopes at the
 * workflow level, where every job (including ones added later) inherits them.
 */
function readAllAndWorkflowWrites(wf: WorkflowView, inherits: boolean): RawFinding[] {
  const out: RawFinding[] = [];
  const top = wf.data['permissions'];
  if (top === 'read-all' && inherits) {
    out.push({
      ruleId: EXCESSIVE_PERMISSIONS,
      message: '`permissions: read-all` lets every job read everything the token can see, including other scopes nobody here needs. Name only the scopes the jobs use, e.g. `permissions: {contents: read}`.',
      range: valueRangeAt(wf.tree, ['permissions']),
      confidence: 'high',
      fix: insertSetting({ doc: wf.tree.doc, path: [], key: 'permissions', value: { contents: 'read' }, replace: true, safe: false, title: 'Replace `read-all` with `permissions: {contents: read}`' }),
    });
  }
  for (const job of wf.jobs) {
    if (job.data['permissions'] !== 'read-all') continue;
    out.push({
      ruleId: EXCESSIVE_PERMISSIONS,
      message: `Job \`${job.id}\` asks for \`read-all\`, every read scope of the token. Name only the scopes it uses, e.g. \`permissions: {contents: read}\`.`,
      range: valueRangeAt(wf.tree, [...job.path, 'permissions']),
      confidence: 'high',
    });
  }
  if (!isRecord(top) || !inherits) return out;
  const several = wf.jobs.length > 1;
  for (const [scope, level] of Object.entries(top)) {
    if (level !== 'write') continue;
    const minor = MINOR_SCOPES.has(scope);
    out.push({
      ruleId: EXCESSIVE_PERMISSIONS,
      message: `\`${scope}: write\` is granted to the whole workflow, so every job${several ? ` (${wf.jobs.length} here)` : ''}, and any job added later, gets it. Grant it in \`permissions:\` of the job that needs it and keep the workflow level at \`contents: read\`.`,
      range: keyRangeAt(wf.tree, ['permissions', scope]),
      severity: several && !minor ? 'warning' : 'info',
      confidence: several && !minor ? 'high' : 'low',
    });
  }
  return out;
}

export const excessivePermissions: Rule = {
  meta: {
    id: EXCESSIVE_PERMISSIONS,
    severity: 'warning',
    description: 'A workflow or job grants write-all or read-all, the workflow grants write scopes every job inherits, or a job gets the default token because nothing sets permissions.',
    fixable: true,
    kinds: WORKFLOW_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const wf of workflows(ctx)) {
      if (wf.jobs.length === 0) continue;
      const top = wf.data['permissions'];
      // A reusable workflow gets at most what its caller grants; the caller is the place to fix.
      const reusableOnly = wf.triggers.length > 0 && wf.triggers.every((t) => t.name === 'workflow_call');
      const bare = wf.jobs.filter((j) => j.data['permissions'] === undefined);
      // Whether any job takes the workflow-level grant (a job's own block replaces it).
      const inherits = bare.length > 0 && !reusableOnly;
      if (top === 'write-all' && inherits) {
        out.push({
          ruleId: EXCESSIVE_PERMISSIONS,
          message: '`permissions: write-all` gives every job a token that can push code, publish releases and packages, and change settings; one compromised step can then take over the repository. Grant only what each job needs, e.g. `permissions: {contents: read}`.',
          range: valueRangeAt(wf.tree, ['permissions']),
        });
      }
      out.push(...readAllAndWorkflowWrites(wf, inherits));
      for (const job of wf.jobs) {
        if (job.data['permissions'] !== 'write-all') continue;
        out.push({
          ruleId: EXCESSIVE_PERMISSIONS,
          message: `Job \`${job.id}\` asks for \`write-all\`: its token can push code, publish releases and change settings, so any compromised step in it can take over the repository. List only the scopes it needs.`,
          range: valueRangeAt(wf.tree, [...job.path, 'permissions']),
        });
      }
      if (top !== undefined || !inherits) continue;
      const fix = insertSetting({
        doc: wf.tree.doc,
        path: [],
        key: 'permissions',
        value: { contents: 'read' },
        before: 'jobs',
        replace: false,
        safe: false,
        title: 'Add `permissions: {contents: read}` for the whole workflow',
      });
      for (const job of bare) {
        out.push({
          ruleId: EXCESSIVE_PERMISSIONS,
          message: `Job \`${job.id}\` sets no \`permissions:\` and neither does the workflow, so it gets the repository's default GITHUB_TOKEN, which is read-write on many repositories. Add \`permissions: {contents: read}\` at the top of the workflow and grant more in the jobs that need it.`,
          range: keyRangeAt(wf.tree, job.path),
          fix,
        });
      }
    }
    return out;
  },
};
