// Incremental YAML parsing: a keystroke changes one small region of a file, so re-parsing should
// cost what that region costs, not what the file costs. The file is cut into pieces at key lines
// (yaml-pieces.ts), each piece is parsed on its own with absolute offsets and cached by its text
// (yaml-piece-parse.ts, yaml-piece-cache.ts), and the pieces are stitched back into one Document
// whose nodes, ranges, values, tags, comments and warnings are those of the whole-file parse
// (the comment lines between pieces are read as the whole-file parse reads them: yaml-gap.ts).
// What analysis derives from the tree is kept per piece too: plain data (yaml-piece-data.ts) and
// yamlEntries() (yaml-piece-entries.ts).
//
// Whenever that equivalence cannot be guaranteed the whole-file parse runs instead: small files
// (it is cheap there), documents nested beyond the parse guard, anything that is not one block
// mapping at column 0 (sequences, flow collections, scalars, several documents, directives), tabs
// in indentation, lone carriage returns, a piece that does not parse cleanly on its own (a syntax
// error, which may also mean a quoted scalar or flow collection runs across the cut), and
// anchors, aliases or merge keys anywhere (they tie pieces together). A text whose pieces were
// mostly never seen is parsed whole as well (see `coldWhole`): the pieces pay off from the next
// version on.
//
// Lifetime: the nodes of a returned document are shared with the cache and are moved (ranges
// shifted, the comment before a piece's first key reassigned) by a later call that places the
// same piece elsewhere. Use the document before parsing again, as analyze() does; never keep it
// across parses.
import { Document, Pair, YAMLMap, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Scalar } from 'yaml';
import type { ParsedYaml } from './yaml-entries';
import { MAX_PARSE_DEPTH, parseYaml, yamlEntries } from './yaml-entries';
import type { Entry, PathSegment } from './entry';
import { precomputedEntries } from './precomputed-entries';
import { addPieceEntries } from './yaml-piece-entries';
import { nestingDepthAtLeast } from './nesting-depth';
import { SPLIT_ABOVE, splitPieces } from './yaml-pieces';
import type { Piece } from './yaml-pieces';
import { PIECE_PARSE_OPTIONS, movePiece, parsePiece } from './yaml-piece-parse';
import type { ParsedPiece } from './yaml-piece-parse';
import { PieceCache } from './yaml-piece-cache';
import { gapEndComment, gapProps, gapStaysIn } from './yaml-gap';
import { addData, pieceData, setDataKey } from './yaml-piece-data';
import type { Data } from './yaml-piece-data';

export interface IncrementalYamlSettings {
  /** Off: every call is the whole-file parse (tests compare the two paths through analyze()). */
  enabled: boolean;
  /** Texts shorter than this are parsed whole: the whole-file parse is cheap there (a few ms at 8 KB). */
  above: number;
  /** Pieces longer than this are cut again at their children's keys (see yaml-pieces.ts). */
  splitAbove: number;
  /**
   * A text most of whose pieces the cache has not seen is parsed whole, its pieces only noted:
   * it is probably read once (a workspace scan, a file just opened), and parsing it piece by piece
   * costs more than parsing it whole. Its next version (an edit) is parsed from pieces. Tests turn
   * this off to stitch every text.
   */
  coldWhole: boolean;
}

const settings: IncrementalYamlSettings = { enabled: true, above: 8 * 1024, splitAbove: SPLIT_ABOVE, coldWhole: true };

/** Changes the settings (tests use small sizes to exercise every path); returns the previous ones. */
export function configureIncrementalYaml(change: Partial<IncrementalYamlSettings>): IncrementalYamlSettings {
  const previous = { ...settings };
  Object.assign(settings, change);
  return previous;
}

