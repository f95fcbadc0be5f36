// SourceTree over one YAML document from the `yaml` package. Plain data comes from toJS with an
// alias budget, so a hostile "billion laughs" document fails here (and is skipped) instead of
// exhausting memory.
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Pair, YAMLMap } from 'yaml';
import type { Range } from '../types';
import type { PathSegment } from '../parse/entry';
import type { Located, SourceTree } from './source-tree';

const MAX_ALIASES = 100;

function rangeOf(node: unknown): Range | undefined {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return r ? { start: r[0], end: r[1] } : undefined;
}

/**
 * The pair of a mapping with this key text, the first one when a key repeats. Rules locate every
 * job of a workflow, so big mappings get an index (built once per mapping) instead of a linear
 * search per lookup, which made analysis quadratic in the number of jobs.
 */
const keyIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairByKey(map: YAMLMap, key: string): Pair | undefined {
  if (map.items.length < 16) return map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
  let index = keyIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      if (!isPair(p) || !isScalar(p.key)) continue;
      const k = String(p.key.value);
      if (!index.has(k)) index.set(k, p);
    }
    keyIndexes.set(map, index);
  }
  return index.get(key);
}

export class YamlTree implements SourceTree {
  readonly data: unknown;
  readonly headRange: Range;

  private constructor(
    private readonly document: Document.Parsed,
    readonly doc: number,
    data: unknown,
  ) {
    this.data = data;
    const contents = document.contents;
    let head = rangeOf(contents) ?? { start: 0, end: 0 };
    if (isMap(contents)) {
      const first = contents.items[0];
      const k = first && isPair(first) ? rangeOf(first.key) : undefined;
      if (k) head = k;
    }
    this.headRange = head;
  }

  /** Undefined when the document cannot be turned into data (alias bomb, broken structure). */
  static from(document: Document.Parsed, doc: number): YamlTree | undefined {
    try {
      const data = document.toJS({ maxAliasCount: MAX_ALIASES }) as unknown;
      return new YamlTree(document, doc, data);
    } catch {
      return undefined;
    }
  }

  locate(path: readonly PathSegment[]): Located | undefined {
    let node: unknown = this.document.contents;
    let keyRange: Range | undefined;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = pairByKey(node, String(seg));
        if (!pair) return undefined;
        keyRange = rangeOf(pair.key);
        node = pair.value;
        // `key:` with nothing after it: the value node is an empty scalar; point at the key.
        if (node == null) return keyRange ? { keyRange, valueRange: keyRange, collection: false } : undefined;
      } else if (isSeq(node)) {
        const i = typeof seg === 'number' ? seg : Number(seg);
        if (!Number.isInteger(i)) return undefined;
        node = node.items[i];
        keyRange = undefined;
        if (node == null) return undefined;
      } else {
        return undefined;
      }
      if (isAlias(node)) return undefined;
    }
    const valueRange = rangeOf(node);
    if (!valueRange) return undefined;
    const located: Located = { valueRange, collection: isMap(node) || isSeq(node) };
    if (keyRange) located.keyRange = keyRange;
    return located;
  }
}
