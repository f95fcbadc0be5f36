// Just enough of a Groovy lexer for the Jenkinsfile fix: which string literal holds an offset,
// and which `name { ... }` blocks enclose it (environment, steps, stage, script, ...).
// Comments and strings are skipped so braces inside them do not count.

export type GroovyDelim = "'" | '"' | "'''" | '"""';

export interface GroovyString {
  /** Offset of the opening delimiter. */
  open: number;
  /** Offset just past the closing delimiter. */
  close: number;
  delim: GroovyDelim;
}

export interface GroovySpot {
  string: GroovyString | undefined;
  /** Names of the enclosing blocks, outermost first ('' for an anonymous block). */
  blocks: string[];
}

function blockName(text: string, brace: number): string {
  let i = brace - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  if (text[i] === ')') {
    let depth = 0;
    for (; i >= 0; i--) {
      if (text[i] === ')') depth++;
      else if (text[i] === '(' && --depth === 0) break;
    }
    i--;
    while (i >= 0 && /\s/.test(text[i]!)) i--;
  }
  const end = i + 1;
  while (i >= 0 && /[A-Za-z0-9_]/.test(text[i]!)) i--;
  return text.slice(i + 1, end);
}

function stringEnd(text: string, from: number, delim: GroovyDelim): number {
  const multi = delim.length === 3;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (!multi && c === '\n') return i; // unterminated: stop at the line end
    if (text.startsWith(delim, i)) return i + delim.length;
  }
  return text.length;
}

export function groovySpot(text: string, offset: number): GroovySpot {
  const blocks: string[] = [];
  let i = 0;
  while (i < text.length && i <= offset) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '/') {
      const e = text.indexOf('\n', i);
      i = e === -1 ? text.length : e;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const e = text.indexOf('*/', i + 2);
      i = e === -1 ? text.length : e + 2;
      continue;
    }
    if (c === "'" || c === '"') {
      const delim = (text.startsWith(c.repeat(3), i) ? c.repeat(3) : c) as GroovyDelim;
      const close = stringEnd(text, i + delim.length, delim);
      if (offset >= i + delim.length && offset < close) return { string: { open: i, close, delim }, blocks };
      i = close;
      continue;
    }
    if (c === '{') blocks.push(blockName(text, i));
    else if (c === '}') blocks.pop();
    i++;
  }
  return { string: undefined, blocks };
}

/** Escapes text for use inside a Groovy string with this delimiter (`$` is interpolation in "..."). */
export function groovyEscape(s: string, delim: GroovyDelim): string {
  let out = s.replace(/\\/g, '\\\\');
  if (delim === "'") out = out.replace(/'/g, "\\'");
  if (delim === '"') out = out.replace(/"/g, '\\"');
  if (delim === '"' || delim === '"""') out = out.replace(/\$/g, '\\$');
  return out;
}
