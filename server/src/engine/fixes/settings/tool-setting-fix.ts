// The `tool-setting` fix: writes a tool table row's safe value in the file's own syntax. When the
// key is there its value is replaced (whatever the syntax: the entry knows the value's range and
// quoting); when it is missing it is added — INI under its [section] (created at the end if
// absent), properties as a new line, JSON and YAML inside the parent object. Applying it twice
// changes nothing: once the value is safe it offers no edit.
import { AnalysisContext } from '../../context';
import { DEFAULT_CONFIG } from '../../config/config';
import type { Entry, PathSegment } from '../../parse/entry';
import { normaliseValue } from '../../tools/evaluate';
import { entriesOf } from '../../tools/entries';
import { TOOL_SETTING_FIX } from '../../tools/findings';
import type { ToolSettingFixData } from '../../tools/findings';
import { iniSectionRange } from '../../tools/locate';
import type { FixProvider, FixResult, OffsetEdit } from '../fix-provider';
import { jsonSetEdits } from './json-set';
import { yamlSetEdits } from './yaml-set';
import { yamlScalar } from './yaml-render';
import { hclInsertEdits } from './hcl-set';

const lower = (s: PathSegment): string => String(s).toLowerCase();
const isBool = (v: string): boolean => v === 'true' || v === 'false';

function samePath(a: readonly PathSegment[], b: readonly PathSegment[]): boolean {
  return a.length === b.length && a.every((s, i) => lower(s) === lower(b[i]!));
}

/** The safe value as the existing value's spot needs it written. */
function replacement(e: Entry, syntax: ToolSettingFixData['syntax'], value: string): string {
  if (e.quote === 'double') return JSON.stringify(value).slice(1, -1);
  if (e.quote === 'single') return value.replace(/'/g, "''");
  if (syntax === 'json') return isBool(value) || /^-?\d+$/.test(value) ? value : JSON.stringify(value);
  if (syntax === 'yaml') return isBool(value) && isBool(normaliseValue(e.value)) ? value : yamlScalar(value);
  return value;
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function iniInsert(text: string, path: readonly PathSegment[], value: string): OffsetEdit[] {
  const eol = eolOf(text);
  const key = String(path[path.length - 1]);
  const line = `${key} = ${value}`;
  if (path.length < 2) return [{ range: { start: 0, end: 0 }, newText: `${line}${eol}` }];
  const section = String(path[0]);
  const header = iniSectionRange(text, section);
  if (header) {
    const lineEnd = text.indexOf('\n', header.end);
    const at = lineEnd === -1 ? text.length : lineEnd + 1;
    return [{ range: { start: at, end: at }, newText: lineEnd === -1 ? `${eol}${line}` : `${line}${eol}` }];
  }
  const lead = text.length === 0 || text.endsWith('\n') ? '' : eol;
  const gap = text.length === 0 ? '' : eol;
  return [{ range: { start: text.length, end: text.length }, newText: `${lead}${gap}[${section}]${eol}${line}${eol}` }];
}

function propertiesInsert(text: string, key: string, value: string): OffsetEdit[] {
  const eol = eolOf(text);
  const lead = text.length === 0 || text.endsWith('\n') ? '' : eol;
  return [{ range: { start: text.length, end: text.length }, newText: `${lead}${key}=${value}${eol}` }];
}

function typed(value: string): unknown {
  return isBool(value) ? value === 'true' : value;
}

export const toolSettingFixProvider: FixProvider = {
  kind: TOOL_SETTING_FIX,
  compute(input): FixResult[] {
    const d = input.finding.fix as ToolSettingFixData | undefined;
    if (!d || d.kind !== TOOL_SETTING_FIX) return [];
    const ctx = new AnalysisContext(input.path, input.text, input.kind, d.syntax, input.config ?? DEFAULT_CONFIG, new Date(0));
    const existing = entriesOf(ctx).filter((e) => (e.doc ?? 0) === d.doc && samePath(e.path, d.path)).pop();
    const done = (edits: OffsetEdit[] | undefined): FixResult[] => (edits && edits.length > 0 ? [{ title: d.title, edits, isPreferred: true, safe: true }] : []);
    if (existing) {
      if (normaliseValue(existing.value) === normaliseValue(d.value)) return [];
      return done([{ range: existing.valueRange, newText: replacement(existing, d.syntax, d.value) }]);
    }
    const key = String(d.path[d.path.length - 1]);
    const parent = d.path.slice(0, -1);
    switch (d.syntax) {
      case 'ini':
        return done(iniInsert(input.text, d.path, d.value));
      case 'properties':
        return done(propertiesInsert(input.text, key, d.value));
      case 'json':
        return done(jsonSetEdits(input.text, parent, key, typed(d.value), true));
      case 'yaml':
        return done(yamlSetEdits(input.text, d.doc, parent, key, typed(d.value), { replace: true }));
      case 'hcl':
        return done(hclInsertEdits(input.text, parent, key, d.value));
      default:
        return [];
    }
  },
};