/** 1.5 M characters of source: a 30,000-line file and its recent edits; ~30 MB of trees at most. */
const cache = new PieceCache<ParsedPiece | SeenPiece>(1_500_000, 30_000);
/** Texts longer than this are parsed whole: their pieces would not stay in the cache. */
const MAX_INCREMENTAL = 1_000_000;
/**
 * Pieces no parse used among the last this many go (the versions of a piece being typed in).
 * Enough for a few big files edited in turn, or a workspace scan between two keystrokes.
 */
const MAX_IDLE_PARSES = 64;
/**
 * Pieces never reused go after this many parses: a file parsed once (a command-line scan) would
 * otherwise keep its trees alive long enough to make the garbage collector copy them around.
 */
const MAX_IDLE_PARSES_UNUSED = 4;
let stamp = 0;
/** How calls went: stitched from pieces or parsed whole, and how many pieces came from the cache. */
const stats = { stitched: 0, whole: 0, reused: 0 };

/** What one piece contributes to the mapping it belongs to. */
interface Contribution {
  items: YAMLMap['items'];
  /** Where the first key starts. */
  start: number;
  /** The first key: the gap before the piece decides its comment and blank-line flag. */
  firstKey: Scalar;
  /** Offset right after the last pair's value (the mapping's range[1] when this piece is last). */
  valueEnd: number;
  /**
   * Where the trailing gap of blank and comment lines starts: valueEnd, or `end` when the gap
   * went into a node of the piece (an empty value deeper down keeps every line after it).
   */
  gapStart: number;
  /** End of the piece. */
  end: number;
  /** The last pair's value is empty (`key:` and nothing): the gap after it is its own. */
  emptyLast: boolean;
  /** The parsed pieces, in text order (their warnings are the document's); the first is the head of a cut piece. */
  parsed: ParsedPiece[];
  /** The children of a piece cut again: they make the value of its one pair. */
  kids?: Contribution[];
}

/** A piece of a text that was parsed whole: not parsed yet, but seen (see `coldWhole`). */
interface SeenPiece {
  readonly text: string;
  stamp: number;
  reuses: number;
  readonly seen: true;
}

/** One piece to parse (a leaf, or the head of a piece cut again), in text order, with what the cache had. */
interface Slot {
  start: number;
  end: number;
  source: string;
  cached: ParsedPiece | SeenPiece | undefined;
}

/** The pieces are not exactly what the whole-file parse would give. */
class NotStandalone extends Error {}

/**
 * Same result as parseYaml(text), reusing the parsed pieces of earlier texts. Read the lifetime
 * note above: the returned nodes are valid until the next call.
 */
export function parseYamlIncremental(text: string): ParsedYaml {
  const pieces = settings.enabled && text.length >= settings.above && text.length <= MAX_INCREMENTAL && !hasLoneCR(text) ? splitPieces(text, settings.splitAbove) : undefined;
  if (pieces) {
    stamp++;
    try {
      const slots: Slot[] = [];
      slotsOf(text, pieces, slots);
      let known = 0;
      for (const slot of slots) if (slot.cached) known++;
      if (settings.coldWhole && known * 2 < slots.length) {
        note(slots);
      } else if (!nestingDepthAtLeast(text, MAX_PARSE_DEPTH)) {
        const parsed = stitch(text, pieces, { slots, next: 0 });
        stats.stitched++;
        return parsed;
      }
    } catch (e) {
      if (!(e instanceof NotStandalone)) throw e;
    } finally {
      cache.evictUnused(stamp - MAX_IDLE_PARSES, stamp - MAX_IDLE_PARSES_UNUSED);
    }
  }
  stats.whole++;
  return parseYaml(text);
}

/** The slots of `pieces` in the order contribution() loads them, with what the cache has for each. */
function slotsOf(text: string, pieces: readonly Piece[], out: Slot[]): void {
  for (const p of pieces) {
    const end = p.split ? p.split.headEnd : p.end;
    const source = text.slice(p.start, end);
    out.push({ start: p.start, end, source, cached: cache.get(source) });
    if (p.split) slotsOf(text, p.split.kids, out);
  }
}

