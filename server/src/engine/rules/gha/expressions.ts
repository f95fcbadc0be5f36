// `${{ ... }}` expressions inside a value, with their offsets in the document.
import type { Range } from '../../types';

export interface Expression {
  /** The text between `${{` and `}}`, trimmed. */
  inner: string;
  /** The whole `${{ ... }}`. */
  range: Range;
}

export function expressionsIn(text: string, range: Range): Expression[] {
  const out: Expression[] = [];
  const slice = text.slice(range.start, range.end);
  for (const m of slice.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
    const start = range.start + m.index!;
    out.push({ inner: m[1]!.trim(), range: { start, end: start + m[0].length } });
  }
  return out;
}
