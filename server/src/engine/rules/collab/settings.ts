// The collaboration-settings documents of a file (kind: CollaborationSettings), with the
// helpers the collab/* rules share: who the tool is, whether it faces the internet, and where
// to point when a setting is missing.
import type { AnalysisContext } from '../../context';
import type { PathSegment } from '../../parse/entry';
import type { Range } from '../../types';
import type { SourceTree } from '../../policy/source-tree';
import { dataAt } from '../../policy/source-tree';
import { outpostDocuments } from '../../policy/documents';
import { keyRangeAt, valueRangeAt } from '../../policy/ranges';

export const COLLAB_KINDS = ['collaboration-settings'] as const;

const SERVICE_NAMES: Record<string, string> = {
  jira: 'Jira',
  confluence: 'Confluence',
  bitbucket: 'Bitbucket',
  gitlab: 'GitLab',
  github: 'GitHub',
  jenkins: 'Jenkins',
  wiki: 'wiki',
  'file-share': 'file share',
};

export interface CollabView {
  tree: SourceTree;
  /** "This Jira instance", "This tool". */
  subject: string;
  internet: boolean;
  get(...path: string[]): unknown;
  has(...path: string[]): boolean;
  /** The value's range, or where the nearest existing parent is named; for a setting missing at
   * the top level, the `exposure: internet` that makes it required. */
  rangeFor(path: readonly PathSegment[]): Range;
}

export function collabDocuments(ctx: AnalysisContext): CollabView[] {
  return outpostDocuments(ctx, 'CollaborationSettings').map((tree) => {
    const service = dataAt(tree.data, ['service']);
    const name = typeof service === 'string' ? SERVICE_NAMES[service] : undefined;
    const subject = name ? `This ${name} instance` : 'This tool';
    const get = (...p: string[]): unknown => dataAt(tree.data, p);
    const has = (...p: string[]): boolean => get(...p) !== undefined && get(...p) !== null;
    return {
      tree,
      subject,
      internet: get('exposure') === 'internet',
      get,
      has,
      rangeFor(path) {
        if (tree.locate(path)) return valueRangeAt(tree, path);
        for (let n = path.length - 1; n >= 1; n--) {
          if (tree.locate(path.slice(0, n))) return keyRangeAt(tree, path.slice(0, n));
        }
        return tree.locate(['exposure']) ? valueRangeAt(tree, ['exposure']) : tree.headRange;
      },
    };
  });
}

/** A positive whole number of days from ruleOptions[ruleId][option], or the default. */
export function dayLimit(ctx: AnalysisContext, ruleId: string, option: string, fallback: number): number {
  const v = ctx.config.ruleOptions[ruleId]?.[option];
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : fallback;
}
