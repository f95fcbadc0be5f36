// Runs every secret detector over one document: provider patterns (behind a keyword prefilter),
// the user's extra patterns, then the context-aware generic checks. A provider hit wins over a
// generic hit on the same characters. Each finding carries the data the vault fix needs.
import type { RawFinding, Severity } from '../types';
import type { AnalysisContext } from '../context';
import type { ExtraPattern } from '../config/config';
import type { Detector } from './detector';
import { providerDetectors } from './providers';
import { isNotASecret, isPlaceholder, isReference } from './placeholders';
import { secretFinding } from './secret-finding';
import { genericByKey } from './generic/by-key';
import { genericInText } from './generic/in-text';
import { callDefaults } from './generic/call-defaults';
import { classifyKey } from './generic/key-names';
import { vaultFixData } from './fix-data';
import { KeywordPrefilter } from './keyword-prefilter';
import { secretEntries } from './secret-entries';
import { kubernetesSecretData } from './kubernetes/secret-data';
import { adviseSecret } from './format-advice';
import { nameValueEntries } from '../parse/name-value-pairs';
import { checkUserPattern, UserPattern } from './user-pattern';

const extraCache = new Map<string, Detector[]>();
/** Stands in for `Detector.pattern` on user patterns, which run on `linear` instead. */
const NEVER = /(?!)/g;

/**
 * The user's `.outpost.yml` patterns as detectors (compiled once per distinct list), on the
 * linear-time engine. Loading the configuration already refused patterns it cannot run; one that
 * reaches here anyway (a test, an API caller) is left out rather than thrown.
 */
export function extraDetectors(patterns: readonly ExtraPattern[]): Detector[] {
  if (patterns.length === 0) return [];
  const key = JSON.stringify(patterns);
  let list = extraCache.get(key);
  if (!list) {
    list = [];
    for (const p of patterns) {
      if (checkUserPattern(p.pattern)) continue;
      const d: Detector = { id: p.id, description: p.description, keywords: p.keywords.map((k) => k.toLowerCase()), pattern: NEVER, linear: new UserPattern(p.pattern) };
      if (p.severity) d.severity = p.severity as Severity;
      list.push(d);
    }
    if (extraCache.size > 32) extraCache.clear();
    extraCache.set(key, list);
  }
  return list;
}

/**
 * Each detector's pattern compiled once with the `d` flag, so the secret's own offset comes from
 * the match indices (an `indexOf` could land on an earlier copy of the same text in the match).
 */
const withIndices = new WeakMap<Detector, RegExp>();

function compiled(d: Detector): RegExp {
  let re = withIndices.get(d);
  if (!re) {
    const flags = new Set([...d.pattern.flags, 'g', 'd']);
    re = new RegExp(d.pattern.source, [...flags].join(''));
    withIndices.set(d, re);
  }
  return re;
}

/** Runs one detector on its own, keyword check included (tests and tools use this). */
export function runDetector(d: Detector, ctx: AnalysisContext, out: RawFinding[]): void {
  const lower = ctx.lowerText;
  if (d.keywords.length > 0 && !d.keywords.some((k) => lower.includes(k))) return;
  matchDetector(d, ctx, out);
}

/** Runs one detector whose keywords are known to occur (see KeywordPrefilter). */
function matchDetector(d: Detector, ctx: AnalysisContext, out: RawFinding[]): void {
  if (d.linear) return matchLinear(d, d.linear, ctx, out);
  // Analysis is synchronous, so resetting lastIndex makes the shared regex safe to reuse.
  const re = compiled(d);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const group = m.indices?.groups?.['secret'];
    const secret = group ? m.groups!['secret']! : m[0];
    if (!secret) continue;
    const start = group ? group[0] : m.index;
    if (d.uuidShaped ? isReference(secret) || isPlaceholder(secret) : isNotASecret(secret)) continue;
    if (d.validate && !d.validate(secret, m, ctx)) continue;
    report(d, secret, start, out);
  }
}

function report(d: Detector, secret: string, start: number, out: RawFinding[]): void {
  const hit: Parameters<typeof secretFinding>[0] = { ruleId: d.id, description: d.description, secret, start };
  if (d.severity) hit.severity = d.severity;
  if (d.rotate) hit.rotate = d.rotate;
  out.push(secretFinding(hit));
}

/** A user pattern: RE2 matches, the analysis budget checked every few hundred of them. */
function matchLinear(d: Detector, re: UserPattern, ctx: AnalysisContext, out: RawFinding[]): void {
  let n = 0;
  for (const m of re.matches(ctx.text)) {
    if (++n % 256 === 0 && ctx.budget.exceeded()) return;
    const secret = ctx.text.slice(m.secretStart, m.secretEnd);
    if (!secret || isNotASecret(secret)) continue;
    report(d, secret, m.secretStart, out);
  }
}

