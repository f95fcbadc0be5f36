// One piece of a YAML file parsed on its own, with node ranges that are absolute offsets into
// the whole file: the parser counts from the piece's offset instead of 0, so the nodes carry the
// same ranges the whole-file parse gives them. Moving a parsed piece to another offset (text was
// inserted or deleted above it) shifts its ranges in place.
import { Composer, Parser, isAlias, isCollection, isPair, isScalar, isMap, YAMLMap } from 'yaml';
import type { Document, Node as YamlNode, YAMLError } from 'yaml';

/** The options parseYaml gives the `yaml` package (see yaml-entries.ts); both must agree. */
export const PIECE_PARSE_OPTIONS = {
  prettyErrors: false,
  strict: false,
  uniqueKeys: false,
  keepSourceTokens: false,
} as const;

export interface ParsedPiece {
  readonly text: string;
  /** The offset of the piece's first character that the node ranges currently assume. */
  base: number;
  readonly doc: Document.Parsed;
  /**
   * True when the piece stands alone exactly as it stands in the file: one document, no error,
   * a block mapping at the root (of the plain YAMLMap class, untagged), and no anchor, alias or
   * merge key (those tie pieces together).
   */
  readonly standalone: boolean;
  /** The parse that last placed this piece (see yaml-incremental.ts): a piece is placed once per parse. */
  stamp: number;
  /** How many later parses reused the piece. */
  reuses: number;
  /**
   * What the piece's own parse put before its first key. The stitch overwrites those two
   * properties when the piece follows another one, and restores them when it comes first.
   */
  readonly firstKeyOwn: { commentBefore?: string | null; spaceBefore?: boolean };
  /** The root mapping as plain data, once asked for (yaml-piece-data.ts). */
  data?: Record<string, unknown>;
  /**
   * Every node range of the piece, collected on its first move: an edit moves every piece after
   * it, and walking each tree again (with the yaml package's type checks) cost more per keystroke
   * than re-parsing the edited piece. The arrays are the nodes' own, never replaced after the parse.
   */
  ranges?: [number, number, number][];
}

export function parsePiece(text: string, offset: number): ParsedPiece {
  const parser = new Parser();
  parser.offset = offset;
  const docs = [...new Composer(PIECE_PARSE_OPTIONS).compose(parser.parse(text))] as Document.Parsed[];
  const doc = docs[0]!;
  const root = doc?.contents;
  const standalone =
    docs.length === 1 &&
    doc.errors.length === 0 &&
    isMap(root) &&
    root.constructor === YAMLMap &&
    !root.flow &&
    !root.anchor &&
    !root.tag &&
    !tiesAcrossPieces(root, 0);
  const firstKey = isMap(root) ? root.items[0]?.key : undefined;
  const firstKeyOwn: ParsedPiece['firstKeyOwn'] = {};
  if (isScalar(firstKey)) {
    if (firstKey.commentBefore !== undefined) firstKeyOwn.commentBefore = firstKey.commentBefore;
    if (firstKey.spaceBefore !== undefined) firstKeyOwn.spaceBefore = firstKey.spaceBefore;
  }
  return { text, base: offset, doc, standalone, stamp: 0, reuses: 0, firstKeyOwn };
}

/** An anchor, an alias or a merge key anywhere below `node`. */
function tiesAcrossPieces(node: unknown, depth: number): boolean {
  if (depth > 300) return true; // the nesting guard ran before; never trust a deeper tree
  if (isPair(node)) {
    if (isScalar(node.key) && node.key.value === '<<') return true;
    return tiesAcrossPieces(node.key, depth + 1) || tiesAcrossPieces(node.value, depth + 1);
  }
  if (isAlias(node)) return true;
  if (node == null || typeof node !== 'object') return false;
  if ((node as YamlNode).anchor) return true;
  if (isCollection(node)) {
    for (const item of node.items) if (tiesAcrossPieces(item, depth + 1)) return true;
  }
  return false;
}

/** Moves a parsed piece so that its first character sits at `offset`. */
export function movePiece(piece: ParsedPiece, offset: number): void {
  const delta = offset - piece.base;
  if (delta === 0) return;
  if (!piece.ranges) collectRanges(piece.doc.contents, (piece.ranges = []));
  for (const nr of piece.ranges) {
    nr[0] += delta;
    nr[1] += delta;
    nr[2] += delta;
  }
  const r = piece.doc.range;
  r[0] += delta;
  r[1] += delta;
  r[2] += delta;
  for (const w of piece.doc.warnings) shiftError(w, delta);
  for (const e of piece.doc.errors) shiftError(e, delta);
  piece.base = offset;
}

function shiftError(e: YAMLError, delta: number): void {
  e.pos[0] += delta;
  e.pos[1] += delta;
}

function collectRanges(node: unknown, out: [number, number, number][]): void {
  if (isPair(node)) {
    collectRanges(node.key, out);
    collectRanges(node.value, out);
    return;
  }
  if (node == null || typeof node !== 'object') return;
  const r = (node as YamlNode).range;
  if (r) out.push(r);
  if (isCollection(node)) for (const item of node.items) collectRanges(item, out);
}
