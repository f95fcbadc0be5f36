// Matches the tool table (tools/index.ts) against a document's entries, whatever its syntax: every
// parser yields Entry records with a key path, so one evaluator serves INI, properties, JSON,
// YAML, HCL and XML. The result is a list of facts, safe ones included (the inventory
// cross-check compares them with what an asset inventory declares); the collab/* rules report
// the unsafe and missing ones.
import type { AnalysisContext } from '../context';
import type { Entry, PathSegment } from '../parse/entry';
import type { FileKind, Range } from '../types';
import type { PostureFact, ToolSetting } from './tool-setting';
import { toolSettings } from './index';
import { parentRange, rootRange } from './locate';
import { entriesOf } from './entries';

export type ToolFactState = 'safe' | 'unsafe' | 'missing';

export interface ToolFact {
  setting: ToolSetting;
  fact: PostureFact;
  state: ToolFactState;
  /** The key as written (for a missing key: the path the row names, wildcards filled in). */
  path: PathSegment[];
  doc: number;
  /** Present when the key is in the file. */
  entry?: Entry;
  /** The key (or, when missing, the section / parent key) to point at. */
  range: Range;
}

interface RowIndex {
  byKind: Map<FileKind, ToolSetting[]>;
  bySyntax: ToolSetting[];
}

let index: RowIndex | undefined;

function rowIndex(): RowIndex {
  if (index) return index;
  const byKind = new Map<FileKind, ToolSetting[]>();
  const bySyntax: ToolSetting[] = [];
  for (const row of toolSettings) {
    for (const k of row.kinds) {
      const list = byKind.get(k) ?? [];
      list.push(row);
      byKind.set(k, list);
    }
    if (row.syntaxes && row.sniff) bySyntax.push(row);
  }
  return (index = { byKind, bySyntax });
}

/** The file kinds some row of `fact` applies to, and whether a row matches by syntax (any kind). */
export function toolKinds(fact: PostureFact): { kinds: FileKind[]; anyKind: boolean } {
  const kinds = new Set<FileKind>();
  let anyKind = false;
  for (const row of toolSettings) {
    if (row.fact !== fact) continue;
    row.kinds.forEach((k) => kinds.add(k));
    if (row.syntaxes && row.sniff) anyKind = true;
  }
  return { kinds: [...kinds], anyKind };
}

const lower = (s: PathSegment): string => String(s).toLowerCase();

function segMatches(pattern: PathSegment, actual: PathSegment): boolean {
  return pattern === '*' || lower(pattern) === lower(actual);
}

function prefixMatches(pattern: readonly PathSegment[], actual: readonly PathSegment[], n: number): boolean {
  if (actual.length < n) return false;
  for (let i = 0; i < n; i++) if (!segMatches(pattern[i]!, actual[i]!)) return false;
  return true;
}

/** Compared case-insensitively, trimmed, one pair of quotes removed (a `"true"` in a properties file). */
export function normaliseValue(v: string): string {
  const t = v.trim();
  const q = t[0];
  const unq = (q === '"' || q === "'") && t.length >= 2 && t.endsWith(q) ? t.slice(1, -1) : t;
  return unq.trim().toLowerCase();
}

function baseName(path: string): string {
  const p = path.replace(/\\/g, '/');
  return p.slice(p.lastIndexOf('/') + 1);
}

const pathKey = (doc: number, p: readonly PathSegment[]): string => `${doc}\0${p.map(lower).join('\0')}`;

function rowsFor(ctx: AnalysisContext): ToolSetting[] {
  const idx = rowIndex();
  const own = idx.byKind.get(ctx.kind) ?? [];
  const extra = idx.bySyntax.filter((r) => r.syntaxes!.includes(ctx.syntax) && !own.includes(r));
  return fitting(ctx, [...own, ...extra]);
}

/** The rows whose kind, file name and sniff fit this document. */
function fitting(ctx: AnalysisContext, rows: readonly ToolSetting[]): ToolSetting[] {
  if (rows.length === 0) return [];
  const name = baseName(ctx.path);
  const sniffs = new Map<RegExp, boolean>();
  const sniffed = (re: RegExp): boolean => {
    let v = sniffs.get(re);
    if (v === undefined) sniffs.set(re, (v = re.test(ctx.text)));
    return v;
  };
  const fits = (r: ToolSetting): boolean => (!r.fileName || r.fileName.test(name)) && (!r.sniff || sniffed(r.sniff));
  return rows.filter((r) => (r.kinds.includes(ctx.kind) || (r.syntaxes?.includes(ctx.syntax) && r.sniff)) && fits(r));
}

