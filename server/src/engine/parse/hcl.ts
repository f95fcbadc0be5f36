// HCL2 native syntax parsed into a tree with offsets: bodies of attributes and blocks (with
// labels); values as literals (strings, numbers, bools, null), tuples and objects; everything
// else (references, function calls, operators, conditionals, for-expressions, templates with
// `${…}`) kept as a source span of kind 'expression' — the engine judges literals and never
// evaluates. Recursive descent over hcl-lexer's tokens, bounded nesting, error recovery per
// body item: a malformed item becomes a problem and parsing resumes on the next line.
import type { Range } from '../types';
import type { ParseProblem } from './entry';
import { lexHcl } from './hcl-lexer';
import type { HclToken } from './hcl-lexer';

export interface HclLiteral {
  kind: 'literal';
  range: Range;
  /** The decoded value; numbers, bools and null as written. */
  value: string;
  valueType: 'string' | 'number' | 'bool' | 'null';
  /** Strings: inside the quotes / the heredoc body; other literals: the token. */
  content: Range;
  quote: 'double' | 'heredoc' | 'plain';
}
export interface HclTuple {
  kind: 'tuple';
  range: Range;
  items: HclExpr[];
}
export interface HclObjectItem {
  /** The key when it is a name or a literal string; undefined for computed keys `(var.k)`. */
  key?: string;
  keyRange: Range;
  value: HclExpr;
}
export interface HclObject {
  kind: 'object';
  range: Range;
  items: HclObjectItem[];
}
export interface HclExpression {
  /** A reference, call, operation, conditional, for-expression or template: not a literal. */
  kind: 'expression';
  range: Range;
  /** A quoted string or heredoc with interpolation (`"${var.x}"`). */
  template?: boolean;
}
export type HclExpr = HclLiteral | HclTuple | HclObject | HclExpression;

export interface HclAttribute {
  type: 'attribute';
  name: string;
  nameRange: Range;
  expr: HclExpr;
  range: Range;
}
export interface HclLabel {
  value: string;
  range: Range;
}
export interface HclBlock {
  type: 'block';
  blockType: string;
  typeRange: Range;
  labels: HclLabel[];
  body: HclBody;
  range: Range;
  /** Offset just after `{` and of the closing `}` (the end of text when it is missing): where fixes insert. */
  open: number;
  close: number;
}
export interface HclBody {
  items: (HclAttribute | HclBlock)[];
  range: Range;
}
export interface ParsedHcl {
  body: HclBody;
  problems: ParseProblem[];
}

/** Deeper nesting than any real configuration; past it the parse stops (a hostile file must not blow the stack). */
const MAX_DEPTH = 100;
/** A file with more malformed items than this is not HCL: the rest is not parsed (each recovery costs a throw). */
const MAX_ERRORS = 200;

// Thrown to unwind to the enclosing body item; deliberately not an Error: capturing a stack trace
// per malformed line made a file with an error on every line parse 40x slower.
class HclSyntaxError {
  constructor(
    readonly message: string,
    readonly range: Range,
  ) {}
}
class HclTooDeep extends HclSyntaxError {}

const BINARY = new Set(['+', '-', '*', '/', '%', '==', '!=', '<', '>', '<=', '>=', '&&', '||']);

