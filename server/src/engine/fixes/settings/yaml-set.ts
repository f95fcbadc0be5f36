// Sets `key: value` inside the map at a key path of a YAML document by inserting or replacing
// text, never by re-printing the document: comments, blank lines, quoting and the file's
// indentation stay as they were. Missing maps on the path are created. Returns [] when the key
// already holds the value (so applying a fix twice changes nothing), undefined when the document
// has no place for it (a list where a map was expected, a broken file).
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Pair, YAMLMap } from 'yaml';
import type { PathSegment } from '../../parse/entry';
import { parseYaml } from '../../parse/yaml-entries';
import type { OffsetEdit } from '../fix-provider';
import { yamlFlow, yamlPairLines } from './yaml-render';

export interface YamlSetOptions {
  replace: boolean;
  comment?: string;
  before?: string;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

function lineEndOf(text: string, offset: number): number {
  const n = text.indexOf('\n', offset);
  return n === -1 ? text.length : text[n - 1] === '\r' ? n - 1 : n;
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The file's indentation step: the first nested block map's offset from its parent key. */
export function indentUnit(doc: Document.Parsed, text: string): number {
  let unit: number | undefined;
  const visit = (node: unknown, depth: number): void => {
    if (unit !== undefined || depth > 50) return;
    if (isMap(node)) {
      for (const p of node.items) {
        if (!isPair(p) || !isScalar(p.key) || !p.key.range) continue;
        const v = p.value;
        if (isMap(v) && !v.flow && v.items[0] && isPair(v.items[0]) && isScalar(v.items[0].key) && v.items[0].key.range) {
          const d = columnOf(text, v.items[0].key.range[0]) - columnOf(text, p.key.range[0]);
          if (d > 0) {
            unit = d;
            return;
          }
        }
        visit(v, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const i of node.items) visit(i, depth + 1);
    }
  };
  visit(doc.contents, 0);
  return unit ?? 2;
}

function nest(path: readonly string[], key: string, value: unknown): { key: string; value: unknown } {
  let v: unknown = value;
  let k = key;
  for (let i = path.length - 1; i >= 0; i--) {
    v = { [k]: v };
    k = path[i]!;
  }
  return { key: k, value: v };
}

function keyIndentOf(text: string, map: YAMLMap): number | undefined {
  const first = map.items.find((p) => isPair(p) && isScalar(p.key) && p.key.range);
  const r = first && isScalar(first.key) ? first.key.range : undefined;
  return r ? columnOf(text, r[0]) : undefined;
}

/** Adds a pair to an existing map. */
function addPair(text: string, map: YAMLMap, parentKeyColumn: number, unit: number, key: string, value: unknown, opts: YamlSetOptions): OffsetEdit[] | undefined {
  const eol = eolOf(text);
  if (map.flow) {
    if (!map.range) return undefined;
    const close = text.lastIndexOf('}', map.range[1]);
    if (close < 0) return undefined;
    const empty = map.items.length === 0;
    return [{ range: { start: close, end: close }, newText: `${empty ? '' : ', '}${yamlFlow(key)}: ${yamlFlow(value)}${empty ? '' : ''}` }];
  }
  const indent = keyIndentOf(text, map) ?? parentKeyColumn + unit;
  const lines = yamlPairLines(key, value, indent, unit, opts.comment);
  if (opts.before) {
    const sib = map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === opts.before) as Pair | undefined;
    const r = sib && isScalar(sib.key) ? sib.key.range : undefined;
    if (r) {
      const lineStart = lineStartOf(text, r[0]);
      if (text.slice(lineStart, r[0]).trim() !== '') {
        // The sibling opens a list item (`- run: ...`): the new key takes its place after the
        // dash and the sibling moves to the next line, at the same column.
        return [{ range: { start: r[0], end: r[0] }, newText: lines.join(eol).slice(indent) + eol + ' '.repeat(indent) }];
      }
      // Above the sibling and the comment lines that introduce it.
      let at = lineStart;
      while (at > 0) {
        const prevStart = lineStartOf(text, at - 1);
        if (!/^\s*#/.test(text.slice(prevStart, at - 1))) break;
        at = prevStart;
      }
      const prevLine = at > 0 ? text.slice(lineStartOf(text, at - 1), at - 1).replace(/\r$/, '') : '';
      const gap = at > 0 && prevLine.trim() === '' ? eol : '';
      return [{ range: { start: at, end: at }, newText: lines.join(eol) + eol + gap }];
    }
  }
  const last = [...map.items].reverse().find((p) => isPair(p)) as Pair | undefined;
  if (!last) return undefined;
  const lastNode = (last.value as { range?: number[] } | null)?.range ?? (last.key as { range?: number[] } | null)?.range;
  if (!lastNode) return undefined;
  const end = lastNode[1]!;
  if (text[end - 1] === '\n') return [{ range: { start: end, end }, newText: lines.join(eol) + eol }];
  const at = lineEndOf(text, end);
  return [{ range: { start: at, end: at }, newText: eol + lines.join(eol) }];
}

export function yamlSetEdits(text: string, docIndex: number, path: readonly PathSegment[], key: string, value: unknown, opts: YamlSetOptions): OffsetEdit[] | undefined {
  const parsed = parseYaml(text);
  const doc = parsed.docs[docIndex];
  if (!doc || !isMap(doc.contents)) return undefined;
  const unit = indentUnit(doc, text);
  const eol = eolOf(text);
  let map: YAMLMap = doc.contents;
  let mapKeyColumn = -unit; // the root map's keys sit at column 0
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    let next: unknown;
    let keyStart: number | undefined;
    const pair = map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg)) as Pair | undefined;
    if (!pair) {
      if (typeof seg === 'number') return undefined;
      const rest = path.slice(i + 1);
      if (rest.some((s) => typeof s === 'number')) return undefined;
      const n = nest(rest as string[], key, value);
      return addPair(text, map, mapKeyColumn, unit, String(seg), { [n.key]: n.value }, { replace: opts.replace, ...(opts.comment ? { comment: opts.comment } : {}) });
    }
    next = pair.value;
    keyStart = isScalar(pair.key) && pair.key.range ? pair.key.range[0] : undefined;
    if (isSeq(next) && i + 1 < path.length && typeof path[i + 1] === 'number') {
      next = next.items[path[i + 1] as number];
      i++;
      if (!isMap(next)) return undefined;
      map = next;
      mapKeyColumn = (keyIndentOf(text, next) ?? 0) - unit;
      continue;
    }
    if (isMap(next)) {
      map = next;
      mapKeyColumn = keyStart !== undefined ? columnOf(text, keyStart) : mapKeyColumn + unit;
      continue;
    }
    if ((next == null || (isScalar(next) && (next.value === null || next.value === undefined))) && keyStart !== undefined) {
      // `authentication:` with nothing under it: write the block under the key.
      const rest = path.slice(i + 1);
      if (rest.some((s) => typeof s === 'number')) return undefined;
      const col = columnOf(text, keyStart);
      const n = nest(rest as string[], key, value);
      const lines = yamlPairLines(n.key, n.value, col + unit, unit, opts.comment);
      const scalarRange = isScalar(next) && next.range ? next.range : undefined;
      // Replace an explicit `null`/`~`, keep a trailing comment.
      const colon = text.indexOf(':', (pair.key as { range?: number[] }).range?.[1] ?? keyStart) + 1;
      const from = scalarRange && scalarRange[1] > scalarRange[0] ? colon : lineEndOf(text, keyStart);
      const to = scalarRange && scalarRange[1] > scalarRange[0] ? scalarRange[1] : from;
      const lineEnd = lineEndOf(text, keyStart);
      if (to < lineEnd && text.slice(to, lineEnd).trim() !== '') {
        return [{ range: { start: lineEnd, end: lineEnd }, newText: eol + lines.join(eol) }, ...(to > from ? [{ range: { start: from, end: to }, newText: '' }] : [])];
      }
      return [{ range: { start: from, end: to }, newText: eol + lines.join(eol) }];
    }
    return undefined; // a scalar or list where a map is needed: leave it to the user
  }
  const existing = map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key) as Pair | undefined;
  if (existing) {
    const node = existing.value as { range?: number[]; toJSON?: () => unknown } | null;
    const current = node && typeof (node as { toJSON?: unknown }).toJSON === 'function' ? (node as { toJSON(): unknown }).toJSON() : null;
    if (JSON.stringify(current) === JSON.stringify(value)) return [];
    if (!opts.replace) return [];
    const keyRange = isScalar(existing.key) ? existing.key.range : undefined;
    if (!keyRange) return undefined;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      // A scalar (e.g. `auditLog: false`) becomes a block: rewrite the whole pair.
      const start = keyRange[0];
      const end = node?.range ? node.range[1]! : keyRange[1];
      const col = columnOf(text, start);
      const lines = yamlPairLines(key, value, col, unit, opts.comment);
      const body = lines.join(eol).slice(col);
      const trimmedEnd = text[end - 1] === '\n' ? end - (text[end - 2] === '\r' ? 2 : 1) : end;
      return [{ range: { start, end: trimmedEnd }, newText: body }];
    }
    if (!node?.range) return undefined;
    // A block collection's range runs on through its last line break: keep that break.
    let end = node.range[1]!;
    while (end > node.range[0]! && /\s/.test(text[end - 1]!)) end--;
    return [{ range: { start: node.range[0]!, end }, newText: yamlFlow(value) }];
  }
  return addPair(text, map, mapKeyColumn, unit, key, value, opts);
}
