// Jenkins Configuration as Code (jenkins.yaml / casc*.yaml): the security realm and the
// authorization strategy, with their source ranges.
import type { AnalysisContext } from '../../context';
import type { SourceTree } from '../../policy/source-tree';
import { dataAt } from '../../policy/source-tree';
import { yamlTrees } from '../../policy/documents';

export const CASC_KINDS = ['jenkins-casc'] as const;

export interface CascView {
  tree: SourceTree;
  get(...path: (string | number)[]): unknown;
}

export function cascDocuments(ctx: AnalysisContext): CascView[] {
  return yamlTrees(ctx)
    .filter((t) => t.data !== null && typeof t.data === 'object' && 'jenkins' in (t.data as object))
    .map((tree) => ({ tree, get: (...p) => dataAt(tree.data, p) }));
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
