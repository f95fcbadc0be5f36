// A parsed document seen two ways at once: as plain data (what the schema and the rules read)
// and as a map from key paths back to source ranges (where a finding must point). One
// implementation per syntax: YAML (one per document), JSON, and the CSV asset list.
import type { Range } from '../types';
import type { PathSegment } from '../parse/entry';

export interface Located {
  /** The key of the pair holding the node; absent for array items and the root. */
  keyRange?: Range;
  /** The node's own source range (for a collection, the whole collection). */
  valueRange: Range;
  /** True when the node is a map or a list. */
  collection: boolean;
}

export interface SourceTree {
  /** The document as plain JavaScript data. */
  readonly data: unknown;
  /** Index of the YAML document in a multi-document file (0 otherwise). */
  readonly doc: number;
  /** Where the node at `path` sits in the source, or undefined when it does not exist. */
  locate(path: readonly PathSegment[]): Located | undefined;
  /** A range to point at when the whole document is meant (its first key, or the CSV header). */
  readonly headRange: Range;
}

/** The value at `path` in plain data (array segments may be numbers or numeric strings). */
export function dataAt(data: unknown, path: readonly PathSegment[]): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (Array.isArray(cur)) cur = cur[Number(seg)];
    else if (cur !== null && typeof cur === 'object') cur = (cur as Record<string, unknown>)[String(seg)];
    else return undefined;
  }
  return cur;
}
