// One pass over the lower-cased text tells which detector keywords occur, instead of one
// `includes` per keyword per detector. The pass looks at each position's first two characters in
// a 128×128 table of keyword openings, then at the first three in a bitset of 3-character openings,
// and compares whole keywords only there. Common English pairs (`se`, `to`, `ke`) open some keyword
// at ~18% of positions; three characters narrow that to a few percent, so the cost depends on the
// text far more than on the number of keywords (a lookahead alternation of every keyword, the
// previous design, grew with each detector). Keywords are lower-case ASCII; a keyword of one
// character, or with a non-ASCII opening, is checked with `includes`.
import type { Detector } from './detector';

const A = 128;

export class KeywordPrefilter {
  /** `pairs[a * 128 + b]`: 1 when a keyword of 3+ characters starts with a, b; 2 when a 2-character keyword is a, b; 3 both. */
  private readonly pairs = new Uint8Array(A * A);
  /** Bit `(a * 128 + b) * 128 + c` set when some keyword starts with a, b, c. */
  private readonly triples = new Uint32Array((A * A * A) / 32);
  /** Keywords of 3+ characters by their 3-character opening. */
  private readonly byTriple = new Map<number, string[]>();
  /** The two-character keywords by their pair. */
  private readonly short = new Map<number, string>();
  /** Keywords the tables cannot hold (one character, or non-ASCII in the first three). */
  private readonly others: string[] = [];

  constructor(readonly detectors: readonly Detector[]) {
    const keywords = [...new Set(detectors.flatMap((d) => d.keywords))].filter(Boolean);
    for (const k of keywords) {
      const a = k.charCodeAt(0);
      const b = k.charCodeAt(1);
      const c = k.length > 2 ? k.charCodeAt(2) : 0;
      if (k.length < 2 || a >= A || b >= A || c >= A) {
        this.others.push(k);
        continue;
      }
      const pair = a * A + b;
      if (k.length === 2) {
        this.pairs[pair]! |= 2;
        this.short.set(pair, k);
        continue;
      }
      this.pairs[pair]! |= 1;
      const t = pair * A + c;
      this.triples[t >>> 5]! |= 1 << (t & 31);
      const list = this.byTriple.get(t);
      if (list) list.push(k);
      else this.byTriple.set(t, [k]);
    }
  }

  /** The detectors worth running on a text: those without keywords and those whose keyword occurs. */
  candidates(lowerText: string): Detector[] {
    const found = new Set<string>();
    const { pairs, triples } = this;
    const n = lowerText.length - 1;
    let b = lowerText.charCodeAt(0);
    for (let i = 0; i < n; i++) {
      const a = b;
      b = lowerText.charCodeAt(i + 1);
      if ((a | b) >= A) continue;
      const pair = (a << 7) | b;
      const p = pairs[pair]!;
      if (p === 0) continue;
      if (p & 2) found.add(this.short.get(pair)!);
      if (!(p & 1)) continue;
      const c = lowerText.charCodeAt(i + 2); // NaN past the end: fails the bit test below
      if (!(c < A)) continue;
      const t = (pair << 7) | c;
      if ((triples[t >>> 5]! & (1 << (t & 31))) === 0) continue;
      for (const k of this.byTriple.get(t)!) if (lowerText.startsWith(k, i)) found.add(k);
    }
    for (const k of this.others) if (lowerText.includes(k)) found.add(k);
    return this.detectors.filter((d) => d.keywords.length === 0 || d.keywords.some((k) => found.has(k)));
  }
}
