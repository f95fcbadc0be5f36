// gha/unsound-condition — an `if:` whose value holds a `${{ }}` expression with any text around
// it, such as the newline a `|` or `>` block scalar keeps at its end, or two fenced expressions
// joined by `&&`. GitHub then treats the whole value as a string to fill in, and a non-empty
// string is true: the step or job always runs, whatever the expression says. A guard such as
// `if: | ${{ github.actor == 'maintainer' }}` protects nothing. Write the condition bare
// (`if: github.actor == 'maintainer'`), or keep one fence with nothing around it.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { insertSetting } from '../../fixes/settings/fix-data';
import { GHA_KINDS, workflows } from './workflow';
import { conditionsOf } from './conditions';

export const UNSOUND_CONDITION = 'gha/unsound-condition';

/** Exactly one `${{ … }}` and nothing else: GitHub evaluates it as an expression. */
const ONE_FENCE = /^\$\{\{(?:(?!\}\})[\s\S])*\}\}$/;
/** One fence with only whitespace around it: the fix can write the bare expression. */
const PADDED_FENCE = /^\s*\$\{\{((?:(?!\}\})[\s\S])*)\}\}\s*$/;

export const unsoundCondition: Rule = {
  meta: {
    id: UNSOUND_CONDITION,
    severity: 'warning',
    description: 'An if: holds ${{ }} with text around it (a block scalar newline, two fences), so it is a non-empty string and always true.',
    fixable: true,
    kinds: GHA_KINDS,
  },
  check(ctx) {
    if (!ctx.text.includes('${{')) return [];
    const out: RawFinding[] = [];
    for (const wf of workflows(ctx)) {
      for (const c of conditionsOf(wf)) {
        if (!c.raw.includes('${{') || ONE_FENCE.test(c.raw)) continue;
        const padded = PADDED_FENCE.exec(c.raw);
        const what = padded ? (/\n\s*$/.test(c.raw) ? 'the newline a `|` or `>` block keeps at its end' : 'the spaces around it') : 'the text around the `${{ }}`';
        const f: RawFinding = {
          ruleId: UNSOUND_CONDITION,
          message: `This \`if:\` is always true: because of ${what}, GitHub fills the expression into a string, and any non-empty string counts as true, so this runs whatever the condition says. Write the condition without \`\${{ }}\`${padded ? ` (\`if: ${padded[1]!.trim()}\`)` : ''}, or use \`|-\` / \`>-\` so nothing is left around it.`,
          range: c.range,
          confidence: 'high',
        };
        if (padded && padded[1]!.trim() !== '') {
          f.fix = insertSetting({ doc: wf.tree.doc, path: c.path.slice(0, -1), key: 'if', value: padded[1]!.trim(), replace: true, title: 'Write the condition without `${{ }}` so it is evaluated' });
        }
        out.push(f);
      }
    }
    return out;
  },
};