/** Remembers the pieces of a text parsed whole, so that its next version is parsed from pieces. */
function note(slots: readonly Slot[]): void {
  for (const slot of slots) {
    if (slot.cached) slot.cached.stamp = stamp;
    else cache.set({ text: ownCopy(slot.source), stamp, reuses: 0, seen: true });
  }
}

/** One line break (then the next key's indentation): what follows an empty value that ends its piece cleanly. */
const ONLY_LINE_BREAK = /^[ ]*\r?\n[ ]*$/;

/** A carriage return that does not start a CRLF: a line break to YAML, not to the piece scanner. */
const LONE_CR = /\r(?!\n)/;

function hasLoneCR(text: string): boolean {
  return text.indexOf('\r') >= 0 && LONE_CR.test(text);
}

/** Forgets every cached piece (tests, and callers that want the memory back). */
export function clearIncrementalYamlCache(): void {
  cache.clear();
}

/** Counts since the process started (tests check that the pieces are really used). */
export function incrementalYamlStats(): { stitched: number; whole: number; reused: number } {
  return { ...stats };
}

/** Cached pieces and their characters, for tests of the memory bound. */
export function incrementalYamlCacheSize(): { pieces: number; chars: number } {
  return { pieces: cache.size, chars: cache.cachedChars };
}

function stitch(text: string, pieces: Piece[], cursor: Cursor): ParsedYaml {
  const parts = pieces.map((p) => contribution(text, p, cursor));
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const firstDoc = first.parsed[0]!.doc;
  const lastPiece = last.parsed[last.parsed.length - 1]!;

  const doc = new Document(undefined, PIECE_PARSE_OPTIONS) as unknown as Document.Parsed;
  const root = joinLevel(text, parts, doc.schema);
  // The root mapping never keeps a trailing gap: at the end of the document it becomes the
  // document's own trailing comment.
  root.range = [first.start, last.valueEnd, last.valueEnd];
  const firstRoot = firstDoc.contents as YAMLMap;
  if (firstRoot.commentBefore) root.commentBefore = firstRoot.commentBefore;
  if (firstRoot.spaceBefore) root.spaceBefore = true;
  doc.contents = root as YAMLMap.Parsed;
  if (firstDoc.commentBefore) doc.commentBefore = firstDoc.commentBefore;
  if (firstDoc.directives.docStart) doc.directives.docStart = true;
  if (last.parsed.length === 1) {
    // The last piece was parsed whole: its document ends exactly as the file's does.
    const lastDoc = lastPiece.doc;
    doc.range = [firstDoc.range[0], lastDoc.range[1], lastDoc.range[2]];
    if (lastDoc.comment) doc.comment = lastDoc.comment;
  } else if (last.gapStart === last.end) {
    doc.range = [firstDoc.range[0], last.valueEnd, last.valueEnd];
  } else {
    doc.range = [firstDoc.range[0], last.valueEnd, last.end];
    const comment = gapEndComment(text, last.gapStart, last.end);
    if (comment) doc.comment = comment;
  }
  for (const part of parts) for (const p of part.parsed) for (const w of p.doc.warnings) doc.warnings.push(w);
  // Plain data from the pieces' data (computed once per piece) for the options analysis uses;
  // anything else goes through the package's own toJS over the stitched tree.
  const toJS = doc.toJS.bind(doc);
  Object.defineProperty(doc, 'toJS', {
    value: (options?: Parameters<Document['toJS']>[0]) => (isPlainToJS(options) ? (levelData(parts) ?? toJS(options)) : toJS(options)),
    configurable: true,
  });
  const parsed: ParsedYaml = { docs: [doc], problems: [] };
  precomputedEntries.set(parsed, () => {
    const out: Entry[] = [];
    return levelEntries(out, parts, []) ? out : yamlEntries({ docs: [doc], problems: [] });
  });
  return parsed;
}

