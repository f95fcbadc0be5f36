// gitlab/unpinned-include — `include:` of a remote URL, or of another project's file without a
// pinned `ref:`. The included YAML becomes part of this pipeline, with its variables and
// runners: whoever can change that URL or that project's default branch decides what runs here.
// Pin `project:` includes to a commit SHA (`ref: <40 hex>`); copy remote files into the repo.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { yamlTrees } from '../../policy/documents';
import { valueRangeAt } from '../../policy/ranges';

export const UNPINNED_INCLUDE = 'gitlab/unpinned-include';

function isRec(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

const SHA = /^[0-9a-f]{40}$/i;

export const unpinnedInclude: Rule = {
  meta: {
    id: UNPINNED_INCLUDE,
    severity: 'warning',
    description: 'include: of a remote URL, or of another project without a ref pinned to a commit SHA.',
    fixable: false,
    kinds: ['gitlab-ci'],
  },
  check(ctx) {
    if (!ctx.text.includes('include')) return [];
    const out: RawFinding[] = [];
    for (const tree of yamlTrees(ctx)) {
      if (!isRec(tree.data)) continue;
      const inc = tree.data['include'];
      const items = Array.isArray(inc) ? inc.map((v, i) => [v, ['include', i]] as const) : inc !== undefined ? [[inc, ['include']] as const] : [];
      for (const [item, path] of items) {
        const remote = typeof item === 'string' ? (/^https?:\/\//i.test(item) ? item : undefined) : isRec(item) && typeof item['remote'] === 'string' ? item['remote'] : undefined;
        if (remote) {
          out.push({
            ruleId: UNPINNED_INCLUDE,
            message: `This pipeline includes \`${remote}\`: whoever controls that URL (or can tamper with the download) decides what this pipeline runs, with its variables and secrets. Copy the file into this repository, or include it from a project pinned to a commit SHA.`,
            range: valueRangeAt(tree, typeof item === 'string' ? [...path] : [...path, 'remote']),
            confidence: 'high',
          });
          continue;
        }
        if (!isRec(item) || typeof item['project'] !== 'string') continue;
        const ref = item['ref'];
        if (typeof ref === 'string' && SHA.test(ref)) continue;
        out.push({
          ruleId: UNPINNED_INCLUDE,
          message:
            ref === undefined
              ? `\`${item['project']}\` is included without \`ref:\`, so this pipeline runs whatever that project's default branch holds today, and anyone who can push there changes your pipeline. Pin it: \`ref: <40-character commit SHA>\`.`
              : `\`${item['project']}\` is included at \`${String(ref)}\`, a branch or tag that can be moved to new content. Pin it to a commit SHA (\`ref: <40 hex>\`, with the tag in a comment).`,
          range: valueRangeAt(tree, ref === undefined ? [...path, 'project'] : [...path, 'ref']),
          severity: ref === undefined ? 'warning' : 'info',
          confidence: ref === undefined ? 'high' : 'low',
        });
      }
    }
    return out;
  },
};
