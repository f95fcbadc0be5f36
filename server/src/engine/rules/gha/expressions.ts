// `${{ ... }}` expressions inside a value, with their offsets in the document. Found by a single
// forward sweep (no regular expression), so unclosed `${{` on a hostile line cost linear time.
import type { Range } from '../../types';

export interface Expression {
  /** The text between `${{` and `}}`, trimmed. */
  inner: string;
  /** The whole `${{ ... }}`. */
  range: Range;
}

export function expressionsIn(text: string, range: Range): Expression[] {
  const out: Expression[] = [];
  let i = text.indexOf('${{', range.start);
  while (i !== -1 && i < range.end) {
    const close = text.indexOf('}}', i + 3);
    if (close === -1 || close + 2 > range.end) break;
    out.push({ inner: text.slice(i + 3, close).trim(), range: { start: i, end: close + 2 } });
    i = text.indexOf('${{', close + 2);
  }
  return out;
}
