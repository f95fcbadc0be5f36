// gha/unsound-contains — `contains('refs/heads/main refs/heads/release', github.ref)` meant as
// "is the ref one of these", but with a string first argument contains() is a substring test:
// a branch named `main` or `heads/ma` passes too. Anyone who can push a branch (or open a pull
// request, for head refs) picks a name that matches. Test membership in a list instead:
// `contains(fromJSON('["refs/heads/main", "refs/heads/release"]'), github.ref)`.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { insertSetting } from '../../fixes/settings/fix-data';
import { GHA_KINDS, workflows } from './workflow';
import { conditionsOf } from './conditions';

export const UNSOUND_CONTAINS = 'gha/unsound-contains';

/** contains('<literal>', <a context that a user can name>) */
const CALL = /\bcontains\(\s*'([^']*)'\s*,\s*((?:github|env|inputs|steps|needs|matrix)\.[A-Za-z0-9_.\-[\]'*]+)\s*\)/g;

export const unsoundContains: Rule = {
  meta: {
    id: UNSOUND_CONTAINS,
    severity: 'warning',
    description: "contains('a b', github.ref) is a substring test, so crafted names pass the check.",
    fixable: true,
    kinds: GHA_KINDS,
  },
  check(ctx) {
    if (!ctx.text.includes('contains(')) return [];
    const out: RawFinding[] = [];
    for (const wf of workflows(ctx)) {
      for (const c of conditionsOf(wf)) {
        const calls = [...c.text.matchAll(CALL)];
        if (calls.length === 0) continue;
        const first = calls[0]!;
        const items = first[1]!.split(/[\s,]+/).filter(Boolean);
        const f: RawFinding = {
          ruleId: UNSOUND_CONTAINS,
          message: `\`contains('${first[1]}', ${first[2]})\` is a substring test: any \`${first[2]}\` that is part of that text passes (e.g. a branch named \`${(items[0] ?? 'x').slice(-4)}\`). Check membership in a list: \`contains(fromJSON('${JSON.stringify(items)}'), ${first[2]})\`.`,
          range: c.range,
          confidence: /\bgithub\.(?:ref|head_ref|ref_name|base_ref)\b|head\.ref/.test(first[2]!) ? 'high' : first[2] === 'github.event_name' ? 'low' : 'medium',
          ...(first[2] === 'github.event_name' ? { severity: 'info' as const } : {}),
        };
        if (items.length > 0) {
          let fixed = c.text;
          for (const call of calls) {
            const list = JSON.stringify(call[1]!.split(/[\s,]+/).filter(Boolean)).replace(/'/g, "''");
            fixed = fixed.replace(call[0], `contains(fromJSON('${list}'), ${call[2]})`);
          }
          f.fix = insertSetting({ doc: wf.tree.doc, path: c.path.slice(0, -1), key: 'if', value: fixed, replace: true, title: 'Test membership in a list (`contains(fromJSON(…), …)`)' });
        }
        out.push(f);
      }
    }
    return out;
  },
};
