// Wording for schema problems in collaboration settings. Every schema problem of this format is
// reported as collab/invalid-setting; the security gaps themselves (MFA, allow list, ...) are
// the collab/* rules, so the schema does not require those settings.
import type { SchemaProblem } from '../schema-problems';
import { describeInvalid, describeUnknown } from './describe-invalid';

export const INVALID_SETTING = 'collab/invalid-setting';

const MISSING: Record<string, string> = {
  apiVersion: 'This settings file has no `apiVersion`. Add `apiVersion: outpost/v1` so Outpost and the editor know which format it is.',
  kind: 'This settings file has no `kind`. Add `kind: CollaborationSettings`.',
  service: 'This settings file does not say which tool it describes. Add `service:` (jira, confluence, bitbucket, gitlab, github, jenkins, wiki, file-share or other).',
  exposure:
    'This settings file does not say whether the tool faces the internet, so nobody can tell how strictly it must be protected. Add `exposure: internet`, `vpn` or `internal`.',
};

export function describeCollabProblem(problem: SchemaProblem): { ruleId: string; message: string } {
  const prop = problem.property;
  if ((problem.kind === 'missing' || problem.kind === 'empty') && prop && MISSING[prop]) {
    return { ruleId: INVALID_SETTING, message: MISSING[prop]! };
  }
  if (problem.kind === 'missing' || problem.kind === 'empty') {
    return { ruleId: INVALID_SETTING, message: `\`${prop}\` is empty, so it sets nothing. Give it a value or remove the line.` };
  }
  if (problem.kind === 'unknown') {
    const parent = problem.path.slice(0, -1).filter((s): s is string => typeof s === 'string').pop();
    return { ruleId: INVALID_SETTING, message: describeUnknown(problem, parent) };
  }
  const last = problem.path[problem.path.length - 1];
  const segs = problem.path.filter((s): s is string => typeof s === 'string');
  const field = typeof last === 'number' ? `${segs[segs.length - 1] ?? ''} entry` : String(last ?? '');
  return { ruleId: INVALID_SETTING, message: describeInvalid(problem, field, 'yaml') };
}
