// yamlEntries() of a stitched document from each piece's own entries, computed once per piece.
// An entry depends on its piece alone apart from where the piece sits: its path starts with the
// keys of the pieces it is nested under, and its ranges move with the piece. So a piece's entries
// are taken once from yamlEntries() over the piece's own document, and each parse copies them
// with the path prefix and the ranges shifted. Copies, because findings keep an entry's ranges.
import type { Entry, PathSegment } from './entry';
import { yamlEntries } from './yaml-entries';
import type { ParsedPiece } from './yaml-piece-parse';

/** Paths longer than this could meet yamlEntries' depth limit in the whole document: walk it then. */
export const MAX_STITCHED_PATH = 200;

interface PieceEntries {
  /** The piece offset the ranges were taken at. */
  base: number;
  list: Entry[];
  /** The longest path among them. */
  depth: number;
  /**
   * The copies the last parse made, with the offset and prefix they were made for: a piece that
   * neither moved nor changed parents (every piece before the edit) gives the same objects again
   * instead of a fresh copy of each entry per keystroke. Entries are never changed after creation,
   * so handing the same object to two parses is safe.
   */
  last?: { delta: number; prefix: readonly PathSegment[]; copies: Entry[] };
}

function samePath(a: readonly PathSegment[], b: readonly PathSegment[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const byPiece = new WeakMap<ParsedPiece, PieceEntries>();

function entriesOf(piece: ParsedPiece): PieceEntries {
  let e = byPiece.get(piece);
  if (!e) {
    const list = yamlEntries({ docs: [piece.doc], problems: [] });
    let depth = 0;
    for (const x of list) depth = Math.max(depth, x.path.length);
    e = { base: piece.base, list, depth };
    byPiece.set(piece, e);
  }
  return e;
}

/**
 * Appends the entries of `piece`, nested under `prefix`, to `out`. False when a path would be
 * too deep to be sure of yamlEntries' depth limit (the caller walks the whole document instead).
 */
export function addPieceEntries(out: Entry[], piece: ParsedPiece, prefix: readonly PathSegment[]): boolean {
  const cached = entriesOf(piece);
  if (cached.depth + prefix.length > MAX_STITCHED_PATH) return false;
  const delta = piece.base - cached.base;
  const last = cached.last;
  if (last && last.delta === delta && samePath(last.prefix, prefix)) {
    for (const c of last.copies) out.push(c);
    return true;
  }
  const copies: Entry[] = [];
  for (const e of cached.list) {
    const copy: Entry = { ...e, path: prefix.length === 0 ? e.path : [...prefix, ...e.path], valueRange: { start: e.valueRange.start + delta, end: e.valueRange.end + delta } };
    if (e.keyRange) copy.keyRange = { start: e.keyRange.start + delta, end: e.keyRange.end + delta };
    copies.push(copy);
    out.push(copy);
  }
  cached.last = { delta, prefix: [...prefix], copies };
  return true;
}
