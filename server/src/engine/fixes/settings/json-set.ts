// Sets a value at a key path of a JSON/JSONC document through jsonc-parser's `modify`, which
// edits text (comments survive) and creates missing objects. The file's indentation is kept.
import { findNodeAtLocation, getNodeValue, modify, parseTree } from 'jsonc-parser';
import type { PathSegment } from '../../parse/entry';
import type { OffsetEdit } from '../fix-provider';

function detectIndent(text: string): { insertSpaces: boolean; tabSize: number } {
  const m = /\n([ \t]+)\S/.exec(text);
  if (!m) return { insertSpaces: true, tabSize: 2 };
  if (m[1]!.startsWith('\t')) return { insertSpaces: false, tabSize: 1 };
  return { insertSpaces: true, tabSize: m[1]!.length };
}

export function jsonSetEdits(text: string, path: readonly PathSegment[], key: string, value: unknown, replace: boolean): OffsetEdit[] | undefined {
  const root = parseTree(text);
  if (!root || root.type !== 'object') return undefined;
  const full = [...path, key] as (string | number)[];
  const existing = findNodeAtLocation(root, full);
  if (existing) {
    if (JSON.stringify(getNodeValue(existing)) === JSON.stringify(value) || !replace) return [];
  }
  const { insertSpaces, tabSize } = detectIndent(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const edits = modify(text, full, value, { formattingOptions: { insertSpaces, tabSize, eol } });
  return edits.map((e) => ({ range: { start: e.offset, end: e.offset + e.length }, newText: e.content }));
}
