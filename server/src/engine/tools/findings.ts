// Turns the unsafe and missing tool facts of one posture fact into findings of its collab/* rule:
// the message names the tool, the key as the file writes it and the safe value; the fix data
// says where to write the safe value (fixes/settings/tool-setting-fix.ts does it).
import type { AnalysisContext } from '../context';
import type { Syntax } from '../kinds/detect-kind';
import type { PathSegment } from '../parse/entry';
import type { FixData, RawFinding } from '../types';
import type { PostureFact } from './tool-setting';
import { toolFacts } from './evaluate';
import type { ToolFact } from './evaluate';

export const TOOL_SETTING_FIX = 'tool-setting';

export interface ToolSettingFixData extends FixData {
  kind: typeof TOOL_SETTING_FIX;
  syntax: Syntax;
  doc: number;
  /** Full key path (parent + key) as the file spells it, or as the table names it when missing. */
  path: PathSegment[];
  value: string;
  title: string;
}

const isBool = (v: string): boolean => v === 'true' || v === 'false';

/** `key = value` in the file's own syntax. */
export function assignment(syntax: Syntax, key: string, value: string): string {
  switch (syntax) {
    case 'ini':
      return `${key} = ${value}`;
    case 'properties':
    case 'dotenv':
      return `${key}=${value}`;
    case 'json':
      return `"${key}": ${isBool(value) || /^-?\d+$/.test(value) ? value : JSON.stringify(value)}`;
    case 'yaml':
      return `${key}: ${value === '' ? '""' : value}`;
    case 'ruby':
      return `${key} = ${value}`;
    default:
      return `${key} = ${isBool(value) ? value : JSON.stringify(value)}`;
  }
}

/** The name `assignment` writes: the key, or for gitlab.rb the whole `gitlab_rails['x']`. */
export function leafName(syntax: Syntax, path: readonly PathSegment[]): string {
  return syntax === 'ruby' ? displayKey(syntax, path) : String(path[path.length - 1]);
}

/** How the user finds the key: `[auth.anonymous] enabled`, `TeamSettings.EnableOpenServer`. */
export function displayKey(syntax: Syntax, path: readonly PathSegment[]): string {
  if (syntax === 'ini' && path.length === 2) return `[${String(path[0])}] ${String(path[1])}`;
  if (syntax === 'ruby') return path.length === 2 ? `${String(path[0])}['${String(path[1])}']` : path.map(String).join('.');
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i > 0 ? '.' : ''}${s}`)).join('');
}

function sentence(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function message(ctx: AnalysisContext, f: ToolFact): string {
  const s = f.setting;
  const key = leafName(ctx.syntax, f.path);
  // `requiredActions[alias=CONFIGURE_TOTP].defaultAction` rather than an index nobody counts.
  const shownPath = s.where ? f.path.map((p, i) => (typeof p === 'number' && i === f.path.length - 2 ? `${s.where!.key}=${s.where!.value}` : p)) : f.path;
  const shown = displayKey(ctx.syntax, shownPath).replace(/\.(\w+=\w+)\./, '[$1].');
  const safe = assignment(ctx.syntax, key, s.safe);
  const section = ctx.syntax === 'ini' && f.path.length === 2 ? ` under [${String(f.path[0])}]` : '';
  const todo = s.manual ? `${sentence(s.manual)}.` : f.state === 'missing' ? `Add \`${safe}\`${section}.` : `Set \`${safe}\`.`;
  if (f.state === 'missing') return `${s.tool}: \`${shown}\` is not set, and the default is unsafe: ${s.why}. ${todo}`;
  const value = f.entry?.value ?? '';
  return `${s.tool}: \`${shown}\` is ${value === '' ? 'empty' : `\`${value}\``}: ${s.why}. ${todo}`;
}

export function toolFindings(ctx: AnalysisContext, fact: PostureFact, ruleId: string): RawFinding[] {
  return factFindings(ctx, toolFacts(ctx).filter((f) => f.fact === fact), ruleId);
}

/** Findings for the unsafe and missing ones among `facts`. */
export function factFindings(ctx: AnalysisContext, facts: readonly ToolFact[], ruleId: string): RawFinding[] {
  const out: RawFinding[] = [];
  for (const f of facts) {
    if (f.state === 'safe') continue;
    const s = f.setting;
    const finding: RawFinding = { ruleId, message: message(ctx, f), range: f.range };
    const severity = f.state === 'missing' && s.severity === 'error' ? 'warning' : s.severity;
    if (severity) finding.severity = severity;
    if (!s.manual) {
      const key = leafName(ctx.syntax, f.path);
      const fix: ToolSettingFixData = { kind: TOOL_SETTING_FIX, syntax: ctx.syntax, doc: f.doc, path: [...f.path], value: s.safe, title: `Set \`${assignment(ctx.syntax, key, s.safe)}\`` };
      finding.fix = fix;
    }
    out.push(finding);
  }
  return out;
}
