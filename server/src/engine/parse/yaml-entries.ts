// YAML parsing with positions. Custom tags (`!vault`, `!reference`, `!Ref`, `!Sub`, ...) must
// not fail a document: unknown tags resolve as plain strings/collections and only warn.
import { parseAllDocuments, isMap, isSeq, isScalar, isPair, isAlias, Scalar } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { Entry, ParseProblem, PathSegment } from './entry';
import { splitAssignment } from './entry';
import { nestingDepthAtLeast } from './nesting-depth';
import { precomputedEntries } from './precomputed-entries';

export interface ParsedYaml {
  docs: Document.Parsed[];
  problems: ParseProblem[];
}

// Aliases are never expanded by Outpost (the tree is walked, aliases skipped), so alias bombs
// ("billion laughs") cost nothing here. Callers that need plain JS must pass `maxAliasCount` to toJS().

/** Nesting deeper than this is not walked: hostile documents must not blow the stack. */
const MAX_DEPTH = 256;

/** Documents nested deeper than this are not parsed at all (see nesting-depth.ts for why). */
export const MAX_PARSE_DEPTH = 256;

export function parseYaml(text: string): ParsedYaml {
  if (nestingDepthAtLeast(text, MAX_PARSE_DEPTH)) {
    return { docs: [], problems: [{ message: `the document nests more than ${MAX_PARSE_DEPTH} levels deep, which no real configuration does`, range: { start: 0, end: 0 } }] };
  }
  const docs = parseAllDocuments(text, {
    prettyErrors: false,
    strict: false,
    uniqueKeys: false,
    keepSourceTokens: false,
  });
  const list = (Array.isArray(docs) ? docs : [docs]) as Document.Parsed[];
  const problems: ParseProblem[] = [];
  for (const d of list) {
    for (const e of d.errors) {
      // The yaml package can place an error one past the end (unterminated scalars): clamp it.
      const start = Math.min(e.pos[0], text.length);
      problems.push({ message: e.message.split('\n')[0] ?? e.message, range: { start, end: Math.min(Math.max(e.pos[1], start), text.length) } });
    }
  }
  return { docs: list, problems };
}

function scalarEntry(node: Scalar, path: readonly PathSegment[], key: string, keyRange: Entry['keyRange'], doc: number): Entry | undefined {
  if (!node.range) return undefined;
  const v = node.value;
  if (v === null || v === undefined) return undefined;
  const value = typeof v === 'string' ? v : String(v);
  const [start, valueEnd] = node.range;
  let quote: Entry['quote'] = 'plain';
  let range = { start, end: valueEnd };
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
      quote = 'double';
      range = { start: start + 1, end: valueEnd - 1 };
      break;
    case Scalar.QUOTE_SINGLE:
      quote = 'single';
      range = { start: start + 1, end: valueEnd - 1 };
      break;
    case Scalar.BLOCK_FOLDED:
    case Scalar.BLOCK_LITERAL:
      quote = 'block';
      break;
    default:
      break;
  }
  const entry: Entry = { path, key, value, valueRange: range, quote, doc };
  if (keyRange) entry.keyRange = keyRange;
  if (node.tag && !node.tag.startsWith('tag:yaml.org')) entry.tag = node.tag;
  return entry;
}

/** Every scalar value in every document, with the key it sits under. */
export function yamlEntries(parsed: ParsedYaml): Entry[] {
  // The incremental parse keeps each piece's entries (yaml-piece-entries.ts): no second walk.
  const known = precomputedEntries.get(parsed);
  if (known) return known();
  const out: Entry[] = [];
  parsed.docs.forEach((doc, di) => {
    const walk = (node: unknown, path: PathSegment[], key: string, keyRange: Entry['keyRange'], depth: number, tag?: string): void => {
      if (depth > MAX_DEPTH || node == null || isAlias(node)) return;
      if (isScalar(node)) {
        const e = scalarEntry(node, path, key, keyRange, di);
        if (!e) return;
        if (tag && !e.tag) e.tag = tag;
        out.push(e);
        if (typeof path[path.length - 1] === 'number') {
          const split = splitAssignment(e);
          if (split) out.push(split);
        }
        return;
      }
      const collTag = (node as YamlNode).tag;
      if (isMap(node)) {
        for (const pair of node.items) {
          if (!isPair(pair)) continue;
          const k = pair.key;
          let name: string;
          let kr: Entry['keyRange'];
          if (isScalar(k)) {
            name = String(k.value);
            if (k.range) kr = { start: k.range[0], end: k.range[1] };
          } else {
            continue;
          }
          walk(pair.value, [...path, name], name, kr, depth + 1, collTag ?? tag);
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => walk(item, [...path, i], key, keyRange, depth + 1, collTag ?? tag));
      }
    };
    walk(doc.contents, [], '', undefined, 0);
  });
  return out;
}

/** Finds the node at a key path in one document (array segments are numbers). */
export function nodeAtPath(doc: Document.Parsed, path: readonly PathSegment[]): unknown {
  let node: unknown = doc.contents;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
    } else {
      return undefined;
    }
  }
  return node;
}
