// The assets of every inventory document in a file, with what the inventory rules ask of them.
import type { AnalysisContext } from '../../context';
import type { PathSegment } from '../../parse/entry';
import type { SourceTree } from '../../policy/source-tree';
import { outpostDocuments } from '../../policy/documents';
import { itemLabel } from '../../policy/ranges';

export interface AssetView {
  tree: SourceTree;
  /** ['assets', i] */
  path: PathSegment[];
  data: Record<string, unknown>;
  /** "Asset `jira-partners`" or "Asset number 3". */
  subject: string;
  csv: boolean;
}

export const INVENTORY_KINDS = ['asset-inventory', 'asset-inventory-csv'] as const;

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function inventoryAssets(ctx: AnalysisContext): AssetView[] {
  const out: AssetView[] = [];
  const csv = ctx.syntax === 'csv';
  for (const tree of outpostDocuments(ctx, 'AssetInventory')) {
    const root = tree.data;
    if (!isRecord(root) || !Array.isArray(root['assets'])) continue;
    root['assets'].forEach((a, i) => {
      if (!isRecord(a)) return;
      const label = itemLabel(tree, ['assets', i]);
      const subject = label ? `Asset \`${label}\`` : csv ? `The asset in row ${i + 2}` : `Asset number ${i + 1}`;
      out.push({ tree, path: ['assets', i], data: a, subject, csv });
    });
  }
  return out;
}

export function field(a: AssetView, ...path: string[]): unknown {
  let cur: unknown = a.data;
  for (const p of path) cur = isRecord(cur) ? cur[p] : undefined;
  return cur;
}

export function isInternetFacing(a: AssetView): boolean {
  return field(a, 'exposure') === 'internet';
}
