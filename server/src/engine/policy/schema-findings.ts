// Schema validation findings for the Outpost formats, computed once per analysed file and
// shared by the rules that report them (inventory/missing-field, inventory/invalid-value,
// collab/invalid-setting).
import type { AnalysisContext } from '../context';
import type { RawFinding } from '../types';
import { outpostDocuments } from './documents';
import type { OutpostKind } from './documents';
import { schemaProblems } from './schema-problems';
import { describeInventoryProblem } from './messages/asset-inventory';
import { describeCollabProblem } from './messages/collaboration-settings';
import type { Style } from './messages/describe-invalid';

const cache = new WeakMap<AnalysisContext, Map<OutpostKind, RawFinding[]>>();

function compute(ctx: AnalysisContext, kind: OutpostKind): RawFinding[] {
  const style: Style = ctx.syntax === 'csv' ? 'csv' : ctx.syntax === 'json' ? 'json' : 'yaml';
  const out: RawFinding[] = [];
  for (const tree of outpostDocuments(ctx, kind)) {
    for (const p of schemaProblems(tree, kind)) {
      const { ruleId, message } = kind === 'AssetInventory' ? describeInventoryProblem(tree, p, style) : describeCollabProblem(p);
      out.push({ ruleId, message, range: p.range });
    }
  }
  return out;
}

export function schemaFindings(ctx: AnalysisContext, kind: OutpostKind, ruleId: string): RawFinding[] {
  let m = cache.get(ctx);
  if (!m) cache.set(ctx, (m = new Map()));
  let all = m.get(kind);
  if (!all) m.set(kind, (all = compute(ctx, kind)));
  return all.filter((f) => f.ruleId === ruleId);
}
