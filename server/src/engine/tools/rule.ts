// How the tool table reaches the collab/* rules: an existing rule keeps its own check (Outpost's
// CollaborationSettings format) and also reports its fact from the servers' own config files;
// facts that format has no key for (TLS, admin exposure) get rules that read only the table.
import type { Rule } from '../rule';
import type { FileKind, RuleMeta } from '../types';
import type { PostureFact, ToolSetting } from './tool-setting';
import { evaluateRows, toolKinds } from './evaluate';
import { factFindings, toolFindings } from './findings';

function kindsWith(own: readonly FileKind[] | undefined, fact: PostureFact): readonly FileKind[] | undefined {
  const t = toolKinds(fact);
  // A row that matches by syntax may meet any kind (a ConfigMap named by the manifest detectors).
  if (!own || t.anyKind) return undefined;
  return [...new Set([...own, ...t.kinds])];
}

/** `rule` plus the table rows of `fact`, under the rule's id. */
export function withToolTable(rule: Rule, fact: PostureFact): Rule {
  const own = rule.meta.kinds;
  const kinds = kindsWith(own, fact);
  const meta: RuleMeta = { ...rule.meta, fixable: true };
  if (kinds) meta.kinds = kinds;
  else delete meta.kinds;
  return {
    meta,
    check(ctx) {
      const mine = !own || own.includes(ctx.kind) ? rule.check(ctx) : [];
      return [...mine, ...toolFindings(ctx, fact, rule.meta.id)];
    },
  };
}

/** A rule whose only source is the table. */
export function toolTableRule(meta: Omit<RuleMeta, 'kinds'>, fact: PostureFact): Rule {
  const kinds = kindsWith([], fact);
  const full: RuleMeta = { ...meta };
  if (kinds) full.kinds = kinds;
  return { meta: full, check: (ctx) => toolFindings(ctx, fact, meta.id) };
}

/** A product's own rule written as rows (not in the shared table): same matching, message and fix. */
export function settingRule(meta: Omit<RuleMeta, 'kinds'>, rows: readonly ToolSetting[]): Rule {
  const kinds = [...new Set(rows.flatMap((r) => r.kinds))];
  return { meta: { ...meta, kinds }, check: (ctx) => factFindings(ctx, evaluateRows(ctx, rows), meta.id) };
}
