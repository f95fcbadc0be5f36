// XML with source positions, through saxes (docs/design/xml-parser.md says why saxes). Server and
// build configs (dbconfig.xml, server.xml, settings.xml, NuGet.config) are small, but a workspace
// can hold hostile ones, so the parser is held to what a config needs:
//   - no DTD processing: saxes reports a DOCTYPE as text and never reads an internal or external
//     subset, so `<!ENTITY x SYSTEM "file:///etc/passwd">` is never resolved and no file or URL is
//     ever opened (the engine does no I/O anyway);
//   - no entity expansion beyond the five predefined ones (and character references): a reference
//     to any other entity is a parse problem and stays as its literal text, so billion-laughs
//     expands nothing;
//   - bounded tree: elements deeper than MAX_DEPTH or beyond MAX_ELEMENTS are not kept (parsing
//     goes on, positions stay right), and the tree is built without recursion.
// Offsets are UTF-16 indexes into the analysed text (saxes' `position` is one).
import { SaxesParser } from 'saxes';
import type { ParseProblem } from './entry';
import type { Range } from '../types';

export interface XmlAttribute {
  name: string;
  /** Decoded value (entities and character references replaced, whitespace normalised by saxes). */
  value: string;
  /** The value between the quotes, as written. */
  valueRange: Range;
}

export interface XmlText {
  /** Decoded text (CDATA as is). */
  value: string;
  /** The text as written: between `>` and `</`, or inside `<![CDATA[ ]]>`. */
  range: Range;
}

export interface XmlElement {
  name: string;
  /** From `<` of the start tag to `>` of the end tag (or of the self-closing tag). */
  range: Range;
  /** The tag name in the start tag. */
  nameRange: Range;
  /** Offset just after the start tag's `>` (where children or text begin). */
  contentStart: number;
  attributes: XmlAttribute[];
  children: XmlElement[];
  /** Set when the element holds text (or one CDATA section) and no child element. */
  text?: XmlText;
  parent?: XmlElement;
}

export interface ParsedXml {
  root: XmlElement | undefined;
  problems: ParseProblem[];
}

const MAX_DEPTH = 256;
const MAX_ELEMENTS = 200_000;

export function parseXml(text: string): ParsedXml {
  const problems: ParseProblem[] = [];
  // The engine hides a BOM as a space; XML forbids anything before `<?xml`, so leading
  // whitespace is skipped and offsets shifted back.
  let skip = 0;
  while (skip < text.length && /\s/.test(text[skip]!)) skip++;
  const shift = skip > 0 && text.startsWith('<?xml', skip) ? skip : 0;
  const src = shift > 0 ? text.slice(shift) : text;

  const parser = new SaxesParser({ xmlns: false, position: true });
  let root: XmlElement | undefined;
  const stack: XmlElement[] = [];
  /** Depth of open tags, kept or not. */
  let depth = 0;
  let count = 0;
  /** Text pieces of the innermost kept element since its start tag. */
  let pendingText: XmlText[] = [];
  let mixed = false;
  let lastEnd = 0;
  let tagStart = 0;
  let pendingAttrs: XmlAttribute[] = [];

  const pos = (): number => parser.position;

  parser.on('error', (e) => {
    if (problems.length < 20) {
      const at = Math.min(text.length, pos() + shift);
      problems.push({ message: `XML: ${e.message.replace(/^[^:]*:\d+:\d+: /, '')}`, range: { start: Math.max(0, at - 1), end: at } });
    }
  });
  parser.on('opentagstart', (t) => {
    tagStart = src.lastIndexOf('<', pos() - 1);
    pendingAttrs = [];
    void t;
  });
  parser.on('attribute', (a) => {
    // Fired just after the closing quote; the value cannot contain its own quote character.
    const end = pos() - 1;
    const q = src[end];
    const start = q === '"' || q === "'" ? src.lastIndexOf(q, end - 1) + 1 : end;
    pendingAttrs.push({ name: a.name, value: a.value, valueRange: { start: start + shift, end: end + shift } });
  });
  parser.on('opentag', (t) => {
    depth++;
    const end = pos();
    lastEnd = end;
    const parent = stack[stack.length - 1];
    const keep = depth <= MAX_DEPTH && count < MAX_ELEMENTS && (depth === 1 || parent !== undefined) && stack.length === depth - 1;
    if (parent && keep) mixed = true;
    if (!keep) return;
    count++;
    const el: XmlElement = {
      name: t.name,
      range: { start: tagStart + shift, end: end + shift },
      nameRange: { start: tagStart + 1 + shift, end: tagStart + 1 + t.name.length + shift },
      contentStart: end + shift,
      attributes: pendingAttrs,
      children: [],
    };
    if (parent) {
      el.parent = parent;
      parent.children.push(el);
    } else if (!root) root = el;
    stack.push(el);
    pendingText = [];
    mixed = false;
  });
  parser.on('text', (value) => {
    // Fired at the `<` that ends the text.
    const end = pos() - 1;
    if (stack.length === depth && stack.length > 0 && value.trim() !== '') pendingText.push({ value, range: { start: lastEnd + shift, end: end + shift } });
  });
  parser.on('cdata', (value) => {
    // Fired just after `]]>`.
    const end = pos() - 3;
    if (stack.length === depth && stack.length > 0) pendingText.push({ value, range: { start: end - value.length + shift, end: end + shift } });
    lastEnd = pos();
  });
  parser.on('comment', () => {
    lastEnd = src[pos()] === '>' ? pos() + 1 : pos();
    if (stack.length === depth) mixed = true;
  });
  parser.on('processinginstruction', () => {
    lastEnd = src[pos()] === '>' ? pos() + 1 : pos();
  });
  parser.on('closetag', () => {
    lastEnd = pos();
    if (stack.length === depth && stack.length > 0) {
      const el = stack.pop()!;
      el.range = { start: el.range.start, end: pos() + shift };
      // Only a single run of text (no child elements, comments or several pieces) is a value;
      // the range must cover exactly what was written.
      if (!mixed && el.children.length === 0 && pendingText.length === 1) el.text = pendingText[0]!;
      pendingText = [];
      mixed = true; // the parent now has a child element
    }
    depth--;
  });

  try {
    parser.write(src).close();
  } catch (e) {
    // saxes throws only without an error handler; a bug or a pathological input must not escape.
    if (problems.length === 0) problems.push({ message: `XML could not be parsed: ${(e as Error).message}`, range: { start: 0, end: 0 } });
  }
  if (!root && problems.length === 0) problems.push({ message: 'XML: no root element', range: { start: 0, end: 0 } });
  return { root, problems };
}

/** The first child element named `name`. */
export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

export function attr(el: XmlElement, name: string): XmlAttribute | undefined {
  return el.attributes.find((a) => a.name === name);
}

/** Elements in document order, without recursion. */
export function* elements(root: XmlElement | undefined): Generator<XmlElement> {
  if (!root) return;
  const stack: XmlElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    yield el;
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
}
