// Dockerfile `ENV` and `ARG` instructions as entries: `ENV A=1 B="two"`, the legacy `ENV NAME value`
// form and `ARG NAME=default`. A value set there is baked into the image (ENV) or its history
// (ARG), so a secret in it is readable by anyone who can pull the image. Line continuations are
// not followed: a pair split over lines is rare and the next line is read on its own.
import type { Entry } from './entry';
import { lines } from './line-entries';

const INSTRUCTION = /^(\s*(?:ENV|ARG)\s+)(.*)$/i;
const PAIR = /([A-Za-z_][A-Za-z0-9_.-]*)=("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[^\s"'\\]*)/g;

export function dockerfileEntries(text: string): Entry[] {
  const out: Entry[] = [];
  for (const l of lines(text)) {
    const m = INSTRUCTION.exec(l.text);
    if (!m) continue;
    const restStart = l.start + m[1]!.length;
    const rest = m[2]!.replace(/\s*\\\s*$/, '');
    const legacy = /^([A-Za-z_][A-Za-z0-9_.-]*)\s+([^=\s].*)$/.exec(rest);
    if (legacy && !legacy[1]!.includes('=')) {
      // `ENV NAME some value`: everything after the name is the value.
      const raw = legacy[2]!.trimEnd();
      const valueStart = restStart + rest.length - legacy[2]!.length;
      push(out, legacy[1]!, restStart, raw, valueStart);
      continue;
    }
    for (const p of rest.matchAll(PAIR)) {
      const keyStart = restStart + p.index!;
      push(out, p[1]!, keyStart, p[2]!, keyStart + p[1]!.length + 1);
    }
  }
  return out;
}

function push(out: Entry[], key: string, keyStart: number, raw: string, rawStart: number): void {
  const q = raw[0];
  const quoted = (q === '"' || q === "'") && raw.length >= 2 && raw.endsWith(q);
  const value = quoted ? raw.slice(1, -1) : raw;
  const start = rawStart + (quoted ? 1 : 0);
  // Escapes inside double quotes make the decoded value differ from the source: skip those.
  if (quoted && q === '"' && value.includes('\\')) return;
  out.push({
    path: [key],
    key,
    keyRange: { start: keyStart, end: keyStart + key.length },
    value,
    valueRange: { start, end: start + value.length },
    quote: quoted ? (q === '"' ? 'double' : 'single') : 'plain',
  });
}
