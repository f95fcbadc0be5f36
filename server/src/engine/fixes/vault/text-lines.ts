// Small line helpers for building edits that keep the file's indentation and line endings.

export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** End of the line's content (before `\r\n` / `\n`). */
export function lineEndOf(text: string, offset: number): number {
  let e = text.indexOf('\n', offset);
  if (e === -1) e = text.length;
  if (e > 0 && text[e - 1] === '\r') e--;
  return e;
}

/** Index just past the line's terminator (or the end of the text). */
export function nextLineStart(text: string, offset: number): number {
  const e = text.indexOf('\n', offset);
  return e === -1 ? text.length : e + 1;
}

export function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

export function indentOf(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  return /^[ \t]*/.exec(text.slice(start, lineEndOf(text, start)))![0];
}

export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

export function applyEdits(text: string, edits: readonly { range: { start: number; end: number }; newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}
