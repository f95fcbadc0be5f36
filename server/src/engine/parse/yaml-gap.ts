// The blank and comment lines between two pieces (see yaml-pieces.ts). Parsed alone, a piece
// ends with them, and the `yaml` package hangs them on the piece's document or mapping; in the
// whole file they sit before the next key and become its `commentBefore` / `spaceBefore`, or the
// trailing comment of the mapping they close. These functions read such a gap the way the
// package does (resolve-props.js and resolve-end.js of yaml 2.x), so the stitched document can
// carry exactly the comments of the whole-file parse.
//
// A gap holds only lines of spaces, an optional comment and a line break: the lexer makes them
// `space`, `comment` (from `#` to the line break, trailing spaces included) and `newline`
// (`\n` or `\r\n`) tokens.

interface GapToken {
  type: 'space' | 'comment' | 'newline';
  source: string;
  /** Indentation of the token's line. */
  indent: number;
}

function* tokens(text: string, from: number, to: number): Generator<GapToken> {
  let i = from;
  while (i < to) {
    const lineStart = i;
    while (i < to && text.charCodeAt(i) === 32) i++;
    const indent = i - lineStart;
    if (i > lineStart) yield { type: 'space', source: text.slice(lineStart, i), indent: 0 };
    if (i >= to) return;
    if (text.charCodeAt(i) === 35 /* # */) {
      let e = text.indexOf('\n', i);
      if (e < 0 || e > to) e = to;
      const end = e > i && e < to && text.charCodeAt(e - 1) === 13 ? e - 1 : e;
      yield { type: 'comment', source: text.slice(i, end), indent };
      i = end;
      if (i >= to) return;
    }
    const nl = text.charCodeAt(i) === 13 ? 2 : 1;
    yield { type: 'newline', source: text.slice(i, i + nl), indent };
    i += nl;
  }
}

/** What a key (or a mapping's trailing item) makes of the gap before it: resolveProps. */
export function gapProps(text: string, from: number, to: number): { comment: string; spaceBefore: boolean } {
  let spaceBefore = false;
  let atNewline = true;
  let comment = '';
  let commentSep = '';
  for (const t of tokens(text, from, to)) {
    if (t.type === 'comment') {
      const cb = t.source.substring(1) || ' ';
      comment = comment ? comment + commentSep + cb : cb;
      commentSep = '';
      atNewline = false;
    } else if (t.type === 'newline') {
      if (atNewline) {
        if (comment) comment += t.source;
        else spaceBefore = true;
      } else {
        commentSep += t.source;
      }
      atNewline = true;
    }
  }
  return { comment, spaceBefore };
}

/** The comment a document takes from the gap after its contents: resolveEnd. */
export function gapEndComment(text: string, from: number, to: number): string {
  let comment = '';
  let sep = '';
  for (const t of tokens(text, from, to)) {
    if (t.type === 'comment') {
      const cb = t.source.substring(1) || ' ';
      comment = comment ? comment + sep + cb : cb;
      sep = '';
    } else if (t.type === 'newline' && comment) {
      sep += t.source;
    }
  }
  return comment;
}

/**
 * Whether a mapping indented by `indent` (> 0) keeps the gap after its last value as its own
 * trailing comment: when any comment in it is indented at least as deep as the mapping. Otherwise
 * the gap moves up to the enclosing mapping (the parser's pop()).
 */
export function gapStaysIn(text: string, from: number, to: number, indent: number): boolean {
  for (const t of tokens(text, from, to)) if (t.type === 'comment' && t.indent >= indent) return true;
  return false;
}
