// One pass over the lower-cased text tells which detector keywords occur, instead of one
// `includes` per keyword per detector. The pass looks at each position's first two characters in
// a 128×128 table of the keyword openings that exist, and compares whole keywords only where an
// opening matches: its cost depends on the text, not on the number of keywords (a lookahead
// alternation of every keyword, the previous design, grew with each detector: 22 → 34 ns/byte
// from 268 to 299 keywords; this pass stays flat). Keywords are lower-case ASCII; a keyword of
// one character, or with a non-ASCII opening, is checked with `includes`.
import type { Detector } from './detector';

export class KeywordPrefilter {
  /** `pairs[a * 128 + b]` is set when some keyword starts with the characters a, b. */
  private readonly pairs = new Uint8Array(128 * 128);
  /** Keywords by their opening pair. */
  private readonly byPair = new Map<number, string[]>();
  /** Keywords the table cannot hold (one character, or non-ASCII in the first two). */
  private readonly others: string[] = [];

  constructor(readonly detectors: readonly Detector[]) {
    const keywords = [...new Set(detectors.flatMap((d) => d.keywords))].filter(Boolean);
    for (const k of keywords) {
      const a = k.charCodeAt(0);
      const b = k.charCodeAt(1);
      if (k.length < 2 || a >= 128 || b >= 128) {
        this.others.push(k);
        continue;
      }
      const key = a * 128 + b;
      this.pairs[key] = 1;
      const list = this.byPair.get(key);
      if (list) list.push(k);
      else this.byPair.set(key, [k]);
    }
  }

  /** The detectors worth running on a text: those without keywords and those whose keyword occurs. */
  candidates(lowerText: string): Detector[] {
    const found = new Set<string>();
    const pairs = this.pairs;
    const n = lowerText.length - 1;
    let b = lowerText.charCodeAt(0);
    for (let i = 0; i < n; i++) {
      const a = b;
      b = lowerText.charCodeAt(i + 1);
      if (a >= 128 || b >= 128 || pairs[a * 128 + b] === 0) continue;
      for (const k of this.byPair.get(a * 128 + b)!) {
        if (!found.has(k) && lowerText.startsWith(k, i)) found.add(k);
      }
    }
    for (const k of this.others) if (lowerText.includes(k)) found.add(k);
    return this.detectors.filter((d) => d.keywords.length === 0 || d.keywords.some((k) => found.has(k)));
  }
}
