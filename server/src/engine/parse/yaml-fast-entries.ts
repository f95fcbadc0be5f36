// Key/value entries of a YAML text without building a YAML tree. Most files Outpost reads only
// for their entries (compose files, GitLab/CircleCI/Azure/Bitbucket pipelines, inventories,
// any YAML of no known kind): building the `yaml` package's Document for them cost more than the
// rest of their analysis put together. This reader handles the plain block style real files are
// written in, one line at a time, and gives up (returns undefined) on anything else, so the
// caller falls back to the full parse: flow collections other than a one-line list or mapping
// of scalars, tags other than local ones (`!reference`), `?` keys, properties on keys, directives,
// `...`, tabs, carriage returns, a BOM, multi-line quoted scalars, double-quoted scalars with
// escapes, explicit block indentation indicators, a tagged or empty block scalar it cannot place,
// and every indentation the full parser would call an error. Anchors are read over, aliases give
// no entry (yamlEntries never expands them either).
// When it returns entries they are exactly yamlEntries(parseYaml(text)), and the text parses
// without a problem (test/unit/yaml-fast-entries.test.ts checks both on every YAML file it can
// find and on random edits of them), so parseProblems can be taken as empty.
import { Document, isScalar } from 'yaml';
import type { Schema } from 'yaml';
import type { Entry, PathSegment } from './entry';
import { splitAssignment } from './entry';

/** Below this many levels: deeper nesting goes to the full parser and its depth guard. */
const MAX_DEPTH = 64;
/** The full parser refuses implicit keys longer than 1024 characters. */
const MAX_KEY = 1024;

/** Thrown inside the reader when the text leaves the supported subset. */
const GIVE_UP = new Error('outside the fast YAML subset');

let coreSchema: Schema | undefined;
/** A local tag (`!reference`, `!vault`, `!Ref`); `!!type`, verbatim and bare `!` tags go to the full parser. */
const LOCAL_TAG = /^![A-Za-z0-9_][A-Za-z0-9_-]*(?= |$)/;
const ANCHOR = /^&[^\s,[\]{}]+(?= |$)/;
const ALIAS = /^\*[^\s,[\]{}]+(?= |$)/;
/** Every core-schema pattern (null, bool, int, float) matches only texts that start like this (a test holds the yaml package to it). */
export const MAY_RESOLVE = /^(?:[-+.~0-9nNtTfF]|$)/;

/** Off: every caller parses fully (tests compare the two paths through analyze()). */
export const fastYamlSettings = { enabled: true };

interface ScalarTag {
  default?: boolean | 'key';
  test?: RegExp;
  resolve: (value: string, onError: (msg: string) => void, options: object) => unknown;
}

/** A plain scalar's value as the core schema resolves it (`0x1F` is 31, `~` is null), as a string. */
function resolvePlain(source: string): string | undefined {
  if (!MAY_RESOLVE.test(source)) return source;
  coreSchema ??= new Document().schema;
  const tags = coreSchema.tags as unknown as ScalarTag[];
  for (const tag of tags) {
    if (tag.default === true && tag.test?.test(source)) {
      let failed = false;
      const res = tag.resolve(source, () => (failed = true), {});
      if (failed) throw GIVE_UP;
      const v = isScalar(res) ? res.value : res;
      return v === null || v === undefined ? undefined : String(v);
    }
  }
  return source;
}

interface Line {
  start: number;
  /** Offset just past the line's last character (before the newline). */
  end: number;
  indent: number;
  /** Blank or comment-only. */
  empty: boolean;
}

const C_SPACE = 32;
const C_HASH = 35;

/** Characters a plain scalar may not start with (YAML indicators), besides `-`, `?` and `:`. */
const INDICATOR = new Uint8Array(128);
for (const ch of "[]{}&*!|>'\"%@`#,") INDICATOR[ch.charCodeAt(0)] = 1;
/** The character code is a YAML indicator a plain scalar may not start with. */
const isIndicator = (c: number): boolean => c < 128 && INDICATOR[c] === 1;

class Reader {
  readonly lines: Line[] = [];
  i = 0;
  doc = 0;
  readonly out: Entry[] = [];
  /** The tag of the nearest enclosing collection that has one: its entries carry it. */
  inherited: string | undefined;

