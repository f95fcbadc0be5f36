// Bounds on `.outpost.yml` itself: a configuration comes from the repository, so a hostile one
// must not make loading it slow or its error list endless. The schema bounds lists and strings
// (maxItems / maxLength); this file bounds what the schema cannot see: the file's size and how
// deeply its YAML nests (the real schema is four levels deep; anything far deeper is an attack
// or an accident, and walking it recursively is what would hurt).
import { isCollection, isPair } from 'yaml';
import type { Document } from 'yaml';

const MAX_BYTES = 256 * 1024;
const MAX_DEPTH = 32;
const MAX_ERRORS = 20;

function size(text: string): string | undefined {
  return text.length > MAX_BYTES
    ? `is ${Math.ceil(text.length / 1024)} KB; a configuration over ${MAX_BYTES / 1024} KB is refused (it is not a configuration Outpost wrote the schema for).`
    : undefined;
}

/** The first node nested deeper than MAX_DEPTH collections, found without recursion. */
function depth(doc: Document): { message: string; offset: number } | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth: d } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (d >= MAX_DEPTH) {
      return { message: `nests more than ${MAX_DEPTH} levels deep here; no Outpost setting is that deep, so the file is refused. Flatten it.`, offset: node.range?.[0] ?? 0 };
    }
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        stack.push({ node: item.key, depth: d + 1 }, { node: item.value, depth: d + 1 });
      } else stack.push({ node: item, depth: d + 1 });
    }
  }
  return undefined;
}

export const configBounds = { size, depth, MAX_ERRORS, MAX_DEPTH, MAX_BYTES };

/**
 * Offset of character `index` of `pattern` inside the scalar's source text: exact when the
 * pattern is written verbatim (plain or single-quoted without escapes), else the scalar's start.
 */
export function patternColumnOffset(source: string, pattern: string, index: number): number {
  const at = source.indexOf(pattern);
  return at >= 0 ? at + index : 0;
}
