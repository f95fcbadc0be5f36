// Where to point when a setting is missing: the section header (INI), the parent key (JSON,
// YAML), or, for syntaxes without a tree here, the first key under the parent. Falls back to the
// deepest parent that exists, then to the file's first non-blank line.
import { findNodeAtLocation } from 'jsonc-parser';
import { isMap, isPair, isScalar } from 'yaml';
import type { AnalysisContext } from '../context';
import type { PathSegment } from '../parse/entry';
import type { Range } from '../types';
import { entriesOf } from './entries';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function firstLineRange(text: string): Range {
  const m = /\S[^\r\n]*/.exec(text);
  return m ? { start: m.index, end: m.index + m[0].trimEnd().length } : { start: 0, end: 0 };
}

/** The `[section]` header text of an INI file (the last one, where a re-opened section's keys would go). */
export function iniSectionRange(text: string, section: string): Range | undefined {
  const re = new RegExp(`^[ \\t]*(\\[[ \\t]*${escapeRe(section)}[ \\t]*\\])[ \\t]*\\r?$`, 'gim');
  let found: Range | undefined;
  for (const m of text.matchAll(re)) {
    const start = m.index! + m[0].indexOf('[');
    found = { start, end: start + m[1]!.length };
  }
  return found;
}

function jsonKeyRange(ctx: AnalysisContext, path: readonly PathSegment[]): Range | undefined {
  const root = ctx.json?.root;
  if (!root) return undefined;
  const node = findNodeAtLocation(root, path as (string | number)[]);
  const key = node?.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  return key ? { start: key.offset + 1, end: key.offset + key.length - 1 } : undefined;
}

function yamlKeyRange(ctx: AnalysisContext, doc: number, path: readonly PathSegment[]): Range | undefined {
  let node: unknown = ctx.yaml?.docs[doc]?.contents;
  let range: Range | undefined;
  for (const seg of path) {
    if (!isMap(node)) return undefined;
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value).toLowerCase() === String(seg).toLowerCase());
    if (!pair || !isScalar(pair.key) || !pair.key.range) return undefined;
    range = { start: pair.key.range[0], end: pair.key.range[1] };
    node = pair.value;
  }
  return range;
}

function exactRange(ctx: AnalysisContext, doc: number, path: readonly PathSegment[]): Range | undefined {
  if (path.length === 0) return undefined;
  switch (ctx.syntax) {
    case 'ini':
      return path.length === 1 ? iniSectionRange(ctx.text, String(path[0])) : undefined;
    case 'json':
      return jsonKeyRange(ctx, path);
    case 'yaml':
      return yamlKeyRange(ctx, doc, path);
    default: {
      const lower = path.map((s) => String(s).toLowerCase());
      const e = entriesOf(ctx).find((x) => (x.doc ?? 0) === doc && x.path.length > lower.length && lower.every((s, i) => String(x.path[i]).toLowerCase() === s));
      return e ? (e.keyRange ?? e.valueRange) : undefined;
    }
  }
}

/** The range of the parent a missing key belongs in, or of its nearest existing ancestor. */
export function parentRange(ctx: AnalysisContext, doc: number, parent: readonly PathSegment[]): Range {
  for (let n = parent.length; n >= 1; n--) {
    const r = exactRange(ctx, doc, parent.slice(0, n));
    if (r) return r;
  }
  return firstLineRange(ctx.text);
}

/** For a key missing at the top level: a JSON document's first key (`"realm"`), else the first line. */
export function rootRange(ctx: AnalysisContext): Range {
  if (ctx.syntax === 'json') {
    const first = ctx.json?.root?.type === 'object' ? ctx.json.root.children?.[0]?.children?.[0] : undefined;
    if (first) return { start: first.offset + 1, end: first.offset + first.length - 1 };
  }
  return firstLineRange(ctx.text);
}