  constructor(readonly text: string) {
    let start = 0;
    const n = text.length;
    // No line after a final newline: blank lines at the end are real lines only.
    while (start < n) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = n;
      let indent = 0;
      while (start + indent < end && text.charCodeAt(start + indent) === C_SPACE) indent++;
      const first = start + indent < end ? text.charCodeAt(start + indent) : -1;
      this.lines.push({ start, end, indent, empty: first === -1 || first === C_HASH });
      start = end + 1;
    }
  }

  /** Skips blank and comment lines; the index of the next content line or lines.length. */
  next(): number {
    while (this.i < this.lines.length && this.lines[this.i]!.empty) this.i++;
    return this.i;
  }

  peek(): Line | undefined {
    return this.lines[this.next()];
  }

  isDocMarker(l: Line): boolean {
    return l.indent === 0 && this.text.startsWith('---', l.start) && (l.end === l.start + 3 || /^\s*$/.test(this.text.slice(l.start + 3, l.end)));
  }

  run(): Entry[] {
    let first = true;
    for (;;) {
      const l = this.peek();
      if (!l) break;
      if (this.isDocMarker(l)) {
        // A `---` opens a document: the first one when nothing came before it, a new one otherwise.
        if (!first) this.doc++;
        first = false;
        this.i++;
        continue;
      }
      first = false;
      if (l.indent !== 0) throw GIVE_UP;
      this.node(0, -1, [], '', undefined, 0);
      const after = this.peek();
      if (after && !this.isDocMarker(after)) throw GIVE_UP;
    }
    return this.out;
  }

  /** A block collection starting on the next content line, at `indent` (> parent). */
  node(indent: number, parent: number, path: PathSegment[], key: string, keyRange: Entry['keyRange'], depth: number): void {
    if (depth > MAX_DEPTH) throw GIVE_UP;
    const l = this.peek()!;
    if (l.indent !== indent || indent <= parent) throw GIVE_UP;
    if (this.isDash(l, l.start + l.indent)) this.sequence(indent, path, key, keyRange, depth);
    else this.mapping(indent, l.start + indent, path, depth);
  }

  isDash(l: Line, at: number): boolean {
    if (this.text.charCodeAt(at) !== 45 /* - */) return false;
    const c = at + 1 < l.end ? this.text.charCodeAt(at + 1) : -1;
    return c === -1 || c === C_SPACE;
  }

  sequence(indent: number, path: PathSegment[], key: string, keyRange: Entry['keyRange'], depth: number): void {
    let index = 0;
    for (;;) {
      const l = this.peek();
      if (!l || this.isDocMarker(l) || l.indent < indent) return;
      if (l.indent > indent) throw GIVE_UP;
      // A key line at this column ends a sequence that sits under a mapping key at the same column;
      // anywhere else the caller finds the line out of place and gives up.
      if (!this.isDash(l, l.start + indent)) return;
      this.i++;
      let at = l.start + indent + 1;
      while (at < l.end && this.text.charCodeAt(at) === C_SPACE) at++;
      const itemPath = [...path, index++];
      if (at < l.end && this.isDash(l, at)) throw GIVE_UP; // `- - x`: nested on one line
      const opener = this.text.charCodeAt(at);
      const sep = at >= l.end || opener === 91 || opener === 123 || opener === 33 || opener === 38 || opener === 42 ? undefined : this.keySeparator(l, at);
      if (sep !== undefined) {
        // `- key: value`: a mapping whose keys sit at this column.
        this.i--;
        this.mapping(at - l.start, at, itemPath, depth + 1, true);
        continue;
      }
      this.inline(l, at, indent, itemPath, key, keyRange, depth, false, false);
    }
  }

  /**
   * Where the `:` of `key: value` is on this line (the index of the colon), or undefined when the
   * line holds no implicit key.
   */
  keySeparator(l: Line, at: number): number | undefined {
    const t = this.text;
    const c = t.charCodeAt(at);
    if (c === 34 /* " */ || c === 39 /* ' */) {
      const close = this.quotedEnd(l, at);
      if (close === undefined) return undefined;
      if (close < l.end && t.charCodeAt(close) === 58 /* : */) {
        const after = close + 1 < l.end ? t.charCodeAt(close + 1) : -1;
        if (after === -1 || after === C_SPACE) return close;
      }
      return undefined;
    }
    for (let p = at; p < l.end; p++) {
      const ch = t.charCodeAt(p);
      if (ch === C_HASH && p > at && t.charCodeAt(p - 1) === C_SPACE) return undefined;
      if (ch === 58 /* : */) {
        const after = p + 1 < l.end ? t.charCodeAt(p + 1) : -1;
        if (after === -1 || after === C_SPACE) return p;
      }
    }
    return undefined;
  }

  /** Offset just past the closing quote of a one-line quoted scalar starting at `at`, or undefined. */
  quotedEnd(l: Line, at: number): number | undefined {
    const t = this.text;
    const q = t.charCodeAt(at);
    for (let p = at + 1; p < l.end; p++) {
      const ch = t.charCodeAt(p);
      if (q === 34 && ch === 92 /* \ */) {
        p++; // the escaped character never closes the scalar (unquote() checks the escape)
        continue;
      }
      if (ch === q) {
        if (q === 39 && p + 1 < l.end && t.charCodeAt(p + 1) === 39) {
          p++;
          continue;
        }
        return p + 1;
      }
    }
    throw GIVE_UP; // runs onto the next line
  }

  mapping(indent: number, firstAt: number, path: PathSegment[], depth: number, compact = false): void {
    if (depth > MAX_DEPTH) throw GIVE_UP;
    let first = true;
    for (;;) {
      const l = this.peek();
      if (!l || this.isDocMarker(l)) return;
      let at: number;
      if (first && compact) at = firstAt;
      else {
        if (l.indent < indent) return;
        if (l.indent > indent) throw GIVE_UP;
        at = l.start + indent;
      }
      first = false;
      this.i++;
      const t = this.text;
      const sep = this.keySeparator(l, at);
      if (sep === undefined) throw GIVE_UP;
      const c = t.charCodeAt(at);
      let name: string;
      let merge = false;
      const keyRange = { start: at, end: sep };
      if (c === 34 || c === 39) {
        const raw = t.slice(at + 1, sep - 1);
        name = unquote(c, raw);
      } else {
        if (c === 45 /* - */ || c === 63 /* ? */ || c === 58 /* : */ || isIndicator(c)) throw GIVE_UP;
        let end = sep;
        while (end > at && t.charCodeAt(end - 1) === C_SPACE) end--;
        if (end === at) throw GIVE_UP;
        keyRange.end = end;
        const source = t.slice(at, end);
        if (source.includes(' #')) throw GIVE_UP;
        merge = source === '<<';
        name = String(resolvePlain(source) ?? null);
      }
      if (sep - at > MAX_KEY) throw GIVE_UP;
      this.inline(l, this.skipSpaces(sep + 1, l.end), indent, [...path, name], name, keyRange, depth, true, merge);
    }
  }

  /**
   * What follows `key:` or `- ` on a line: a tag and an anchor (either, both, in any order), then an
   * alias, a scalar or a flow collection, or nothing, when the node is on the following lines (a
   * mapping's value may also be a sequence at the key's own column) or null. `merge`: the key is
   * `<<`, read here only when its value is an alias.
   */
  inline(l: Line, at: number, indent: number, path: PathSegment[], key: string, keyRange: Entry['keyRange'], depth: number, inMap: boolean, merge: boolean): void {
    const t = this.text;
    let tag: string | undefined;
    let anchored = false;
    for (;;) {
      const c = t.charCodeAt(at);
      let m: RegExpExecArray | null;
      if (c === 33 /* ! */ && tag === undefined) {
        m = LOCAL_TAG.exec(t.slice(at, l.end));
        if (!m) throw GIVE_UP;
        tag = m[0];
      } else if (c === 38 /* & */ && !anchored) {
        m = ANCHOR.exec(t.slice(at, l.end));
        if (!m) throw GIVE_UP;
        anchored = true;
      } else break;
      at = this.skipSpaces(at + m[0].length, l.end);
    }
    const c = at < l.end ? t.charCodeAt(at) : -1;
    if (merge && (tag !== undefined || anchored || c !== 42)) throw GIVE_UP;
    if (c === -1 || c === C_HASH) {
      if (c === C_HASH && t.charCodeAt(at - 1) !== C_SPACE) throw GIVE_UP;
      const nl = this.peek();
      const deeper = nl !== undefined && !this.isDocMarker(nl) && nl.indent > indent;
      const sameColumnSeq = inMap && nl !== undefined && !this.isDocMarker(nl) && nl.indent === indent && this.isDash(nl, nl.start + indent);
      if (!deeper && !sameColumnSeq) {
        if (tag !== undefined) throw GIVE_UP; // a tagged empty scalar: left to the full parser
        return; // null: no entry
      }
      const outer = this.inherited;
      if (tag !== undefined) this.inherited = tag;
      if (deeper) this.node(nl.indent, indent, path, key, keyRange, depth + 1);
      else this.sequence(indent, path, key, keyRange, depth + 1);
      this.inherited = outer;
      return;
    }
    if (c === 42 /* * */) {
      // An alias is never expanded (yamlEntries skips it): no entry.
      const m = tag !== undefined || anchored ? null : ALIAS.exec(t.slice(at, l.end));
      if (!m) throw GIVE_UP;
      this.lineRestIsComment(l, at + m[0].length);
      const nl = this.peek();
      if (nl && !this.isDocMarker(nl) && nl.indent > indent) throw GIVE_UP;
      return;
    }
    this.value(l, at, indent, path, key, keyRange, depth, tag);
  }

  /** An inline value at `at` on line `l` of a node whose own column is `indent`. */
  value(l: Line, at: number, indent: number, path: PathSegment[], key: string, keyRange: Entry['keyRange'], depth: number, tag: string | undefined): void {
    const t = this.text;
    const c = t.charCodeAt(at);
    if (c === 124 /* | */ || c === 62 /* > */) return this.blockScalar(l, at, indent, path, key, keyRange, tag);
    if (c === 91 /* [ */ || c === 123 /* { */) {
      // A tag on a flow collection is inherited by its items' entries.
      const outer = this.inherited;
      if (tag !== undefined) this.inherited = tag;
      this.flow(l, at, indent, path, key, keyRange, depth);
      this.inherited = outer;
      return;
    }
    let start = at;
    let end: number;
    let quote: Entry['quote'] = 'plain';
    let value: string | undefined;
    if (c === 34 || c === 39) {
      const close = this.quotedEnd(l, at)!;
      this.lineRestIsComment(l, close);
      quote = c === 34 ? 'double' : 'single';
      const raw = t.slice(at + 1, close - 1);
      value = unquote(c, raw);
      start = at + 1;
      end = close - 1;
    } else {
      if (isIndicator(c) || ((c === 45 || c === 63 || c === 58) && (at + 1 >= l.end || t.charCodeAt(at + 1) === C_SPACE))) throw GIVE_UP;
      end = this.plainLineEnd(l, at);
      let folded = t.slice(at, end);
      if (end === l.end || t.charCodeAt(this.skipSpaces(end, l.end)) !== C_HASH) {
        // Deeper lines continue the scalar: folded into one line, a blank line kept as a newline.
        let blanks = 0;
        for (let j = this.i; j < this.lines.length; j++) {
          const ln = this.lines[j]!;
          if (ln.indent === ln.end - ln.start) {
            blanks++;
            continue;
          }
          if (ln.indent <= indent) break;
          const from = ln.start + ln.indent;
          const c0 = t.charCodeAt(from);
          if (c0 === C_HASH) break; // a comment ends the scalar (a deeper line after it is refused below)
          // `--flag` continues the text; `- x`, `? x`, `: x` and indicators are left to the full parser.
          const c1 = from + 1 < ln.end ? t.charCodeAt(from + 1) : C_SPACE;
          if (isIndicator(c0) || ((c0 === 45 || c0 === 63 || c0 === 58) && c1 === C_SPACE)) throw GIVE_UP;
          const e = this.plainLineEnd(ln, from);
          if (e !== ln.end && this.skipSpaces(e, ln.end) !== ln.end) throw GIVE_UP; // a comment after a continuation
          folded += blanks > 0 ? '\n'.repeat(blanks) : ' ';
          folded += t.slice(from, e);
          blanks = 0;
          end = e;
          this.i = j + 1;
        }
      }
      // An unknown tag makes the scalar a string, as written.
      value = tag === undefined ? resolvePlain(folded) : folded;
    }
    // A deeper line after an inline scalar continues it (multi-line scalar) or is an error.
    const nl = this.peek();
    if (nl && !this.isDocMarker(nl) && nl.indent > indent) throw GIVE_UP;
    if (value === undefined) return;
    this.push({ path, key, value, valueRange: { start, end }, quote, doc: this.doc }, keyRange, tag);
  }

  /** End of a plain scalar's text on one line: before ` #` and trailing spaces; refuses `: ` inside. */
  plainLineEnd(l: Line, at: number): number {
    const t = this.text;
    let end = l.end;
    for (let p = at; p < l.end; p++) {
      const ch = t.charCodeAt(p);
      if (ch === C_HASH && p > at && t.charCodeAt(p - 1) === C_SPACE) {
        end = p;
        break;
      }
      if (ch === 58 && (p + 1 >= l.end || t.charCodeAt(p + 1) === C_SPACE)) throw GIVE_UP; // `a: b: c`
    }
    while (end > at && t.charCodeAt(end - 1) === C_SPACE) end--;
    return end;
  }

  skipSpaces(p: number, end: number): number {
    while (p < end && this.text.charCodeAt(p) === C_SPACE) p++;
    return p;
  }

  /** Adds an entry (and its `NAME=value` split in a list); `tag`: the scalar's own tag, else the nearest collection's. */
  push(e: Entry, keyRange: Entry['keyRange'], tag?: string): void {
    if (keyRange) e.keyRange = keyRange;
    const t = tag ?? this.inherited;
    if (t !== undefined) e.tag = t;
    this.out.push(e);
    if (typeof e.path[e.path.length - 1] === 'number') {
      const split = splitAssignment(e);
      if (split) this.out.push(split);
    }
  }

  lineRestIsComment(l: Line, from: number): void {
    const t = this.text;
    let p = from;
    while (p < l.end && t.charCodeAt(p) === C_SPACE) p++;
    if (p < l.end && (t.charCodeAt(p) !== C_HASH || p === from)) throw GIVE_UP;
  }

  /** `|` or `>` with an optional chomping indicator; content on the following, deeper lines. */
  blockScalar(l: Line, at: number, indent: number, path: PathSegment[], key: string, keyRange: Entry['keyRange'], tag: string | undefined): void {
    const t = this.text;
    const folded = t.charCodeAt(at) === 62;
    let p = at + 1;
    let chomp: 'clip' | 'strip' | 'keep' = 'clip';
    const ch = t.charCodeAt(p);
    if (ch === 45 /* - */) (chomp = 'strip'), p++;
    else if (ch === 43 /* + */) (chomp = 'keep'), p++;
    if (p < l.end && t.charCodeAt(p) !== C_SPACE) throw GIVE_UP; // indentation indicator or junk
    this.lineRestIsComment(l, p);
    // Content lines: from the line after the header while blank or deeper than the parent.
    const first = this.i;
    let j = first;
    let blockIndent = -1;
    let lastContent = -1;
    const lines = this.lines;
    for (; j < lines.length; j++) {
      const ln = lines[j]!;
      const len = ln.end - ln.start;
      const blank = ln.indent === len;
      if (blank) {
        if (blockIndent === -1 && len > indent) throw GIVE_UP; // spaces the content indent must be chosen from
        // Spaces beyond the content indentation are content (a line of spaces), not a blank line.
        if (blockIndent === -1 || len <= blockIndent) continue;
      }
      if (blockIndent === -1) {
        if (ln.indent <= indent) break;
        blockIndent = ln.indent;
      } else if (ln.indent < blockIndent) {
        if (ln.indent > indent && !ln.empty) throw GIVE_UP; // less indented content
        break;
      }
      lastContent = j;
    }
    const bodyLines: string[] = [];
    if (lastContent >= first) {
      for (let k = first; k <= lastContent; k++) {
        const ln = lines[k]!;
        bodyLines.push(ln.end - ln.start > blockIndent ? t.slice(ln.start + blockIndent, ln.end) : '');
      }
    }
    // Trailing blank lines: part of the value only when kept.
    let endLine = lastContent;
    let trailing = 0;
    for (let k = Math.max(lastContent + 1, first); k < j; k++) trailing++;
    // An empty block followed by blank lines: the full parser's range for it is not worth mimicking.
    if (lastContent < first && j > first) throw GIVE_UP;
    // Blank lines after the last content line belong to the value when kept.
    if (chomp === 'keep') endLine = j - 1;
    const lastIdx = endLine >= first ? endLine : -1;
    let value: string;
    if (folded) value = fold(bodyLines);
    else value = bodyLines.join('\n');
    if (bodyLines.length > 0) {
      if (chomp === 'clip') value += '\n';
      else if (chomp === 'keep') value += '\n' + '\n'.repeat(trailing);
    }
    // The value runs to its last line's newline, or to the end of a text without a final newline.
    const valueEnd = Math.min(lastIdx !== -1 ? lines[lastIdx]!.end + 1 : l.end + 1, t.length);
    this.i = endLine >= first ? endLine + 1 : first;
    this.push({ path, key, value, valueRange: { start: at, end: valueEnd }, quote: 'block', doc: this.doc }, keyRange, tag);
    const nl = this.peek();
    if (nl && !this.isDocMarker(nl) && nl.indent > indent) throw GIVE_UP;
  }

  /** A one-line `[a, "b"]` or `{k: v}` of scalars. */
  flow(l: Line, at: number, indent: number, path: PathSegment[], key: string, keyRange: Entry['keyRange'], depth: number): void {
    const t = this.text;
    const open = t.charCodeAt(at);
    const close = open === 91 ? 93 : 125;
    let p = at + 1;
    let index = 0;
    const skip = (): void => {
      while (p < l.end && t.charCodeAt(p) === C_SPACE) p++;
    };
    const items: (() => void)[] = [];
    for (;;) {
      skip();
      if (p >= l.end) throw GIVE_UP;
      if (t.charCodeAt(p) === close) {
        p++;
        break;
      }
      // One scalar (a key in a mapping).
      const s = this.flowScalar(l, p);
      p = s.end;
      skip();
      if (open === 123) {
        if (t.charCodeAt(p) !== 58) throw GIVE_UP;
        p++;
        if (p < l.end && t.charCodeAt(p) !== C_SPACE) throw GIVE_UP;
        skip();
        const v = this.flowScalar(l, p);
        p = v.end;
        const name = String(s.value ?? null);
        const kr = { start: s.start - (s.quote === 'plain' ? 0 : 1), end: s.stop + (s.quote === 'plain' ? 0 : 1) };
        if (s.quote === 'plain' && s.value === undefined) throw GIVE_UP;
        items.push(() => {
          if (v.value !== undefined) this.push({ path: [...path, name], key: name, value: v.value, valueRange: { start: v.start, end: v.stop }, quote: v.quote, doc: this.doc }, kr);
        });
      } else {
        if (t.charCodeAt(p) === 58) throw GIVE_UP; // an implicit pair inside a list
        const ip = [...path, index++];
        items.push(() => {
          if (s.value !== undefined) this.push({ path: ip, key, value: s.value, valueRange: { start: s.start, end: s.stop }, quote: s.quote, doc: this.doc }, keyRange);
        });
      }
      skip();
      const sepc = t.charCodeAt(p);
      if (sepc === 44 /* , */) {
        p++;
        continue;
      }
      if (sepc === close) {
        p++;
        break;
      }
      throw GIVE_UP;
    }
    if (depth > MAX_DEPTH) throw GIVE_UP;
    this.lineRestIsComment(l, p);
    const nl = this.peek();
    if (nl && !this.isDocMarker(nl) && nl.indent > indent) throw GIVE_UP;
    for (const f of items) f();
  }

  /** A scalar inside a flow collection: quoted, or plain up to `,` `]` `}` or `: `. */
  flowScalar(l: Line, at: number): { value: string | undefined; start: number; stop: number; end: number; quote: Entry['quote'] } {
    const t = this.text;
    const c = t.charCodeAt(at);
    if (c === 34 || c === 39) {
      const close = this.quotedEnd(l, at)!;
      const raw = t.slice(at + 1, close - 1);
      return { value: unquote(c, raw), start: at + 1, stop: close - 1, end: close, quote: c === 34 ? 'double' : 'single' };
    }
    const n1 = at + 1 < l.end ? t.charCodeAt(at + 1) : -1;
    if (isIndicator(c) || c === 63 || c === 58 || (c === 45 && (n1 === C_SPACE || n1 === 44 || n1 === 93 || n1 === 125 || n1 === -1))) throw GIVE_UP;
    let p = at;
    for (; p < l.end; p++) {
      const ch = t.charCodeAt(p);
      if (ch === 44 || ch === 93 || ch === 125 || ch === 91 || ch === 123) break;
      if (ch === 58) {
        const n = p + 1 < l.end ? t.charCodeAt(p + 1) : -1;
        if (n === C_SPACE || n === 44 || n === 93 || n === 125 || n === -1) break;
      }
      if (ch === C_HASH && t.charCodeAt(p - 1) === C_SPACE) throw GIVE_UP;
    }
    let stop = p;
    while (stop > at && t.charCodeAt(stop - 1) === C_SPACE) stop--;
    if (stop === at) throw GIVE_UP;
    return { value: resolvePlain(t.slice(at, stop)), start: at, stop, end: p, quote: 'plain' };
  }
}