/** yamlEntries() of the pieces in order, each under the keys of the pieces it is nested in. */
function levelEntries(out: Entry[], parts: readonly Contribution[], prefix: readonly PathSegment[]): boolean {
  for (const part of parts) {
    if (!part.kids) {
      if (!addPieceEntries(out, part.parsed[0]!, prefix)) return false;
    } else if (!levelEntries(out, part.kids, [...prefix, String(part.firstKey.value)])) {
      return false;
    }
  }
  return true;
}

/** toJS options under which a document without anchors gives exactly the default data. */
function isPlainToJS(options: object | undefined): boolean {
  if (!options) return true;
  for (const k of Object.keys(options)) if (k !== 'maxAliasCount') return false;
  return true;
}

/** The plain data of one mapping from its pieces' data; undefined if a head is not one key. */
function levelData(parts: readonly Contribution[]): Data | undefined {
  const out: Data = {};
  for (const part of parts) {
    const data = pieceData(part.parsed[0]!);
    if (!part.kids) {
      addData(out, data);
      continue;
    }
    // A cut piece: the head's one key, with the mapping of its children.
    const keys = Object.keys(data);
    const value = keys.length === 1 ? levelData(part.kids) : undefined;
    if (!value) return undefined;
    setDataKey(out, keys[0]!, value);
  }
  return out;
}

/**
 * One mapping from the contributions of consecutive pieces: their pairs in order, and before
 * each piece's first key the comments and blank lines that followed the piece above.
 */
function joinLevel(text: string, parts: Contribution[], schema: Document.Parsed['schema']): YAMLMap {
  const map = new YAMLMap(schema);
  map.items = parts.length === 1 ? parts[0]!.items.slice() : parts.flatMap((p) => p.items);
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i]!.firstKey;
    if (i === 0) {
      // The first piece of a mapping: its own parse was right (the comments at the top of the
      // file; nothing between `key:` and its first child), though an earlier stitch that placed
      // the same piece after another one may have changed them.
      const own = parts[i]!.parsed[0]!.firstKeyOwn;
      setGapProps(key, own.commentBefore, own.spaceBefore);
      continue;
    }
    const prev = parts[i - 1]!;
    // `key:` with nothing after it, then blank or comment lines, then a sibling key: the parser
    // splits those lines between the empty value and the sibling; not worth mirroring.
    if (prev.emptyLast && !ONLY_LINE_BREAK.test(text.slice(prev.valueEnd, prev.end))) throw new NotStandalone();
    const { comment, spaceBefore } = gapProps(text, prev.gapStart, prev.end);
    setGapProps(key, comment || undefined, spaceBefore || undefined);
  }
  return map;
}

function setGapProps(key: Scalar, commentBefore: string | null | undefined, spaceBefore: boolean | undefined): void {
  if (commentBefore === undefined) delete key.commentBefore;
  else key.commentBefore = commentBefore;
  if (spaceBefore === undefined) delete key.spaceBefore;
  else key.spaceBefore = spaceBefore;
}

/** The slots of a stitch, consumed in order. */
interface Cursor {
  slots: readonly Slot[];
  next: number;
}

/** Parses (or reuses) the next piece and places it at its offset in the text. */
function load(cursor: Cursor): ParsedPiece {
  const slot = cursor.slots[cursor.next++]!;
  const { source, start } = slot;
  let piece = slot.cached && !('seen' in slot.cached) ? slot.cached : undefined;
  if (piece && !piece.standalone) throw new NotStandalone();
  if (piece && piece.stamp === stamp) {
    // The same text twice in one file: the cached nodes are already placed; parse a copy.
    piece = parsePiece(source, start);
  } else if (piece) {
    movePiece(piece, start);
    piece.reuses++;
    stats.reused++;
  } else {
    piece = parsePiece(slot.cached ? slot.cached.text : ownCopy(source), start);
    // Seen before: a file being edited, whose pieces the next parses will want.
    if (slot.cached) piece.reuses = 1;
    cache.set(piece);
  }
  piece.stamp = stamp;
  if (!piece.standalone) throw new NotStandalone();
  return piece;
}

