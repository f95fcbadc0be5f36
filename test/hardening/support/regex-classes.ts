// Builds adversarial inputs for a regular expression from its own source: the characters its
// classes accept (so long runs keep the engine matching as far as it can), used after its
// keywords (so the keyword prefilter lets the pattern run).
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).concat(['\t']);

/** Source fragments that denote a set of characters: `[...]`, `\w`, `\d`, `\s`, `.`, `\S`, ... */
export function classFragments(source: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const n = source[i + 1];
      if (n && 'wWdDsS'.includes(n)) out.push(`\\${n}`);
      i++;
    } else if (c === '[') {
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      out.push(source.slice(i, j + 1));
      i = j;
    } else if (c === '.') {
      out.push('.');
    }
  }
  return out;
}

/** Printable ASCII characters (and tab) a class fragment accepts, in a fixed scrambled order. */
export function acceptedChars(fragment: string, flags: string): string {
  let re: RegExp;
  try {
    re = new RegExp(`^${fragment}$`, flags.replace(/[gy]/g, ''));
  } catch {
    return '';
  }
  const chars = PRINTABLE.filter((c) => re.test(c));
  // Interleave from both ends so runs mix letters, digits and symbols (high entropy, like tokens).
  const mixed: string[] = [];
  for (let a = 0, b = chars.length - 1; a <= b; a++, b--) {
    mixed.push(chars[(a * 7) % chars.length]!);
    if (a !== b) mixed.push(chars[(b * 13) % chars.length]!);
  }
  return mixed.join('');
}

/** The distinct character sets a pattern uses (at most `max`, largest variety first). */
export function characterSets(re: RegExp, max = 5): string[] {
  const sets = new Set<string>();
  for (const f of classFragments(re.source)) {
    const s = acceptedChars(f, re.flags);
    if (s.length > 0) sets.add([...new Set(s)].join(''));
  }
  return [...sets].sort((a, b) => a.length - b.length).slice(0, max);
}

/** `n` characters cycling through `chars`. */
export function run(chars: string, n: number): string {
  if (!chars) return '';
  let s = '';
  while (s.length < n) s += chars;
  return s.slice(0, n);
}
