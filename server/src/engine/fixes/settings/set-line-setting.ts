// The `set-line-setting` fix for line-oriented settings files (bitbucket.properties, gitlab.rb):
// rewrites the value of the line that sets the key, or appends the line when there is none.
// Comments and every other line stay untouched; when the value is already right it offers nothing.
import type { FixProvider, FixResult } from '../fix-provider';
import { lines } from '../../parse/line-entries';
import { SET_LINE_SETTING } from './fix-data';
import type { SetLineSettingData } from './fix-data';
import { escapeRe } from '../../regex-escape';

export const setLineSettingProvider: FixProvider = {
  kind: SET_LINE_SETTING,
  compute(input): FixResult[] {
    const d = input.finding.fix as SetLineSettingData | undefined;
    if (!d || d.kind !== SET_LINE_SETTING) return [];
    const text = input.text;
    const re = new RegExp(`^(\\s*${escapeRe(d.lineKey)}\\s*[=:]\\s*)([^#\\n\\r]*?)(\\s*(?:#.*)?)$`);
    let last: { start: number; end: number; value: string } | undefined;
    for (const l of lines(text)) {
      const m = re.exec(l.text);
      if (!m) continue;
      const start = l.start + m[1]!.length;
      last = { start, end: start + m[2]!.length, value: m[2]! };
    }
    if (last) {
      if (last.value.trim() === d.value) return [];
      return [{ title: d.title, edits: [{ range: { start: last.start, end: last.end }, newText: d.value }], isPreferred: true, safe: true }];
    }
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lead = text.length === 0 || text.endsWith('\n') ? '' : eol;
    return [{ title: d.title, edits: [{ range: { start: text.length, end: text.length }, newText: `${lead}${d.lineKey}${d.separator}${d.value}${eol}` }], isPreferred: true, safe: true }];
  },
};
