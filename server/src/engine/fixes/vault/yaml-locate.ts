// Finds the YAML scalar that holds an offset, with the chain of collections above it, so a fix
// can reason about structure (the step a `run:` belongs to, its `env:`, flow vs block style).
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node as YamlNode, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { ParsedYaml } from '../../parse/yaml-entries';

export interface ChainLink {
  collection: YAMLMap | YAMLSeq;
  /** For maps: the pair whose value leads down. */
  pair?: Pair;
  /** For sequences: the item index. */
  index?: number;
}

export interface ScalarHit {
  doc: Document.Parsed;
  scalar: Scalar;
  /** From the document root down to the scalar's parent collection. */
  chain: ChainLink[];
}

const within = (node: unknown, offset: number): boolean => {
  const r = (node as YamlNode | null)?.range;
  return !!r && r[0] <= offset && offset <= r[1];
};

export function locateScalar(parsed: ParsedYaml, offset: number): ScalarHit | undefined {
  for (const doc of parsed.docs) {
    if (!within(doc.contents, offset)) continue;
    const chain: ChainLink[] = [];
    let node: unknown = doc.contents;
    for (let depth = 0; depth < 256; depth++) {
      if (isScalar(node)) return { doc, scalar: node, chain };
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && within(p.value, offset));
        if (!pair) return undefined;
        chain.push({ collection: node, pair });
        node = pair.value;
      } else if (isSeq(node)) {
        const index = node.items.findIndex((it) => within(it, offset));
        if (index < 0) return undefined;
        chain.push({ collection: node, index });
        node = node.items[index];
      } else {
        return undefined;
      }
    }
  }
  return undefined;
}

export function keyName(pair: Pair | undefined): string | undefined {
  return pair && isScalar(pair.key) ? String(pair.key.value) : undefined;
}

export function keyStart(pair: Pair): number | undefined {
  return (pair.key as YamlNode | null)?.range?.[0];
}

/** The pair of `map` with this key. */
export function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key) as Pair | undefined;
}

/** The string value under `key` in `map`, if it is a scalar. */
export function stringAt(map: unknown, key: string): string | undefined {
  if (!isMap(map)) return undefined;
  const v = pairOf(map, key)?.value;
  return isScalar(v) && v.value !== null && v.value !== undefined ? String(v.value) : undefined;
}

export function inFlow(chain: readonly ChainLink[]): boolean {
  return chain.some((l) => l.collection.flow === true);
}
