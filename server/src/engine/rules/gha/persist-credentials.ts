// gha/persist-credentials — actions/checkout before v6 writes the job's GITHUB_TOKEN into
// .git/config unless told `persist-credentials: false`. Reported when the same job uploads an
// artifact that can carry that file: an upload-artifact whose `path` is the workspace root
// (`.`, `*`, `${{ github.workspace }}`, ...) and that keeps hidden files (`include-hidden-files:
// true`, or a version before 4.4, which had no such filter). From v6 on, checkout keeps the
// credentials under $RUNNER_TEMP, outside the workspace, so v6+ (by tag, or by the version
// comment next to a SHA pin) is not reported; an unknown version is. (upload-pages-artifact
// always leaves .git out.) Without such an upload, every checkout that keeps the token is still
// reported, as information with low confidence (zizmor's artipacked): later steps can read it.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { valueRangeAt } from '../../policy/ranges';
import { insertSetting } from '../../fixes/settings/fix-data';
import { GHA_KINDS, actionName, withInput, workflows } from './workflow';
import type { Step, WorkflowView } from './workflow';

export const PERSIST_CREDENTIALS = 'gha/persist-credentials';

const ROOT_PATHS = new Set(['.', './', '*', '**', './*', './**', '${{ github.workspace }}', '${{github.workspace}}', '$GITHUB_WORKSPACE', '${GITHUB_WORKSPACE}']);

/** [major, minor] of a `uses:` ref: `@v4` -> [4, undefined]; `@<sha> # v4.3.1` -> [4, 3]. */
function versionOf(text: string, valueEnd: number | undefined, uses: string): [number, number | undefined] | undefined {
  const ref = uses.slice(uses.indexOf('@') + 1);
  const tag = /^v(\d+)(?:\.(\d+))?/.exec(ref);
  if (tag) return [Number(tag[1]), tag[2] === undefined ? undefined : Number(tag[2])];
  if (valueEnd === undefined) return undefined;
  const lineEnd = text.indexOf('\n', valueEnd);
  // `# v7.0.1`, `# 7.0.1`, `# ratchet:actions/checkout@v3`
  const c = /^\s*#[^\n]*?(?:^|[\s@#])v?(\d+)(?:\.(\d+))?(?:\.\d|\b)/.exec(text.slice(valueEnd, lineEnd === -1 ? undefined : lineEnd));
  return c ? [Number(c[1]), c[2] === undefined ? undefined : Number(c[2])] : undefined;
}

function uploadsGitDir(text: string, valueEnd: number | undefined, step: Step): boolean {
  const paths = (withInput(step, 'path') ?? '').split('\n').map((p) => p.trim()).filter(Boolean);
  if (!paths.some((p) => ROOT_PATHS.has(p) || /^\.?\/?\.git(\/|$)/.test(p))) return false;
  if (withInput(step, 'include-hidden-files')?.trim().toLowerCase() === 'true') return true;
  // From 4.4 on (and on the floating `v4` tag) hidden files such as .git are left out.
  const v = versionOf(text, valueEnd, step.uses!);
  if (!v) return true;
  const [major, minor] = v;
  return major < 4 || (major === 4 && minor !== undefined && minor < 4);
}

/** A later step that uses the persisted token on purpose (git push, tag, ...): the fix may break it. */
const GIT_WRITE = /\bgit\s+(?:push|tag|commit|fetch|pull)\b|\bgh\s+|git-auto-commit|create-pull-request|EndBug\/add-and-commit/i;

/**
 * zizmor's artipacked without an upload: the token still sits in .git/config for every later step
 * (and any action or script that reads it). Worth a look, not certain harm: low confidence.
 */
function persistedOnly(wf: WorkflowView, steps: readonly Step[]): RawFinding[] {
  const out: RawFinding[] = [];
  const usesGit = steps.some((s) => (s.run !== undefined && GIT_WRITE.test(s.run)) || GIT_WRITE.test(s.uses ?? ''));
  for (const s of steps) {
    if (actionName(s.uses) !== 'actions/checkout') continue;
    if (withInput(s, 'persist-credentials')?.trim().toLowerCase() === 'false') continue;
    out.push({
      ruleId: PERSIST_CREDENTIALS,
      message: "This checkout leaves the job's GITHUB_TOKEN in the repository's git config, where every later step, action and uploaded copy of the folder can read it. Add `with: persist-credentials: false` unless a later step needs to push with git.",
      range: valueRangeAt(wf.tree, [...s.path, 'uses']),
      severity: 'info',
      confidence: 'low',
      fix: insertSetting({ doc: wf.tree.doc, path: [...s.path, 'with'], key: 'persist-credentials', value: false, title: 'Add `persist-credentials: false` to the checkout', safe: !usesGit }),
    });
  }
  return out;
}

export const persistCredentials: Rule = {
  meta: {
    id: PERSIST_CREDENTIALS,
    severity: 'warning',
    description: 'actions/checkout keeps the token in .git/config in a job that uploads the workspace with hidden files.',
    fixable: true,
    kinds: GHA_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const wf of workflows(ctx)) {
      const groups = wf.isAction ? [wf.steps] : wf.jobs.map((j) => j.steps);
      const end = (s: Step): number | undefined => wf.tree.locate([...s.path, 'uses'])?.valueRange.end;
      for (const steps of groups) {
        if (!steps.some((s) => actionName(s.uses) === 'actions/upload-artifact' && uploadsGitDir(ctx.text, end(s), s))) {
          out.push(...persistedOnly(wf, steps));
          continue;
        }
        for (const s of steps) {
          if (actionName(s.uses) !== 'actions/checkout') continue;
          if (withInput(s, 'persist-credentials')?.trim().toLowerCase() === 'false') continue;
          const v = versionOf(ctx.text, end(s), s.uses!);
          if (v && v[0] >= 6) continue;
          out.push({
            ruleId: PERSIST_CREDENTIALS,
            confidence: 'high',
            message: 'This checkout leaves the job\'s GITHUB_TOKEN in .git/config, and the job uploads the workspace with its hidden files: anyone who can download the artifact gets the token. Add `with: persist-credentials: false` (and upload only the folder you need).',
            range: valueRangeAt(wf.tree, [...s.path, 'uses']),
            fix: insertSetting({ doc: wf.tree.doc, path: [...s.path, 'with'], key: 'persist-credentials', value: false, title: 'Add `persist-credentials: false` to the checkout' }),
          });
        }
      }
    }
    return out;
  },
};
