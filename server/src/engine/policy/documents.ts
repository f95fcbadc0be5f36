// Finds the Outpost-format documents in a file: every YAML document whose `kind` matches, the
// JSON root, or the CSV asset list. Results are cached per analysis context, since several
// rules read the same documents.
import type { AnalysisContext } from '../context';
import type { SourceTree } from './source-tree';
import { YamlTree } from './yaml-tree';
import { JsonTree } from './json-tree';
import { CsvInventoryTree } from './csv-inventory';

export type OutpostKind = 'AssetInventory' | 'CollaborationSettings';

const cache = new WeakMap<AnalysisContext, Map<string, SourceTree[]>>();

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Every YAML document of the file as a tree (documents that cannot become data are skipped). */
export function yamlTrees(ctx: AnalysisContext): SourceTree[] {
  return cached(ctx, '*yaml', () => {
    const out: SourceTree[] = [];
    ctx.yaml?.docs.forEach((d, i) => {
      if (d.contents == null) return;
      const t = YamlTree.from(d, i);
      if (t) out.push(t);
    });
    return out;
  });
}

function cached(ctx: AnalysisContext, key: string, make: () => SourceTree[]): SourceTree[] {
  let m = cache.get(ctx);
  if (!m) cache.set(ctx, (m = new Map()));
  let v = m.get(key);
  if (!v) m.set(key, (v = make()));
  return v;
}

/** The documents of an Outpost format in this file. */
export function outpostDocuments(ctx: AnalysisContext, kind: OutpostKind): SourceTree[] {
  return cached(ctx, kind, () => {
    if (ctx.syntax === 'csv') {
      const csv = ctx.csv;
      return kind === 'AssetInventory' && csv && csv.header.length > 0 ? [new CsvInventoryTree(csv)] : [];
    }
    if (ctx.syntax === 'json') {
      const root = ctx.json?.root;
      if (!root) return [];
      const t = new JsonTree(root);
      return isObject(t.data) && t.data['kind'] === kind ? [t] : [];
    }
    return yamlTrees(ctx).filter((t) => isObject(t.data) && t.data['kind'] === kind);
  });
}
