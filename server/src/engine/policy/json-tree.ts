// SourceTree over a JSON/JSONC document parsed by jsonc-parser.
import { findNodeAtLocation, getNodeValue } from 'jsonc-parser';
import type { Node as JsonNode } from 'jsonc-parser';
import type { Range } from '../types';
import type { PathSegment } from '../parse/entry';
import type { Located, SourceTree } from './source-tree';

export class JsonTree implements SourceTree {
  readonly data: unknown;
  readonly doc = 0;
  readonly headRange: Range;

  constructor(private readonly root: JsonNode) {
    this.data = getNodeValue(root);
    const firstKey = root.type === 'object' ? root.children?.[0]?.children?.[0] : undefined;
    this.headRange = firstKey ? { start: firstKey.offset, end: firstKey.offset + firstKey.length } : { start: root.offset, end: root.offset + 1 };
  }

  locate(path: readonly PathSegment[]): Located | undefined {
    const segs = path.map((s, i) => {
      // Array indexes must be numbers for jsonc-parser; keys stay strings.
      const parent = findNodeAtLocation(this.root, path.slice(0, i) as (string | number)[]);
      return parent?.type === 'array' ? Number(s) : String(s);
    });
    const node = findNodeAtLocation(this.root, segs);
    if (!node) return undefined;
    const located: Located = {
      valueRange: { start: node.offset, end: node.offset + node.length },
      collection: node.type === 'object' || node.type === 'array',
    };
    const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    if (key && key !== node) located.keyRange = { start: key.offset, end: key.offset + key.length };
    return located;
  }
}
