// HCL2 native syntax, tokenised with offsets (Terraform `.tf`/`.tfvars`, Vault server config).
// A hand-written scanner, not regexes: quoted templates with nested `${ … }` (which may hold
// quoted strings of their own), heredocs (`<<EOF`, `<<-EOF`), the three comment forms and
// punctuation. Never throws: malformed input becomes a problem and the scan goes on, so the
// parser always gets a token stream ending in EOF. See docs/design/hcl-parser.md.
import type { Range } from '../types';
import type { ParseProblem } from './entry';

export type HclTokenType = 'ident' | 'number' | 'string' | 'heredoc' | 'punct' | 'newline' | 'eof';

export interface HclToken {
  type: HclTokenType;
  start: number;
  end: number;
  /** Punctuation text (`{`, `=>`, …) or the identifier/number text. */
  text: string;
  /** Strings and heredocs: the content between the delimiters. */
  content?: Range;
  /** Strings and heredocs: true when the content holds `${…}` or `%{…}` (not `$${`). */
  template?: boolean;
  /** Strings: the decoded literal (escapes resolved); undefined for templates. */
  value?: string;
}

const PUNCT3 = new Set(['...']);
const PUNCT2 = new Set(['=>', '==', '!=', '<=', '>=', '&&', '||', '::']);
const PUNCT1 = new Set(['{', '}', '[', ']', '(', ')', '=', ',', '.', ':', '?', '!', '+', '-', '*', '/', '%', '<', '>']);

const isIdentStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
const isIdentPart = (c: number): boolean => isIdentStart(c) || (c >= 48 && c <= 57) || c === 45;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** Every token built with the same fields in the same order: one object shape keeps the parser's property reads fast. */
function token(type: HclTokenType, start: number, end: number, text: string, content?: Range, template?: boolean): HclToken {
  return { type, start, end, text, content, template, value: undefined } as HclToken;
}

export interface LexResult {
  tokens: HclToken[];
  problems: ParseProblem[];
}

