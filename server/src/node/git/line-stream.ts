// Splits a byte stream into lines without ever holding more than one line (capped) in memory:
// a line longer than `maxLine` bytes is cut there and flagged, so a hostile stream cannot make
// us buffer without bound.
import type { Readable } from 'node:stream';

export interface StreamLine {
  text: string;
  /** The line was longer than maxLine bytes and was cut. */
  cut: boolean;
  bytes: number;
}

export async function* streamLines(input: Readable, maxLine: number): AsyncGenerator<StreamLine> {
  let parts: Buffer[] = [];
  let held = 0;
  let cut = false;
  let bytes = 0;
  for await (const chunk of input as AsyncIterable<Buffer>) {
    let at = 0;
    for (;;) {
      const nl = chunk.indexOf(10, at);
      const end = nl < 0 ? chunk.length : nl;
      bytes += end - at + (nl < 0 ? 0 : 1);
      if (!cut) {
        const room = maxLine - held;
        const take = Math.min(room, end - at);
        if (take > 0) {
          parts.push(chunk.subarray(at, at + take));
          held += take;
        }
        if (take < end - at) cut = true;
      }
      if (nl < 0) break;
      const buf = parts.length === 1 ? parts[0]! : Buffer.concat(parts, held);
      yield { text: buf.toString('utf8'), cut, bytes };
      parts = [];
      held = 0;
      cut = false;
      bytes = 0;
      at = nl + 1;
    }
    // Keep the partial line's bytes: the chunk is reused by nobody, but copy to drop the rest.
    if (parts.length > 0) {
      const keep = Buffer.concat(parts, held);
      parts = [keep];
    }
  }
  if (held > 0 || cut) yield { text: Buffer.concat(parts, held).toString('utf8'), cut, bytes };
}
