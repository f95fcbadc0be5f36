// JSON and JSONC (comments, trailing commas) with positions, through jsonc-parser.
import { parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import type { Entry, ParseProblem, PathSegment } from './entry';
import { nestingDepthAtLeast } from './nesting-depth';

export interface ParsedJson {
  root: JsonNode | undefined;
  problems: ParseProblem[];
}

const MAX_DEPTH = 256;

export function parseJson(text: string): ParsedJson {
  const errors: ParseError[] = [];
  let root: JsonNode | undefined;
  // Same guard as YAML (see nesting-depth.ts): deep recursion can abort the process, not just throw.
  if (nestingDepthAtLeast(text, MAX_DEPTH)) {
    return { root: undefined, problems: [{ message: `the document nests more than ${MAX_DEPTH} levels deep, which no real configuration does`, range: { start: 0, end: 0 } }] };
  }
  try {
    root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  } catch (e) {
    // jsonc-parser recurses per nesting level; hostile nesting must not escape as an exception.
    return { root: undefined, problems: [{ message: `JSON could not be parsed: ${(e as Error).message}`, range: { start: 0, end: 0 } }] };
  }
  return {
    root,
    problems: errors.map((e) => ({ message: `JSON: ${printParseErrorCode(e.error)}`, range: { start: e.offset, end: e.offset + e.length } })),
  };
}

export function jsonEntries(parsed: ParsedJson): Entry[] {
  const out: Entry[] = [];
  const walk = (node: JsonNode, path: PathSegment[], key: string, keyRange: Entry['keyRange'], depth: number): void => {
    if (depth > MAX_DEPTH) return;
    switch (node.type) {
      case 'object':
        for (const prop of node.children ?? []) {
          const [k, v] = prop.children ?? [];
          if (!k || !v || typeof k.value !== 'string') continue;
          walk(v, [...path, k.value], k.value, { start: k.offset + 1, end: k.offset + k.length - 1 }, depth + 1);
        }
        break;
      case 'array':
        (node.children ?? []).forEach((c, i) => walk(c, [...path, i], key, keyRange, depth + 1));
        break;
      case 'string': {
        const e: Entry = { path, key, value: String(node.value), valueRange: { start: node.offset + 1, end: node.offset + node.length - 1 }, quote: 'double' };
        if (keyRange) e.keyRange = keyRange;
        out.push(e);
        break;
      }
      case 'number':
      case 'boolean': {
        const e: Entry = { path, key, value: String(node.value), valueRange: { start: node.offset, end: node.offset + node.length }, quote: 'plain' };
        if (keyRange) e.keyRange = keyRange;
        out.push(e);
        break;
      }
      default:
        break;
    }
  };
  if (parsed.root) walk(parsed.root, [], '', undefined, 0);
  return out;
}
