// Where a finding points, following one convention everywhere (schema errors and rules alike):
//   a missing property  -> its parent's key (for a list item, the item's id; for the root,
//                          the document's first key)
//   an unknown property -> its own key
//   a wrong value       -> the value (for a map or list, its key, so the squiggle stays short)
// When a path cannot be located (an alias, a hand-broken file) the nearest ancestor is used.
import type { Range } from '../types';
import type { PathSegment } from '../parse/entry';
import type { SourceTree } from './source-tree';
import { dataAt } from './source-tree';

const LABEL_KEYS = ['id', 'name', 'username', 'service'] as const;

/** A short human label for a list item: its id/name, when it has one. */
export function itemLabel(tree: SourceTree, path: readonly PathSegment[]): string | undefined {
  const v = dataAt(tree.data, path);
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  for (const k of LABEL_KEYS) {
    const s = (v as Record<string, unknown>)[k];
    if (typeof s === 'string' || typeof s === 'number') return String(s);
  }
  return undefined;
}

/** For a keyless collection (a list item without an id): the key of its first entry. */
function firstChildRange(tree: SourceTree, path: readonly PathSegment[], whole: Range): Range {
  const v = dataAt(tree.data, path);
  const first = Array.isArray(v) ? (v.length > 0 ? 0 : undefined) : v && typeof v === 'object' ? Object.keys(v)[0] : undefined;
  if (first === undefined) return whole;
  const l = tree.locate([...path, first]);
  return l?.keyRange ?? l?.valueRange ?? whole;
}

/** The range naming the node at `path` itself: its key, or for a list item its id. */
export function keyRangeAt(tree: SourceTree, path: readonly PathSegment[]): Range {
  for (let n = path.length; n >= 0; n--) {
    const p = path.slice(0, n);
    if (p.length === 0) return tree.headRange;
    const loc = tree.locate(p);
    if (!loc) continue;
    if (loc.keyRange) return loc.keyRange;
    if (typeof p[p.length - 1] === 'number' || /^\d+$/.test(String(p[p.length - 1]))) {
      for (const k of LABEL_KEYS) {
        const l = tree.locate([...p, k]);
        if (l && !l.collection) return l.valueRange;
      }
    }
    return loc.collection ? firstChildRange(tree, p, loc.valueRange) : loc.valueRange;
  }
  return tree.headRange;
}

/** The range of the value at `path` (a collection is pointed at through its key). */
export function valueRangeAt(tree: SourceTree, path: readonly PathSegment[]): Range {
  const loc = tree.locate(path);
  if (loc && !loc.collection) return loc.valueRange;
  return keyRangeAt(tree, path);
}

/** Where to point when `property` is missing under `parent`. */
export function missingRangeAt(tree: SourceTree, parent: readonly PathSegment[]): Range {
  return keyRangeAt(tree, parent);
}
