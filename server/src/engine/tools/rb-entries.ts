// Settings of an Omnibus gitlab.rb as entries for the tool table: `gitlab_rails['name'] = value`
// (path ['gitlab_rails', 'name'], any Ruby literal as the value: true, nil, ['saml'], 'text') and
// `external_url 'https://…'` (path ['external_url']). Only assignments at the start of a line; the
// file is Ruby, so anything computed is left alone. The generic entries of ruby-syntax files only
// keep quoted strings (what the secret checks need), hence this reader.
import type { Entry } from '../parse/entry';
import { lines } from '../parse/line-entries';

const ASSIGN = /^(\s*)([a-z_]+)\[\s*(['"])([\w.]+)\3\s*\]\s*=\s*([^#\s][^#]*?)\s*(?:#.*)?$/;
const URL_CALL = /^(\s*)(external_url)\s+(['"])([^'"\n]*)\3\s*(?:#.*)?$/;

function valueEntry(path: string[], key: string, keyStart: number, raw: string, rawStart: number): Entry {
  const q = raw[0];
  const quoted = (q === "'" || q === '"') && raw.length >= 2 && raw.endsWith(q);
  const value = quoted ? raw.slice(1, -1) : raw;
  const start = rawStart + (quoted ? 1 : 0);
  return { path, key, keyRange: { start: keyStart, end: keyStart + key.length }, value, valueRange: { start, end: start + value.length }, quote: quoted ? (q === '"' ? 'double' : 'single') : 'plain' };
}

export function rbEntries(text: string): Entry[] {
  const out: Entry[] = [];
  for (const l of lines(text)) {
    const m = ASSIGN.exec(l.text);
    if (m) {
      const keyStart = l.start + m[1]!.length;
      const raw = m[5]!;
      out.push(valueEntry([m[2]!, m[4]!], `${m[2]}['${m[4]}']`, keyStart, raw, l.start + l.text.indexOf(raw, m[0].indexOf('=') + 1)));
      continue;
    }
    const u = URL_CALL.exec(l.text);
    if (u) {
      const keyStart = l.start + u[1]!.length;
      const rawStart = l.start + l.text.indexOf(u[3]!, u[1]!.length + u[2]!.length);
      out.push(valueEntry(['external_url'], 'external_url', keyStart, `${u[3]}${u[4]}${u[3]}`, rawStart));
    }
  }
  return out;
}