export function lexHcl(text: string): LexResult {
  const tokens: HclToken[] = [];
  const problems: ParseProblem[] = [];
  const n = text.length;
  let i = 0;
  const problem = (message: string, start: number, end: number): void => {
    if (problems.length < 20) problems.push({ message, range: { start, end: Math.max(end, start) } });
  };

  /**
   * Scans a quoted template from the opening quote at `q`; returns the index after the closing
   * quote. Interpolations are skipped with their braces balanced; a quote inside one opens a
   * nested string (`"${lookup(m, "k")}"`). A raw newline ends an unterminated string.
   */
  const scanQuoted = (q: number, depthLeft: number): { end: number; template: boolean; closed: boolean } => {
    let j = q + 1;
    let template = false;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 34) return { end: j + 1, template, closed: true };
      if (c === 10) return { end: j, template, closed: false };
      if (c === 92) {
        j += 2;
        continue;
      }
      if ((c === 36 || c === 37) && text.charCodeAt(j + 1) === 123) {
        // `$${` and `%%{` are escapes for a literal `${` / `%{`.
        if (j > q + 1 && text.charCodeAt(j - 1) === c) {
          j += 2;
          continue;
        }
        template = true;
        j = skipInterpolation(j + 2, depthLeft - 1);
        continue;
      }
      j++;
    }
    return { end: n, template, closed: false };
  };

  /** From just after `${`, returns the index after its closing `}` (or the end of the line/text). */
  const skipInterpolation = (from: number, depthLeft: number): number => {
    let depth = 1;
    let j = from;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 123) depth++;
      else if (c === 125) {
        if (--depth === 0) return j + 1;
      } else if (c === 34) {
        if (depthLeft <= 0) return j; // too deeply nested: let the outer string end here
        const inner = scanQuoted(j, depthLeft);
        j = inner.end;
        continue;
      }
      j++;
    }
    return n;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    // Whitespace (newlines are tokens: they end attributes).
    if (c === 32 || c === 9 || c === 13 || c === 0xfeff) {
      i++;
      continue;
    }
    if (c === 10) {
      const last = tokens[tokens.length - 1];
      if (!last || last.type !== 'newline') tokens.push(token('newline', i, i + 1, '\n'));
      i++;
      continue;
    }
    // Comments: `#` and `//` to the end of the line, `/* … */`.
    if (c === 35 || (c === 47 && text.charCodeAt(i + 1) === 47)) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? n : nl;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) {
        problem('unterminated /* comment', i, i + 2);
        i = n;
      } else i = close + 2;
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentPart(text.charCodeAt(j))) j++;
      tokens.push(token('ident', i, j, text.slice(i, j)));
      i = j;
      continue;
    }
    if (c === 48 && (text.charCodeAt(i + 1) === 120 || text.charCodeAt(i + 1) === 88) && /[0-9a-fA-F]/.test(text[i + 2] ?? '')) {
      // Hexadecimal (HCL 1, which Vault and older configs are read with): 0x1082
      let j = i + 2;
      while (j < n && /[0-9a-fA-F]/.test(text[j]!)) j++;
      tokens.push(token('number', i, j, text.slice(i, j)));
      i = j;
      continue;
    }
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n && (isDigit(text.charCodeAt(j)) || text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1)))) j++;
      if (j < n && (text.charCodeAt(j) === 101 || text.charCodeAt(j) === 69)) {
        let k = j + 1;
        if (text.charCodeAt(k) === 43 || text.charCodeAt(k) === 45) k++;
        if (isDigit(text.charCodeAt(k))) {
          j = k;
          while (j < n && isDigit(text.charCodeAt(j))) j++;
        }
      }
      tokens.push(token('number', i, j, text.slice(i, j)));
      i = j;
      continue;
    }
    if (c === 34) {
      const s = scanQuoted(i, 64);
      if (!s.closed) problem('unterminated string', i, s.end);
      const content = { start: i + 1, end: s.closed ? s.end - 1 : s.end };
      const tok = token('string', i, s.end, '"', content, s.template);
      if (!s.template) tok.value = decodeQuoted(text.slice(content.start, content.end));
      tokens.push(tok);
      i = s.end;
      continue;
    }
    if (c === 60 && text.charCodeAt(i + 1) === 60) {
      const m = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 260));
      if (m) {
        const marker = m[2]!;
        const bodyStart = i + m[0].length;
        // The body ends at a line holding only the marker (indented when `<<-`; HCL accepts it indented either way).
        let j = bodyStart;
        let end = -1;
        let bodyEnd = n;
        while (j <= n) {
          const nl = text.indexOf('\n', j);
          const lineEnd = nl < 0 ? n : nl;
          if (text.slice(j, lineEnd).trim() === marker) {
            bodyEnd = j;
            end = lineEnd;
            break;
          }
          if (nl < 0) break;
          j = nl + 1;
        }
        if (end < 0) {
          problem(`heredoc <<${marker} is never closed`, i, i + m[0].length - 1);
          end = n;
        }
        const content = { start: bodyStart, end: bodyEnd };
        const body = text.slice(bodyStart, bodyEnd);
        const template = /(^|[^$])\$\{|(^|[^%])%\{/.test(body);
        const tok = token('heredoc', i, end, '<<', content, template);
        if (!template) tok.value = body;
        tokens.push(tok);
        i = end;
        continue;
      }
    }
    // Multi-character operators only start with these (no slice per character otherwise).
    if (c === 46 || c === 61 || c === 33 || c === 60 || c === 62 || c === 38 || c === 124 || c === 58) {
      const three = text.slice(i, i + 3);
      if (PUNCT3.has(three)) {
        tokens.push(token('punct', i, i + 3, three));
        i += 3;
        continue;
      }
      const two = three.slice(0, 2);
      if (PUNCT2.has(two)) {
        tokens.push(token('punct', i, i + 2, two));
        i += 2;
        continue;
      }
    }
    const one = text[i]!;
    if (PUNCT1.has(one)) {
      tokens.push(token('punct', i, i + 1, one));
      i++;
      continue;
    }
    problem(`unexpected character ${JSON.stringify(one)}`, i, i + 1);
    i++;
  }
  tokens.push(token('eof', n, n, ''));
  return { tokens, problems };
}

/** Resolves HCL's escapes (`\n`, `\"`, `\uXXXX`, `$${`) in a quoted literal. */
function decodeQuoted(raw: string): string {
  if (!raw.includes('\\') && !raw.includes('$${') && !raw.includes('%%{')) return raw;
  let out = '';
  for (let j = 0; j < raw.length; j++) {
    const ch = raw[j]!;
    if (ch === '\\' && j + 1 < raw.length) {
      const e = raw[j + 1]!;
      if (e in ESCAPES) {
        out += ESCAPES[e];
        j++;
        continue;
      }
      const hex = e === 'u' ? raw.slice(j + 2, j + 6) : e === 'U' ? raw.slice(j + 2, j + 10) : '';
      if (hex && /^[0-9a-fA-F]+$/.test(hex) && (hex.length === 4 || hex.length === 8)) {
        const cp = parseInt(hex, 16);
        out += cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
        j += 1 + hex.length;
        continue;
      }
    }
    if ((ch === '$' || ch === '%') && raw[j + 1] === ch && raw[j + 2] === '{') {
      out += `${ch}{`;
      j += 2;
      continue;
    }
    out += ch;
  }
  return out;
}