/** Escapes of double-quoted YAML scalars that stand for one character. */
const ESCAPES: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029' };
const HEX_ESCAPE: Record<string, number> = { x: 2, u: 4, U: 8 };

/** The value of a one-line quoted scalar's text between its quotes (`quote`: the quote's character code). */
function unquote(quote: number, raw: string): string {
  if (quote === 39) return raw.includes("'") ? raw.replace(/''/g, "'") : raw;
  if (!raw.includes('\\')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const e = raw[++i];
    if (e === undefined) throw GIVE_UP;
    const one = ESCAPES[e];
    if (one !== undefined) {
      out += one;
      continue;
    }
    const digits = HEX_ESCAPE[e];
    const hex = digits === undefined ? '' : raw.slice(i + 1, i + 1 + digits);
    if (digits === undefined || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) throw GIVE_UP; // unknown escape: an error
    const code = parseInt(hex, 16);
    if (code > 0x10ffff) throw GIVE_UP;
    out += String.fromCodePoint(code);
    i += digits;
  }
  return out;
}

/**
 * A folded block scalar's lines joined: a line break between two text lines becomes a space, or
 * disappears into the blank lines between them; breaks next to a more-indented line are kept.
 */
function fold(lines: readonly string[]): string {
  let out = '';
  let prev: 'none' | 'text' | 'more' = 'none';
  let blanks = 0;
  for (const line of lines) {
    if (line === '') {
      blanks++;
      continue;
    }
    const kind = line.charCodeAt(0) === C_SPACE ? 'more' : 'text';
    if (prev === 'none') out += '\n'.repeat(blanks);
    else if (prev === 'text' && kind === 'text') out += blanks === 0 ? ' ' : '\n'.repeat(blanks);
    else out += '\n'.repeat(blanks + 1);
    out += line;
    prev = kind;
    blanks = 0;
  }
  return out;
}

/**
 * The entries of `text`, or undefined when the text uses YAML this reader does not handle (then
 * parse it fully). A text of no content at all gives no entries.
 */
export function fastYamlEntries(text: string): Entry[] | undefined {
  if (!fastYamlSettings.enabled) return undefined;
  if (text.includes('\uFEFF') || text.includes('\t') || text.includes('\r') || lineStarts(text, '%') || lineStarts(text, '...')) return undefined;
  try {
    return new Reader(text).run();
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
}

/** Some line of the text starts with `s`. */
function lineStarts(text: string, s: string): boolean {
  return text.startsWith(s) || text.includes(`\n${s}`);
}