/**
 * The piece's text as a string of its own. A slice of the file's text keeps the whole file alive
 * (V8 makes it a view), and the scalars parsed from it are slices of it in turn: cached pieces of
 * a thousand versions of a file would hold a thousand copies of the file.
 */
function ownCopy(slice: string): string {
  return JSON.parse(JSON.stringify(slice)) as string;
}

function contribution(text: string, p: Piece, cursor: Cursor): Contribution {
  if (!p.split) {
    const piece = load(cursor);
    const root = piece.doc.contents as YAMLMap.Parsed;
    const firstKey = root.items[0]?.key;
    if (!isScalar(firstKey)) throw new NotStandalone();
    const valueEnd = root.range[1];
    const last = lastValueState(root);
    return { items: root.items, start: root.range[0], firstKey, valueEnd, gapStart: last === 'complete' ? valueEnd : p.end, end: p.end, emptyLast: last === 'empty', parsed: [piece] };
  }
  // The head holds `key:` alone: its value is the empty scalar, replaced by the mapping stitched
  // from the children.
  const head = load(cursor);
  const headRoot = head.doc.contents as YAMLMap.Parsed;
  const pair = headRoot.items[0];
  if (headRoot.items.length !== 1 || !pair || !isScalar(pair.key) || !isScalar(pair.value) || pair.value.value !== null) throw new NotStandalone();
  const kids = p.split.kids.map((k) => contribution(text, k, cursor));
  const lastKid = kids[kids.length - 1]!;
  const value = joinLevel(text, kids, head.doc.schema);
  // The gap after the last child: the child mapping keeps it as its trailing comment when a
  // comment in it is indented as deep as the children, else it moves up past this pair.
  const indent = kids[0]!.start - lineStart(text, kids[0]!.start);
  let valueEnd = lastKid.valueEnd;
  let gapStart = valueEnd;
  if (lastKid.gapStart === lastKid.end) {
    gapStart = p.end;
  } else if (gapStaysIn(text, lastKid.gapStart, lastKid.end, indent)) {
    const { comment } = gapProps(text, lastKid.gapStart, lastKid.end);
    if (comment) value.comment = comment;
    valueEnd = gapStart = lastKid.end;
  }
  value.range = [kids[0]!.start, lastKid.valueEnd, valueEnd];
  const parsed = [head];
  for (const k of kids) parsed.push(...k.parsed);
  return { items: [new Pair(pair.key, value)], start: headRoot.range[0], firstKey: pair.key as Scalar, valueEnd, gapStart, end: p.end, emptyLast: false, parsed, kids };
}

/**
 * How the piece's text ends, seen from its root mapping: with a complete value (the lines after
 * it are a gap the whole-file parse hands to the next key), with an empty value of the root's
 * own last pair, or with an empty value or list item deeper down (which swallows those lines).
 */
function lastValueState(root: YAMLMap): 'complete' | 'empty' | 'absorbed' {
  const pair = root.items[root.items.length - 1];
  if (!pair || pair.value === null) throw new NotStandalone();
  if (isEmptyNode(pair.value)) return 'empty';
  let node: unknown = pair.value;
  for (let depth = 0; depth < 1000; depth++) {
    if (!(isMap(node) || isSeq(node)) || node.flow || node.items.length === 0) return 'complete';
    const item: unknown = node.items[node.items.length - 1];
    const next = isPair(item) ? item.value : item;
    if (next == null || isEmptyNode(next)) return 'absorbed';
    node = next;
  }
  throw new NotStandalone();
}

/** The scalar the parser puts where a value is missing: zero characters long. */
function isEmptyNode(node: unknown): boolean {
  return isScalar(node) && node.range !== undefined && node.range !== null && node.range[0] === node.range[1];
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}
