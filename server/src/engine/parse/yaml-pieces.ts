// Cuts a single-document YAML file whose root is a block mapping into pieces that the `yaml`
// package can parse on their own and still give exactly the nodes the whole-file parse gives.
//
// A piece starts at a "key line": a line whose first content, at the indentation of the mapping
// being cut, is a simple implicit key (`name:`, `"quoted key":`). At such a line the grammar has
// nothing open that could carry over from the lines above: a block scalar's content is always
// indented deeper than its key, a plain scalar can never contain `: `, and a quoted scalar or
// flow collection still open there leaves the piece above unterminated, which the caller sees as
// a parse error in that piece and answers with the whole-file parse. Anything the scan is not
// sure about simply stays inside the piece above (a bigger piece is never wrong, only slower).
//
// A big piece whose key line is just `key:`, directly followed by the first key of a block
// mapping indented deeper, is cut again at that mapping's own key lines: its head (the key line)
// and one piece per child, each cut again when big enough. Recursion stops at pieces under
// SPLIT_ABOVE characters.

/** A region of the text parsed on its own. */
export interface Piece {
  start: number;
  end: number;
  /** Set when the piece is cut again: [start, headEnd) holds the key, every kid one child. */
  split?: { headEnd: number; kids: Piece[] };
}

/** Pieces larger than this (in characters) are cut at their child keys when they can be. */
export const SPLIT_ABOVE = 1024;

const SPACE = 32;
const HASH = 35;
const CR = 13;
const LF = 10;
const TAB = 9;

/** A simple implicit key at the start of a line's content, up to and including its `:`. */
const KEY_LINE = /(?:[A-Za-z0-9_$.](?:[^\r\n#:]|:(?=[^ \t\r\n])|(?<=[^ \t])#)*|"[^"\\\r\n]*"|'[^'\r\n]*')[ ]*:(?=[ \t\r\n]|$)/y;
/** What may follow `key:` for its value to be cut: nothing but spaces (a comment there would move). */
const EMPTY_REST = /[ ]*\r?\n/y;
/** `---` alone (with an optional comment) at the very start of the document. */
const DOC_START = /---[ ]*(?:#[^\r\n]*)?\r?(?:\n|$)/y;

/** Lines of the text: where each starts, its indentation, and whether it holds content. */
class Lines {
  readonly starts: number[] = [];
  readonly indents: number[] = [];
  /** 0 blank, 1 comment, 2 content. */
  readonly kinds: number[] = [];
  /** A tab inside the indentation: YAML's rules there are subtle, so the caller parses whole. */
  tabIndented = false;

  constructor(readonly text: string) {
    const n = text.length;
    let i = 0;
    while (i < n) {
      let j = i;
      while (text.charCodeAt(j) === SPACE) j++;
      const c = text.charCodeAt(j);
      if (c === TAB) this.tabIndented = true;
      this.starts.push(i);
      this.indents.push(j - i);
      this.kinds.push(j >= n || c === LF || c === CR ? 0 : c === HASH ? 1 : 2);
      const nl = text.indexOf('\n', j);
      if (nl < 0) break;
      i = nl + 1;
    }
  }

  get count(): number {
    return this.starts.length;
  }

  isKeyLine(line: number): boolean {
    KEY_LINE.lastIndex = this.starts[line]! + this.indents[line]!;
    return KEY_LINE.test(this.text);
  }

  /** The key line ends right after its `:`: the value is on the lines below. */
  opensBlock(line: number): boolean {
    KEY_LINE.lastIndex = this.starts[line]! + this.indents[line]!;
    if (!KEY_LINE.test(this.text)) return false;
    EMPTY_REST.lastIndex = KEY_LINE.lastIndex;
    return EMPTY_REST.test(this.text);
  }
}

/**
 * The pieces of `text`, or undefined when it is not a single block mapping at column 0 that can
 * be cut safely (the caller then parses it whole).
 */
export function splitPieces(text: string, splitAbove = SPLIT_ABOVE): Piece[] | undefined {
  const lines = new Lines(text);
  if (lines.tabIndented) return undefined;
  const { text: t, count, kinds, indents, starts } = lines;
  // The first content line must be a key at column 0 (after an optional lone `---`).
  let first = 0;
  while (first < count && kinds[first] !== 2) first++;
  if (first < count && t.startsWith('---', starts[first]!)) {
    DOC_START.lastIndex = starts[first]!;
    if (!DOC_START.test(t)) return undefined;
    first++;
    while (first < count && kinds[first] !== 2) first++;
  }
  if (first >= count || indents[first] !== 0 || !lines.isKeyLine(first)) return undefined;

  const cuts: number[] = [];
  for (let l = first + 1; l < count; l++) {
    if (kinds[l] !== 2 || indents[l] !== 0) continue;
    const c = t.charCodeAt(starts[l]!);
    // Directives and document markers: a stream of documents, not one mapping.
    if (c === 37 /* % */ || t.startsWith('---', starts[l]!) || t.startsWith('...', starts[l]!)) return undefined;
    if (lines.isKeyLine(l)) cuts.push(l);
  }
  const pieces: Piece[] = [];
  let from = 0;
  let fromLine = first;
  for (const l of cuts) {
    pieces.push(piece(lines, from, fromLine, starts[l]!, l, 0, splitAbove));
    from = starts[l]!;
    fromLine = l;
  }
  pieces.push(piece(lines, from, fromLine, t.length, count, 0, splitAbove));
  return pieces;
}

/** The piece from `start` (its key line is `keyLine`) to `end`, just before line `endLine`'s key. */
function piece(lines: Lines, start: number, keyLine: number, end: number, endLine: number, indent: number, splitAbove: number): Piece {
  const p: Piece = { start, end };
  if (end - start > splitAbove) {
    const split = cutChildren(lines, keyLine, end, endLine, indent, splitAbove);
    if (split) p.split = split;
  }
  return p;
}

/** Cuts the block mapping under the key at `keyLine` at its own key lines, when that is safe. */
function cutChildren(lines: Lines, keyLine: number, end: number, endLine: number, indent: number, splitAbove: number): Piece['split'] {
  const { kinds, indents, starts } = lines;
  if (!lines.opensBlock(keyLine)) return undefined;
  // The first child on the very next line: no comment or blank line for the head to own.
  let l = keyLine + 1;
  if (l >= endLine || kinds[l] !== 2) return undefined;
  const inner = indents[l]!;
  if (inner <= indent || !lines.isKeyLine(l)) return undefined;
  const firstKid = l;
  const cuts: number[] = [];
  for (l = firstKid + 1; l < endLine; l++) {
    if (kinds[l] !== 2) continue;
    const at = indents[l]!;
    // Content shallower than the children: not a plain nested mapping, keep the piece whole.
    if (at < inner) return undefined;
    if (at === inner && lines.isKeyLine(l)) cuts.push(l);
  }
  // A piece ends where the next one's key starts, after that line's indentation: in the whole
  // file the parser reads those spaces before it sees the key, as part of the gap that closes
  // the piece above (a mapping that keeps the gap as its trailing comment spans them).
  const kids: Piece[] = [];
  let from = firstKid;
  for (const k of [...cuts, -1]) {
    const kidEnd = k < 0 ? end : starts[k]! + inner;
    kids.push(piece(lines, starts[from]!, from, kidEnd, k < 0 ? endLine : k, inner, splitAbove));
    from = k;
  }
  return { headEnd: starts[firstKid]! + inner, kids };
}
