// gha/persist-credentials — actions/checkout leaves the job's GITHUB_TOKEN in .git/config unless
// told `persist-credentials: false`; a job that then uploads an artifact of the workspace can
// publish that token to anyone who can download artifacts.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { valueRangeAt } from '../../policy/ranges';
import { insertSetting } from '../../fixes/settings/fix-data';
import { GHA_KINDS, actionName, withInput, workflows } from './workflow';

export const PERSIST_CREDENTIALS = 'gha/persist-credentials';
const UPLOADERS = new Set(['actions/upload-artifact', 'actions/upload-pages-artifact']);

/** The major version of a checkout ref: `@v4` -> 4; `@<sha> # v7.0.1` -> 7; unknown otherwise. */
function checkoutMajor(text: string, valueEnd: number | undefined, uses: string): number | undefined {
  const ref = uses.slice(uses.indexOf('@') + 1);
  const tag = /^v(\d+)/.exec(ref);
  if (tag) return Number(tag[1]);
  if (valueEnd === undefined) return undefined;
  const lineEnd = text.indexOf('\n', valueEnd);
  // `# v7.0.1`, `# 7.0.1`, `# ratchet:actions/checkout@v3`
  const comment = /^\s*#[^\n]*?(?:^|[\s@#])v?(\d+)(?:\.\d|\b)/.exec(text.slice(valueEnd, lineEnd === -1 ? undefined : lineEnd));
  return comment ? Number(comment[1]) : undefined;
}

export const persistCredentials: Rule = {
  meta: {
    id: PERSIST_CREDENTIALS,
    severity: 'warning',
    description: 'actions/checkout keeps the token in .git/config in a job that uploads artifacts.',
    fixable: true,
    kinds: GHA_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const wf of workflows(ctx)) {
      const groups = wf.isAction ? [wf.steps] : wf.jobs.map((j) => j.steps);
      for (const steps of groups) {
        if (!steps.some((s) => UPLOADERS.has(actionName(s.uses) ?? ''))) continue;
        for (const s of steps) {
          if (actionName(s.uses) !== 'actions/checkout') continue;
          if (withInput(s, 'persist-credentials')?.trim().toLowerCase() === 'false') continue;
          const major = checkoutMajor(ctx.text, wf.tree.locate([...s.path, 'uses'])?.valueRange.end, s.uses!);
          if (major !== undefined && major >= 6) continue;
          out.push({
            ruleId: PERSIST_CREDENTIALS,
            message: 'This checkout leaves the job\'s GITHUB_TOKEN in .git/config, and the job uploads an artifact: if the upload includes the checkout, anyone who can download artifacts gets the token. Add `with: persist-credentials: false`.',
            range: valueRangeAt(wf.tree, [...s.path, 'uses']),
            fix: insertSetting({ doc: wf.tree.doc, path: [...s.path, 'with'], key: 'persist-credentials', value: false, title: 'Add `persist-credentials: false` to the checkout' }),
          });
        }
      }
    }
    return out;
  },
};