/**
 * Candidate key names that hold a word key-names.ts could classify as secret (`DB_PASSWORD:`,
 * `apiKey =`), and `name: DB_PASSWORD` items for name-value-pairs.ts. A file of no known kind is
 * parsed only when one of them classifies: parsing every YAML/JSON file of a repository for
 * entries doubled the CLI's time on the corpus, and most have no secret-like key at all.
 */
const SECRETISH_NAME = /(?:^|[^\w.-])([\w.-]{0,60}(?:pass|pwd|pw|secret|token|key|auth|cred|bearer|signature|sas|webhook|pat)[\w.-]{0,60})["']?[ \t]{0,8}(?:[:=]|=>)|(?:name|key|variable)["']?[ \t]{0,8}[:=][ \t]{0,8}["']?([\w.-]{0,60}(?:pass|pwd|secret|token|key|auth|cred)[\w.-]{0,60})/gi;

function hasSecretishKey(text: string): boolean {
  SECRETISH_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SECRETISH_NAME.exec(text)) !== null) {
    if (classifyKey((m[1] ?? m[2])!)) return true;
  }
  return false;
}

/** A comment on the value's line or the line above that asks to put a real value there. */
const REPLACE_ME = /#.{0,80}\b(?:replace (?:this|it|me|with)|your [\w ]{0,30}(?:key|token|password|secret)|change ?me|fill (?:this )?in|put your)\b/i;

/** The generic heuristics trust a documented "replace with your key" over the value's shape. */
function saysReplaceMe(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const prevStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : lineStart;
  const lineEnd = text.indexOf('\n', at);
  const around = text.slice(prevStart, lineEnd === -1 ? text.length : lineEnd);
  return around.length < 2000 && REPLACE_ME.test(around);
}

const overlaps = (a: RawFinding, b: RawFinding): boolean => a.range.start < b.range.end && b.range.start < a.range.end;

let providerPrefilter: KeywordPrefilter | undefined;
const extraPrefilters = new WeakMap<Detector[], KeywordPrefilter>();

export function scanSecrets(ctx: AnalysisContext): RawFinding[] {
  const specific: RawFinding[] = [];
  providerPrefilter ??= new KeywordPrefilter(providerDetectors);
  for (const d of providerPrefilter.candidates(ctx.lowerText)) {
    if (ctx.budget.exceeded()) break;
    matchDetector(d, ctx, specific);
  }
  const extras = extraDetectors(ctx.config.extraPatterns);
  if (extras.length > 0) {
    let pf = extraPrefilters.get(extras);
    if (!pf) extraPrefilters.set(extras, (pf = new KeywordPrefilter(extras)));
    for (const d of pf.candidates(ctx.lowerText)) {
      if (ctx.budget.exceeded()) break;
      matchDetector(d, ctx, specific);
    }
  }
  specific.push(...kubernetesSecretData(ctx));

  // A file Outpost has no kind for is parsed for key/value entries only when some word in it could
  // name a secret: parsing every YAML/JSON file of a repository doubled the CLI's time on the corpus.
  // Past the file's time budget (engine/budget.ts) the generic checks are skipped: the file is reported as stopped.
  const parse = !ctx.budget.exceeded() && (ctx.kind !== 'other' || hasSecretishKey(ctx.text));
  // Secret checks also read `{name: X, value: v}` mappings as `X: v` (name-value-pairs.ts).
  // secretEntries adapts XML and Kubernetes entries (cipher-provider siblings, `env` name/value items).
  const base = parse ? secretEntries(ctx) : [];
  const pairs = parse && (ctx.syntax === 'yaml' || ctx.syntax === 'json') && ctx.kind !== 'kubernetes' && ctx.kind !== 'helm-values';
  const entries = pairs ? nameValueEntries(base).concat(base) : base;
  const generic = ctx.budget.exceeded() ? [] : [...genericByKey(entries), ...genericInText(ctx.text, ctx.lowerText), ...callDefaults(ctx.text, ctx.lowerText)].filter((g) => !saysReplaceMe(ctx.text, g.range.start));
  const all = [...specific];
  for (const g of generic) {
    if (!all.some((f) => overlaps(f, g))) all.push(g);
  }
  // Two detectors of one provider may match the same characters; keep the first.
  const seen = new Set<string>();
  const unique = all.filter((f) => {
    const key = `${f.ruleId}\0${f.range.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  for (const f of unique) f.fix = vaultFixData(ctx, f, entries);
  if (ctx.syntax === 'xml' || ctx.kind === 'kubernetes') for (const f of unique) adviseSecret(ctx, f);
  return unique;
}
