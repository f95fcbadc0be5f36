// Git quotes a path holding a double quote, a backslash or a control character (and, with
// core.quotePath, non-ASCII bytes) C-style: "a\tb\"c\303\251". This undoes it.
const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Reads a quoted string starting at `at` (on the opening quote); returns it and the index after it. */
export function unquoteAt(s: string, at: number): { value: string; end: number } | undefined {
  if (s[at] !== '"') return undefined;
  const bytes: number[] = [];
  let i = at + 1;
  while (i < s.length) {
    const ch = s[i]!;
    if (ch === '"') return { value: Buffer.from(bytes).toString('utf8'), end: i + 1 };
    if (ch === '\\') {
      const next = s[i + 1] ?? '';
      if (/[0-7]/.test(next)) {
        bytes.push(parseInt(s.slice(i + 1, i + 4), 8) & 0xff);
        i += 4;
        continue;
      }
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
      i += 2;
      continue;
    }
    const one = String.fromCodePoint(s.codePointAt(i)!);
    for (const b of Buffer.from(one, 'utf8')) bytes.push(b);
    i += one.length;
  }
  return undefined;
}
