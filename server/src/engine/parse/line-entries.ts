// Line-oriented formats: INI (.npmrc, .pypirc, .gitconfig, Ansible INI inventories), .env,
// .properties, .netrc, and assignments in code-like text (Jenkinsfile, gitlab.rb).
import type { Entry } from './entry';

interface Line {
  text: string;
  start: number;
}

export function* lines(text: string): Generator<Line> {
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let lineEnd = end;
    if (lineEnd > start && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    yield { text: text.slice(start, lineEnd), start };
    if (end === text.length) break;
    start = end + 1;
  }
}

/** Strips one pair of matching quotes; returns the content's offset within `raw`. */
function unquote(raw: string): { value: string; offset: number; quote: Entry['quote'] } {
  const q = raw[0];
  if ((q === '"' || q === "'") && raw.length >= 2 && raw.endsWith(q)) {
    return { value: raw.slice(1, -1), offset: 1, quote: q === '"' ? 'double' : 'single' };
  }
  return { value: raw, offset: 0, quote: 'plain' };
}

function entry(path: string[], key: string, keyStart: number, raw: string, rawStart: number): Entry {
  const u = unquote(raw);
  return {
    path,
    key,
    keyRange: { start: keyStart, end: keyStart + key.length },
    value: u.value,
    valueRange: { start: rawStart + u.offset, end: rawStart + u.offset + u.value.length },
    quote: u.quote,
  };
}

/** `[section]` + `key = value`; `;` and `#` start comments only at the beginning of a line. */
export function iniEntries(text: string): Entry[] {
  const out: Entry[] = [];
  let section = '';
  for (const l of lines(text)) {
    const t = l.text;
    const sec = /^\s*\[([^\]]*)\]\s*$/.exec(t);
    if (sec) {
      section = sec[1]!.trim();
      continue;
    }
    if (/^\s*([;#]|$)/.test(t)) continue;
    const m = /^(\s*)([^=\s][^=]*?)\s*=\s*(.*?)\s*$/.exec(t);
    // A key with inner whitespace is an Ansible host line, not `key = value`.
    if (!m || /\s/.test(m[2]!)) {
      // Ansible INI host lines: `web1 ansible_host=1.2.3.4 ansible_password=secret`
      for (const kv of t.matchAll(/(?:^|\s)([A-Za-z_][\w.-]*)=("[^"]*"|'[^']*'|\S+)/g)) {
        const keyStart = l.start + kv.index! + kv[0].indexOf(kv[1]!);
        out.push(entry([section, kv[1]!], kv[1]!, keyStart, kv[2]!, keyStart + kv[1]!.length + 1));
      }
      continue;
    }
    const keyStart = l.start + m[1]!.length;
    const rawStart = l.start + t.length - t.slice(t.indexOf('=') + 1).trimStart().length;
    const fullKey = m[2]!;
    // npm: `//registry.example.org/:_authToken=...` — the key name is the part after the last ':'.
    const key = fullKey.includes(':') && fullKey.startsWith('//') ? fullKey.slice(fullKey.lastIndexOf(':') + 1) : fullKey;
    const e = entry(section ? [section, fullKey] : [fullKey], key, keyStart + (fullKey.length - key.length), m[3]!.trimEnd(), rawStart);
    out.push(e);
  }
  return out;
}

/** `.env`: `[export ]KEY=value`, quotes, trailing ` # comment` on unquoted values. */
export function dotenvEntries(text: string): Entry[] {
  const out: Entry[] = [];
  for (const l of lines(text)) {
    const m = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(l.text);
    if (!m) continue;
    let raw = m[3]!;
    if (!/^["']/.test(raw)) raw = raw.replace(/\s+#.*$/, '').trimEnd();
    else {
      const q = raw[0]!;
      const close = raw.indexOf(q, 1);
      if (close > 0) raw = raw.slice(0, close + 1);
    }
    const keyStart = l.start + m[1]!.length;
    const rawStart = l.start + l.text.length - m[3]!.length;
    out.push(entry([m[2]!], m[2]!, keyStart, raw, rawStart));
  }
  return out;
}

/** Java `.properties`: `key=value`, `key: value` or `key value`; `#`/`!` comments. */
export function propertiesEntries(text: string): Entry[] {
  const out: Entry[] = [];
  for (const l of lines(text)) {
    const m = /^(\s*)([^#!\s=:][^=:\s]*)\s*[=:\s]\s*(.*?)\s*$/.exec(l.text);
    if (!m) continue;
    const keyStart = l.start + m[1]!.length;
    const rawStart = l.start + l.text.length - l.text.slice(m[1]!.length + m[2]!.length).replace(/^\s*[=:\s]\s*/, '').length;
    out.push(entry([m[2]!], m[2]!, keyStart, m[3]!, rawStart));
  }
  return out;
}

/** `.netrc`: whitespace-separated `machine h login u password p` tokens, across lines. */
export function netrcEntries(text: string): Entry[] {
  const out: Entry[] = [];
  const tokens = [...text.matchAll(/\S+/g)];
  let machine = '';
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]![0];
    const next = tokens[i + 1]!;
    if (t === 'machine') machine = next[0];
    if (t === 'login' || t === 'password' || t === 'account') {
      out.push({
        path: [machine, t],
        key: t,
        keyRange: { start: tokens[i]!.index!, end: tokens[i]!.index! + t.length },
        value: next[0],
        valueRange: { start: next.index!, end: next.index! + next[0].length },
        quote: 'plain',
      });
      i++;
    }
  }
  return out;
}

/**
 * Assignments of string literals in code-like text: `password = 'x'`, `def token = "x"`,
 * `token: 'x'` (Groovy maps), `gitlab_rails['smtp_password'] = "x"` (Ruby), `-Dkey=value`.
 */
export function codeAssignmentEntries(text: string): Entry[] {
  const out: Entry[] = [];
  const re = /(?:\[\s*(["'])([\w.-]+)\1\s*\]|\b([A-Za-z_][\w.-]*))\s*(?:=|:|=>)\s*(["'])([^"'\n\\]*(?:\\.[^"'\n\\]*)*)\4/g;
  for (const m of text.matchAll(re)) {
    const key = (m[2] ?? m[3])!;
    const keyStart = m.index! + m[0].indexOf(key);
    const value = m[5]!;
    const valueStart = m.index! + m[0].length - 1 - value.length;
    out.push({
      path: [key],
      key,
      keyRange: { start: keyStart, end: keyStart + key.length },
      value,
      valueRange: { start: valueStart, end: valueStart + value.length },
      quote: m[4] === '"' ? 'double' : 'single',
    });
  }
  return out;
}
