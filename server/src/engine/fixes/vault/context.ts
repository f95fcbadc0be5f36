// What every platform emitter of the vault fix gets, and what it returns.
import type { FileKind, Finding } from '../../types';
import type { OutpostConfig } from '../../config/config';
import type { Syntax } from '../../kinds/detect-kind';
import type { VaultFixData } from '../../secrets/fix-data';
import type { OffsetEdit } from '../fix-provider';
import { parseYaml } from '../../parse/yaml-entries';
import type { ParsedYaml } from '../../parse/yaml-entries';
import { lineEndOf, lineStartOf, eolOf } from './text-lines';
import { uniqueName, wordOccurrences } from './names';

export interface VaultContext {
  text: string;
  path: string;
  kind: FileKind;
  syntax: Syntax;
  config: OutpostConfig;
  finding: Finding;
  data: VaultFixData;
  /** The literal: [start, end). Never copied into an edit or a message. */
  start: number;
  end: number;
  eol: string;
  /** How to retire the leaked value (from the finding's message, never containing the secret). */
  rotate: string;
  /** A name chosen earlier in the same fix-all for the same secret: use it as is. */
  reuseName: string | undefined;
  yaml(): ParsedYaml;
}

export interface VaultEdit {
  /** The reference as it reads in the file, for the action's title. */
  reference: string;
  /** The name chosen (what a later fix of the same secret should reuse). */
  name: string;
  edits: OffsetEdit[];
  followUp: string;
  safe: boolean;
}

export type Emitter = (ctx: VaultContext) => VaultEdit | undefined;

const LEAKED = 'treat it as leaked: ';

export function makeContext(input: { text: string; path: string; kind: FileKind; syntax: Syntax; config: OutpostConfig; finding: Finding; data: VaultFixData }): VaultContext {
  let parsed: ParsedYaml | undefined;
  const msg = input.finding.message;
  const at = msg.indexOf(LEAKED);
  const rotate = at >= 0 ? msg.slice(at + LEAKED.length).trim() : 'revoke it with its issuer and create a new one.';
  const reuse = input.data['reuseName'];
  return {
    ...input,
    start: input.finding.range.start,
    end: input.finding.range.end,
    eol: eolOf(input.text),
    rotate: /[.!]$/.test(rotate) ? rotate : `${rotate}.`,
    reuseName: typeof reuse === 'string' && reuse !== '' ? reuse : undefined,
    yaml: () => (parsed ??= parseYaml(input.text)),
  };
}

/** The closing sentence of every follow-up. */
export function leakedSentence(ctx: VaultContext): string {
  return `The old value was in this file, so treat it as leaked: ${ctx.rotate}`;
}

/**
 * Whether `name` is already used in the file for something else. Occurrences that are the
 * finding's own key (on its line, before the literal) do not count. When the literal is the whole
 * value of a key that *is* the name (`TOKEN: s3cr3t` -> `TOKEN: $TOKEN`) and self-reference works on
 * the platform, two more kinds do not count: other definitions of the same variable (`TOKEN:` in
 * another job) and scripts consuming it (`echo $TOKEN`). A `$TOKEN` that is already the whole value
 * of a `TOKEN:` key does count: that name is bound to a stored secret, possibly a different one.
 */
export function nameTakenInText(ctx: VaultContext, name: string, opts: { selfReferenceAllowed: boolean }): boolean {
  const lineStart = lineStartOf(ctx.text, ctx.start);
  const ownKey = ctx.data.key !== undefined && ctx.data.key.toUpperCase() === name.toUpperCase() && opts.selfReferenceAllowed && ctx.data.wholeValue;
  const definition = new RegExp(`^\\s*(?:-\\s*)?["']?${name}["']?\\s*[:=]`);
  const boundReference = new RegExp(`^\\s*(?:-\\s*)?["']?${name}["']?\\s*[:=]\\s*["']?\\$(?:\\{${name}\\}|\\(${name}\\)|${name})["']?\\s*(?:#.*)?$`);
  return wordOccurrences(ctx.text, name).some((i) => {
    if (i >= lineStart && i < ctx.start) return false;
    if (!ownKey) return true;
    const ls = lineStartOf(ctx.text, i);
    const line = ctx.text.slice(ls, lineEndOf(ctx.text, i));
    const before = ctx.text.slice(Math.max(0, i - 2), i);
    if (before.endsWith('$') || before === '${' || before === '$(') return boundReference.test(line);
    if (definition.test(line) && /^\s*(?:-\s*)?["']?$/.test(ctx.text.slice(ls, i))) return false;
    return true;
  });
}

/**
 * The base name for a secret: when the literal is only part of its key's value (the password in
 * `DATABASE_URL: postgres://app:pw@db`), naming it after the key would make the value refer to
 * itself, so it gets a suffix.
 */
export function partName(ctx: VaultContext, name: string): string {
  if (ctx.data.wholeValue || !ctx.data.key) return name;
  const key = ctx.data.key.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
  if (!name.startsWith(key) && key !== name) return name;
  return /password|url-credentials|basic-auth/.test(ctx.finding.ruleId) ? `${name}_PASSWORD` : `${name}_SECRET`;
}

/** The text of the literal's line before it, inside the scalar, with the scalar's YAML quoting undone. */
export function scriptPrefix(ctx: VaultContext, scalar: { range?: [number, number, number] | null; type?: string | undefined }): string {
  const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE';
  const from = Math.max(lineStartOf(ctx.text, ctx.start), (scalar.range?.[0] ?? 0) + (quoted ? 1 : 0));
  const prefix = ctx.text.slice(from, ctx.start);
  if (scalar.type === 'QUOTE_DOUBLE') return prefix.replace(/\\(.)/g, '$1');
  if (scalar.type === 'QUOTE_SINGLE') return prefix.replace(/''/g, "'");
  return prefix;
}

export function pickName(ctx: VaultContext, base: string, taken: (n: string) => boolean): string {
  return ctx.reuseName ?? uniqueName(base, taken);
}