export function parseHcl(text: string): ParsedHcl {
  const { tokens, problems } = lexHcl(text);
  let pos = 0;
  let errors = 0;
  /** The top-level items so far: kept when the parse has to stop early. */
  let rootItems: (HclAttribute | HclBlock)[] = [];
  /** Per open bracket: do newlines inside it separate items (false for `[`/`(`, true for objects and bodies)? */
  const nlSignificant: boolean[] = [true];

  const problem = (e: HclSyntaxError): void => {
    if (problems.length < 20) problems.push({ message: e.message, range: e.range });
  };
  const skipNl = (): void => {
    while (tokens[pos]!.type === 'newline') pos++;
  };
  const peek = (): HclToken => {
    if (!nlSignificant[nlSignificant.length - 1]) skipNl();
    return tokens[pos]!;
  };
  const next = (): HclToken => {
    const t = peek();
    if (t.type !== 'eof') pos++;
    return t;
  };
  const isPunct = (t: HclToken, p: string): boolean => t.type === 'punct' && t.text === p;
  const fail = (what: string, t: HclToken): never => {
    throw new HclSyntaxError(t.type === 'eof' ? `${what}, found the end of the file` : `${what}, found ${JSON.stringify(text.slice(t.start, Math.min(t.end, t.start + 20)))}`, { start: t.start, end: t.end });
  };
  const expect = (p: string): HclToken => {
    const t = next();
    if (!isPunct(t, p)) fail(`expected "${p}"`, t);
    return t;
  };
  const guard = (depth: number, t: HclToken): void => {
    if (depth > MAX_DEPTH) throw new HclTooDeep(`nesting deeper than ${MAX_DEPTH} levels`, { start: t.start, end: t.end });
  };

  /** Skips a bracketed for-expression whose opening bracket was consumed; returns the closing token. */
  const skipBalanced = (close: string, opener: HclToken): HclToken => {
    let depth = 1;
    for (;;) {
      const t = tokens[pos]!;
      if (t.type === 'eof') fail(`"${opener.text}" is never closed`, opener);
      pos++;
      if (t.type !== 'punct') continue;
      if (t.text === '{' || t.text === '[' || t.text === '(') depth++;
      else if (t.text === '}' || t.text === ']' || t.text === ')') {
        if (--depth === 0) {
          if (t.text !== close) fail(`expected "${close}"`, t);
          return t;
        }
      }
    }
  };

  const parseExpr = (depth: number): HclExpr => {
    let left = parseOperation(depth);
    const q = peek();
    if (isPunct(q, '?')) {
      next();
      parseExpr(depth + 1);
      expect(':');
      const other = parseExpr(depth + 1);
      left = { kind: 'expression', range: { start: left.range.start, end: other.range.end } };
    }
    return left;
  };

  const parseOperation = (depth: number): HclExpr => {
    let left = parseUnary(depth);
    for (;;) {
      const t = peek();
      if (t.type !== 'punct' || !BINARY.has(t.text)) return left;
      next();
      const right = parseUnary(depth + 1);
      left = { kind: 'expression', range: { start: left.range.start, end: right.range.end } };
    }
  };

  const parseUnary = (depth: number): HclExpr => {
    const t = peek();
    guard(depth, t);
    if (isPunct(t, '-') || isPunct(t, '!')) {
      next();
      const operand = parseUnary(depth + 1);
      if (t.text === '-' && operand.kind === 'literal' && operand.valueType === 'number' && operand.range.start === t.end) {
        return { ...operand, range: { start: t.start, end: operand.range.end }, content: { start: t.start, end: operand.range.end }, value: `-${operand.value}` };
      }
      return { kind: 'expression', range: { start: t.start, end: operand.range.end } };
    }
    return parsePostfix(parsePrimary(depth), depth);
  };

  /** `.attr`, `.0`, `.*`, `[index]`, `[*]` after a value: a traversal, so no longer a literal. */
  const parsePostfix = (base: HclExpr, depth: number): HclExpr => {
    let end = base.range.end;
    let traversed = false;
    for (;;) {
      const t = tokens[pos]!; // no newline skipping: `a\n.b` is two lines
      if (isPunct(t, '.')) {
        pos++;
        const m = next();
        if (!(m.type === 'ident' || m.type === 'number' || isPunct(m, '*'))) fail('expected an attribute name after "."', m);
        end = m.end;
        traversed = true;
      } else if (isPunct(t, '[')) {
        pos++;
        nlSignificant.push(false);
        const inner = peek();
        if (isPunct(inner, '*')) next();
        else parseExpr(depth + 1);
        end = expect(']').end;
        nlSignificant.pop();
        traversed = true;
      } else break;
    }
    return traversed ? { kind: 'expression', range: { start: base.range.start, end } } : base;
  };

  const parsePrimary = (depth: number): HclExpr => {
    const t = next();
    const range = { start: t.start, end: t.end };
    switch (t.type) {
      case 'number':
        return { kind: 'literal', range, value: t.text, valueType: 'number', content: range, quote: 'plain' };
      case 'string':
      case 'heredoc':
        if (t.template || t.value === undefined) return { kind: 'expression', range, template: true };
        return { kind: 'literal', range, value: t.value, valueType: 'string', content: t.content!, quote: t.type === 'string' ? 'double' : 'heredoc' };
      case 'ident': {
        if (t.text === 'true' || t.text === 'false') return { kind: 'literal', range, value: t.text, valueType: 'bool', content: range, quote: 'plain' };
        if (t.text === 'null') return { kind: 'literal', range, value: t.text, valueType: 'null', content: range, quote: 'plain' };
        let end = t.end;
        // Provider-defined functions: provider::aws::arn_parse(...)
        while (isPunct(tokens[pos]!, '::') && tokens[pos + 1]!.type === 'ident') {
          end = tokens[pos + 1]!.end;
          pos += 2;
        }
        if (isPunct(tokens[pos]!, '(')) {
          pos++;
          nlSignificant.push(false);
          while (!isPunct(peek(), ')')) {
            parseExpr(depth + 1);
            const sep = peek();
            if (isPunct(sep, ',')) next();
            else if (isPunct(sep, '...')) next();
            else if (!isPunct(sep, ')')) fail('expected "," or ")" in the function call', sep);
          }
          end = expect(')').end;
          nlSignificant.pop();
        }
        return { kind: 'expression', range: { start: t.start, end } };
      }
      case 'punct':
        if (t.text === '(') {
          nlSignificant.push(false);
          parseExpr(depth + 1);
          const close = expect(')');
          nlSignificant.pop();
          return { kind: 'expression', range: { start: t.start, end: close.end } };
        }
        if (t.text === '[') return parseTuple(t, depth);
        if (t.text === '{') return parseObject(t, depth);
        break;
      default:
        break;
    }
    return fail('expected a value', t);
  };

  const parseTuple = (open: HclToken, depth: number): HclExpr => {
    guard(depth, open);
    nlSignificant.push(false);
    try {
      const first = peek();
      if (first.type === 'ident' && first.text === 'for') {
        const close = skipBalanced(']', open);
        return { kind: 'expression', range: { start: open.start, end: close.end } };
      }
      const items: HclExpr[] = [];
      while (!isPunct(peek(), ']')) {
        items.push(parseExpr(depth + 1));
        const sep = peek();
        if (isPunct(sep, ',')) next();
        else if (!isPunct(sep, ']')) fail('expected "," or "]" in the list', sep);
      }
      const close = next();
      return { kind: 'tuple', range: { start: open.start, end: close.end }, items };
    } finally {
      nlSignificant.pop();
    }
  };

  const parseObject = (open: HclToken, depth: number): HclExpr => {
    guard(depth, open);
    nlSignificant.push(true);
    try {
      skipNl();
      const first = tokens[pos]!;
      if (first.type === 'ident' && first.text === 'for') {
        const close = skipBalanced('}', open);
        return { kind: 'expression', range: { start: open.start, end: close.end } };
      }
      const items: HclObjectItem[] = [];
      for (;;) {
        skipNl();
        const k = tokens[pos]!;
        if (isPunct(k, '}')) break;
        if (k.type === 'eof') fail('"{" is never closed', open);
        let key: string | undefined;
        let keyRange: Range;
        if (k.type === 'ident' && !isPunct(tokens[pos + 1]!, '.') && !isPunct(tokens[pos + 1]!, '(') && !isPunct(tokens[pos + 1]!, '[')) {
          pos++;
          key = k.text;
          keyRange = { start: k.start, end: k.end };
        } else if (k.type === 'string' && !k.template) {
          pos++;
          key = k.value;
          keyRange = k.content!;
        } else {
          keyRange = parseExpr(depth + 1).range;
        }
        const eq = next();
        if (!isPunct(eq, '=') && !isPunct(eq, ':')) fail('expected "=" or ":" after the object key', eq);
        const value = parseExpr(depth + 1);
        const item: HclObjectItem = { keyRange, value };
        if (key !== undefined) item.key = key;
        items.push(item);
        const sep = tokens[pos]!;
        if (isPunct(sep, ',')) pos++;
        else if (sep.type !== 'newline' && !isPunct(sep, '}')) fail('expected a new line, "," or "}" after the object item', sep);
      }
      const close = next();
      return { kind: 'object', range: { start: open.start, end: close.end }, items };
    } finally {
      nlSignificant.pop();
    }
  };

  /** Skips the rest of a malformed item: to the end of its line, brackets balanced; stops before a `}` that closes the body. */
  const recover = (): void => {
    let depth = 0;
    for (;;) {
      const t = tokens[pos]!;
      if (t.type === 'eof') return;
      if (t.type === 'newline' && depth <= 0) return;
      if (t.type === 'punct') {
        if (t.text === '{' || t.text === '[' || t.text === '(') depth++;
        else if (t.text === '}' || t.text === ']' || t.text === ')') {
          if (depth === 0 && t.text === '}') return;
          depth = Math.max(0, depth - 1);
        }
      }
      pos++;
    }
  };

  const parseBody = (depth: number, opener?: HclToken): { body: HclBody; close: number } => {
    const items: (HclAttribute | HclBlock)[] = [];
    if (!opener) rootItems = items;
    const start = opener ? opener.end : 0;
    nlSignificant.push(true);
    try {
      for (;;) {
        skipNl();
        const t = tokens[pos]!;
        if (t.type === 'eof') {
          if (opener) problem(new HclSyntaxError(`"${opener.text}" of this block is never closed`, { start: opener.start, end: opener.end }));
          return { body: { items, range: { start, end: t.start } }, close: t.start };
        }
        if (isPunct(t, '}')) {
          if (opener) {
            pos++;
            return { body: { items, range: { start, end: t.start } }, close: t.start };
          }
          problem(new HclSyntaxError('unexpected "}"', { start: t.start, end: t.end }));
          pos++;
          continue;
        }
        const stack = nlSignificant.length;
        try {
          items.push(parseItem(depth));
        } catch (e) {
          if (e instanceof HclTooDeep) throw e;
          if (!(e instanceof HclSyntaxError)) throw e;
          nlSignificant.length = stack; // brackets the failed item opened
          problem(e);
          if (++errors > MAX_ERRORS) throw new HclTooDeep(`more than ${MAX_ERRORS} syntax errors; the rest of the file was not parsed`, e.range);
          recover();
        }
      }
    } finally {
      nlSignificant.pop();
    }
  };

  const parseItem = (depth: number): HclAttribute | HclBlock => {
    const name = tokens[pos]!;
    // HCL 1 (Vault's config) also allows a quoted attribute name: `"default" = { … }`.
    const quotedName = name.type === 'string' && !name.template && isPunct(tokens[pos + 1]!, '=');
    if (name.type !== 'ident' && !quotedName) fail('expected an attribute or block name', name);
    if (quotedName) name.text = name.value!;
    pos++;
    const after = tokens[pos]!;
    if (isPunct(after, '=')) {
      pos++;
      nlSignificant.push(true);
      let expr: HclExpr;
      try {
        expr = parseExpr(depth + 1);
      } finally {
        nlSignificant.pop();
      }
      const end = tokens[pos]!;
      if (end.type !== 'newline' && end.type !== 'eof' && !isPunct(end, '}')) fail('expected a new line after the attribute value', end);
      return { type: 'attribute', name: name.text, nameRange: { start: name.start, end: name.end }, expr, range: { start: name.start, end: expr.range.end } };
    }
    const labels: HclLabel[] = [];
    for (;;) {
      const l = tokens[pos]!;
      if (l.type === 'string' && !l.template) labels.push({ value: l.value!, range: l.content! });
      else if (l.type === 'ident') labels.push({ value: l.text, range: { start: l.start, end: l.end } });
      else break;
      pos++;
    }
    const open = tokens[pos]!;
    if (!isPunct(open, '{')) fail(labels.length ? 'expected "{" after the block labels' : 'expected "=" or a block', open);
    pos++;
    guard(depth + 1, open);
    const { body, close } = parseBody(depth + 1, open);
    const closeTok = tokens[pos - 1]!;
    const end = close < text.length && isPunct(closeTok, '}') ? closeTok.end : close;
    return { type: 'block', blockType: name.text, typeRange: { start: name.start, end: name.end }, labels, body, range: { start: name.start, end }, open: open.end, close };
  };

  let body: HclBody;
  try {
    body = parseBody(0).body;
  } catch (e) {
    if (!(e instanceof HclSyntaxError)) throw e;
    problem(e);
    body = { items: rootItems, range: { start: 0, end: text.length } };
  }
  problems.sort((a, b) => a.range.start - b.range.start);
  return { body, problems };
}

/** The blocks of a body with this type (and, when given, first label). */
export function hclBlocks(body: HclBody, blockType: string, label?: string): HclBlock[] {
  return body.items.filter((i): i is HclBlock => i.type === 'block' && i.blockType === blockType && (label === undefined || i.labels[0]?.value === label));
}

export function hclAttribute(body: HclBody, name: string): HclAttribute | undefined {
  for (const i of body.items) if (i.type === 'attribute' && i.name === name) return i;
  return undefined;
}
