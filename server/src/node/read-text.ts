// Reads a file for analysis, refusing what must not be analysed: binary content (a NUL byte in
// the first 8 KiB) and files over the size limit. A skipped file is reported, never dropped silently;
// `detail` completes the sentence "<path> …".
import { promises as fs, readFileSync, statSync } from 'node:fs';

/** `too-slow`: analysed past its time budget (engine/budget.ts) and stopped, or its worker was stopped. */
export type SkipReason = 'binary' | 'too-large' | 'unreadable' | 'too-slow';

export type ReadResult = { text: string } | { skipped: SkipReason; detail: string };

const SNIFF = 8192;

function decode(buf: Buffer, maxBytes: number): ReadResult {
  if (buf.length > maxBytes) return { skipped: 'too-large', detail: `is ${Math.ceil(buf.length / 1024)} KB, over the ${Math.floor(maxBytes / 1024)} KB limit` };
  if (buf.subarray(0, SNIFF).includes(0)) return { skipped: 'binary', detail: 'looks binary (it contains NUL bytes)' };
  // Invalid UTF-8 decodes to U+FFFD: offsets stay consistent and the rest is still analysed.
  return { text: buf.toString('utf8') };
}

export async function readTextFile(path: string, maxBytes: number): Promise<ReadResult> {
  try {
    const st = await fs.stat(path);
    if (st.size > maxBytes) return { skipped: 'too-large', detail: `is ${Math.ceil(st.size / 1024)} KB, over the ${Math.floor(maxBytes / 1024)} KB limit` };
    return decode(await fs.readFile(path), maxBytes);
  } catch (e) {
    return { skipped: 'unreadable', detail: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
}

export function readTextFileSync(path: string, maxBytes: number): ReadResult {
  try {
    const st = statSync(path);
    if (st.size > maxBytes) return { skipped: 'too-large', detail: `is ${Math.ceil(st.size / 1024)} KB, over the ${Math.floor(maxBytes / 1024)} KB limit` };
    return decode(readFileSync(path), maxBytes);
  } catch (e) {
    return { skipped: 'unreadable', detail: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
}