function evaluateRow(ctx: AnalysisContext, row: ToolSetting, byLeaf: Map<string, Entry[]>): ToolFact[] {
  const n = row.path.length;
  const leaf = row.path[n - 1]!;
  const candidates = leaf === '*' ? entriesOf(ctx) : (byLeaf.get(lower(leaf)) ?? []);
  // The last assignment wins (INI, properties and JSON all read it so).
  const hits = new Map<string, Entry>();
  for (const e of candidates) {
    if (e.path.length !== n || !prefixMatches(row.path, e.path, n)) continue;
    hits.set(pathKey(e.doc ?? 0, e.path), e);
  }
  const unsafe = new Set(row.unsafe.map(normaliseValue));
  const out: ToolFact[] = [];
  const parents = new Set<string>();
  for (const e of hits.values()) {
    const doc = e.doc ?? 0;
    if (row.where && !hasSibling(ctx, doc, e.path.slice(0, -1), row.where)) continue;
    parents.add(pathKey(doc, e.path.slice(0, -1)));
    const bad = unsafe.has(normaliseValue(e.value)) || (row.unsafeMatch !== undefined && row.unsafeMatch.test(e.value.trim()));
    out.push({ setting: row, fact: row.fact, state: bad ? 'unsafe' : 'safe', path: [...e.path], doc, entry: e, range: e.keyRange ?? e.valueRange });
  }
  // A file that does not parse may have lost the key to the error: "missing" cannot be told then.
  if (!row.missingIsUnsafe || row.where || ctx.parseProblems.length > 0) return out;
  for (const m of missingParents(ctx, row, parents)) {
    out.push({ setting: row, fact: row.fact, state: 'missing', path: [...m.parent, leaf], doc: m.doc, range: m.parent.length ? parentRange(ctx, m.doc, m.parent) : rootRange(ctx) });
  }
  return out;
}

function hasSibling(ctx: AnalysisContext, doc: number, parent: readonly PathSegment[], where: { key: string; value: string }): boolean {
  const want = [...parent, where.key];
  return entriesOf(ctx).some((e) => (e.doc ?? 0) === doc && e.path.length === want.length && prefixMatches(want, e.path, want.length) && normaliseValue(e.value) === normaliseValue(where.value));
}

/** Parents that should hold the key but do not: each concrete match of a wildcard parent, or the one named parent. */
function missingParents(ctx: AnalysisContext, row: ToolSetting, present: Set<string>): { doc: number; parent: PathSegment[] }[] {
  const parentPattern = row.path.slice(0, -1);
  const wild = parentPattern.includes('*');
  const out: { doc: number; parent: PathSegment[] }[] = [];
  if (!wild) {
    // One parent; in a multi-document file, the document where the tool's keys live.
    const docs = new Set<number>();
    for (const e of entriesOf(ctx)) if (e.path.length > 0 && (parentPattern.length === 0 || segMatches(parentPattern[0]!, e.path[0]!))) docs.add(e.doc ?? 0);
    if (docs.size === 0) docs.add(0);
    for (const doc of docs) if (!present.has(pathKey(doc, parentPattern))) out.push({ doc, parent: [...parentPattern] });
    return out;
  }
  const seen = new Set<string>();
  for (const e of entriesOf(ctx)) {
    if (e.path.length <= parentPattern.length || !prefixMatches(parentPattern, e.path, parentPattern.length)) continue;
    const doc = e.doc ?? 0;
    const parent = e.path.slice(0, parentPattern.length);
    const k = pathKey(doc, parent);
    if (seen.has(k) || present.has(k)) continue;
    seen.add(k);
    out.push({ doc, parent: [...parent] });
  }
  return out;
}

const cache = new WeakMap<AnalysisContext, ToolFact[]>();

/** Every tool setting the table finds in this document (safe, unsafe and missing). */
export function toolFacts(ctx: AnalysisContext): ToolFact[] {
  const known = cache.get(ctx);
  if (known) return known;
  const facts = evaluate(ctx, rowsFor(ctx));
  cache.set(ctx, facts);
  return facts;
}

const leafIndex = new WeakMap<AnalysisContext, Map<string, Entry[]>>();

function evaluate(ctx: AnalysisContext, rows: readonly ToolSetting[]): ToolFact[] {
  if (rows.length === 0) return [];
  let byLeaf = leafIndex.get(ctx);
  if (!byLeaf) {
    byLeaf = new Map<string, Entry[]>();
    for (const e of entriesOf(ctx)) {
      const k = lower(e.path[e.path.length - 1] ?? '');
      const list = byLeaf.get(k);
      if (list) list.push(e);
      else byLeaf.set(k, [e]);
    }
    leafIndex.set(ctx, byLeaf);
  }
  return rows.flatMap((r) => evaluateRow(ctx, r, byLeaf));
}

/** Rows that are not in the table (a product's own rule, e.g. gitea/install-lock-disabled), evaluated the same way. */
export function evaluateRows(ctx: AnalysisContext, rows: readonly ToolSetting[]): ToolFact[] {
  return evaluate(ctx, fitting(ctx, rows));
}
