// How a user's value is quoted back in a message: short, on one line, and never a whole
// token-like string (a value in the wrong field can still be a credential).
import { mask } from '../secrets/mask';

export function showValue(v: unknown): string {
  if (v === null || v === undefined) return 'empty';
  if (typeof v === 'string') {
    const s = v.replace(/\s+/g, ' ').trim();
    if (s === '') return 'empty';
    if (!/\s/.test(s) && s.length >= 20 && /\d/.test(s) && /[A-Za-z]/.test(s)) return mask(s);
    return s.length > 40 ? `${s.slice(0, 37)}…` : s;
  }
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return 'a list';
  return 'a block of settings';
}

/** "a, b or c" */
export function orList(items: readonly unknown[]): string {
  const s = items.map(String);
  if (s.length <= 1) return s.join('');
  return `${s.slice(0, -1).join(', ')} or ${s[s.length - 1]}`;
}

/** Levenshtein distance, for "did you mean" on unknown keys. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** The known name closest to `name`, when it is close enough to be a typo. */
export function closest(name: string, known: readonly string[]): string | undefined {
  const l = name.toLowerCase().replace(/[-_\s]/g, '');
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = editDistance(l, k.toLowerCase().replace(/[-_\s]/g, ''));
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
