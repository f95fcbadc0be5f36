// Adds `key = value` to an HCL block (Terraform resource, Vault listener) named by its entry
// path prefix ([blockType, ...labels, nestedType, ...]), before the block's closing brace, with
// the block's indentation plus two spaces. Values: bools and numbers as written, anything else
// as an HCL string.
import { parseHcl } from '../../parse/hcl';
import type { HclBlock, HclBody } from '../../parse/hcl';
import type { PathSegment } from '../../parse/entry';
import type { OffsetEdit } from '../fix-provider';

function findBlock(body: HclBody, path: readonly PathSegment[]): HclBlock | undefined {
  for (const item of body.items) {
    if (item.type !== 'block') continue;
    const head = [item.blockType, ...item.labels.map((l) => l.value)];
    if (head.length > path.length || !head.every((s, i) => s === String(path[i]))) continue;
    if (head.length === path.length) return item;
    const inner = findBlock(item.body, path.slice(head.length));
    if (inner) return inner;
  }
  return undefined;
}

export function hclValue(value: string): string {
  return /^(true|false|-?\d+(\.\d+)?)$/.test(value) ? value : JSON.stringify(value);
}

export function hclInsertEdits(text: string, parent: readonly PathSegment[], key: string, value: string): OffsetEdit[] | undefined {
  const parsed = parseHcl(text);
  if (parsed.problems.length > 0) return undefined;
  const block = findBlock(parsed.body, parent);
  if (!block || block.close >= text.length) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lineStart = text.lastIndexOf('\n', block.range.start - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, block.range.start))![0];
  const line = `${indent}  ${key} = ${hclValue(value)}`;
  const closeLineStart = text.lastIndexOf('\n', block.close - 1) + 1;
  if (closeLineStart > block.open && /^[ \t]*$/.test(text.slice(closeLineStart, block.close))) {
    return [{ range: { start: closeLineStart, end: closeLineStart }, newText: `${line}${eol}` }];
  }
  // `resource "x" "y" { a = 1 }` or `{}`: open the block onto lines of its own.
  return [{ range: { start: block.close, end: block.close }, newText: `${eol}${line}${eol}${indent}` }];
}
