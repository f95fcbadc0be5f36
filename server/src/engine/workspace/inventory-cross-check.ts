// inventory/contradicts-config — the one check that needs two files. An asset in an Outpost asset
// inventory names its tool's own config files (`config: ../grafana/grafana.ini`, relative to the
// inventory; CSV column `config`); what the asset declares is compared with the facts the tool
// table (tools/) reads from those files:
//   authentication.mfa: required        vs  an unsafe or missing `mfa` fact
//   authentication.anonymousAccess: false vs an unsafe or missing `anonymous-access` fact
//   logging.auditLog: true               vs  an unsafe or missing `audit-log` fact
//   network.ipAllowlist / vpnRequired    vs  an unsafe or missing `allowlist` fact
// A contradiction is reported on both sides: on the inventory's claim (the review relies on it)
// and on the config key (the server really is open). Only a claim that is SAFER than the config
// is a contradiction; an inventory more pessimistic than the server misleads nobody.
// Matching is explicit (the `config` field), never guessed from names or hosts.
// Pure: the caller (CLI, language server, tests) reads the files and passes their text.
import type { AnalysisContext } from '../context';
import { AnalysisContext as Context } from '../context';
import { DEFAULT_CONFIG, ruleSetting } from '../config/config';
import type { OutpostConfig } from '../config/config';
import { detectKind, normalisePath, syntaxOf } from '../kinds/detect-kind';
import { valueRangeAt, keyRangeAt } from '../policy/ranges';
import { inventoryAssets, field } from '../rules/inventory/assets';
import type { AssetView } from '../rules/inventory/assets';
import { fingerprint } from '../secrets/mask';
import { inlineSuppressions } from '../suppress/inline';
import { toolFacts } from '../tools/evaluate';
import type { ToolFact } from '../tools/evaluate';
import { displayKey, TOOL_SETTING_FIX, assignment, leafName } from '../tools/findings';
import type { ToolSettingFixData } from '../tools/findings';
import type { PostureFact } from '../tools/tool-setting';
import type { Finding, Range, RawFinding, Severity } from '../types';

export const CONTRADICTS_CONFIG = 'inventory/contradicts-config';

export interface WorkspaceText {
  /** Workspace-relative, forward slashes. */
  path: string;
  text: string;
}

export interface CrossCheckOptions {
  config?: OutpostConfig;
  baseline?: ReadonlySet<string>;
}

interface Claim {
  fact: PostureFact;
  /** "MFA is required" */
  says: string;
  /** Where in the asset the claim is written. */
  at: (string | number)[];
}

/** The claims an asset makes that a config file can contradict. */
function claimsOf(a: AssetView): Claim[] {
  const out: Claim[] = [];
  if (field(a, 'authentication', 'mfa') === 'required') out.push({ fact: 'mfa', says: 'MFA is required', at: ['authentication', 'mfa'] });
  if (field(a, 'authentication', 'anonymousAccess') === false) out.push({ fact: 'anonymous-access', says: 'anonymous access is off', at: ['authentication', 'anonymousAccess'] });
  if (field(a, 'logging', 'auditLog') === true) out.push({ fact: 'audit-log', says: 'the audit log is on', at: ['logging', 'auditLog'] });
  const list = field(a, 'network', 'ipAllowlist');
  if (Array.isArray(list) && list.length > 0) out.push({ fact: 'allowlist', says: 'an IP allow list restricts it', at: ['network', 'ipAllowlist'] });
  else if (field(a, 'network', 'vpnRequired') === true) out.push({ fact: 'allowlist', says: 'it is reachable through the VPN only', at: ['network', 'vpnRequired'] });
  return out;
}

/** `../grafana/grafana.ini` from `inventory/assets.yaml` -> `grafana/grafana.ini`; undefined when it leaves the workspace. */
export function resolveRelative(fromFile: string, ref: string): string | undefined {
  const r = normalisePath(ref.trim());
  if (r === '' || /^[a-z]+:\/\//i.test(r)) return undefined;
  const baseParts = r.startsWith('/') ? [] : normalisePath(fromFile).split('/').slice(0, -1);
  const parts = [...baseParts];
  for (const seg of r.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}

function configRefs(a: AssetView): string[] {
  const c = field(a, 'config');
  if (typeof c === 'string') return [c];
  return Array.isArray(c) ? c.filter((x): x is string => typeof x === 'string') : [];
}

function contextFor(path: string, text: string, config: OutpostConfig): AnalysisContext | undefined {
  const kind = detectKind(path, text);
  if (!kind) return undefined;
  return new Context(path, text, kind, syntaxOf(kind, path), config, new Date(0));
}

/** The workspace-relative config paths the inventories name (so the caller knows what to read). */
export function configPathsNamed(inventories: readonly WorkspaceText[], opts: CrossCheckOptions = {}): string[] {
  const config = opts.config ?? DEFAULT_CONFIG;
  const out = new Set<string>();
  for (const inv of inventories) {
    const ctx = contextFor(inv.path, inv.text, config);
    if (!ctx) continue;
    for (const a of inventoryAssets(ctx)) for (const ref of configRefs(a)) {
      const p = resolveRelative(inv.path, ref);
      if (p) out.add(p);
    }
  }
  return [...out];
}

function describeFact(ctx: AnalysisContext, f: ToolFact): string {
  const shown = displayKey(ctx.syntax, f.path);
  return f.state === 'missing' ? `\`${shown}\` is not set (unsafe by default)` : `\`${shown}\` is \`${f.entry?.value ?? ''}\``;
}

/** Findings in the analyze() sense: severity overrides, inline suppression and the baseline applied. */
function finish(path: string, ctx: AnalysisContext, raw: RawFinding[], config: OutpostConfig, baseline: ReadonlySet<string> | undefined): Finding[] {
  const setting = ruleSetting(config, CONTRADICTS_CONFIG);
  if (setting === 'off' || raw.length === 0) return [];
  const suppressed = inlineSuppressions(ctx.text, ctx.syntax);
  const out: Finding[] = [];
  for (const f of raw) {
    const fp = fingerprint(f.ruleId, `${path}\0${ctx.text.slice(f.range.start, f.range.end)}\0${f.message}`);
    if (baseline?.has(fp)) continue;
    if (suppressed.isSuppressed(f.ruleId, ctx.lineIndex.positionAt(f.range.start).line)) continue;
    out.push({ ...f, severity: setting ?? f.severity ?? ('error' as Severity), fingerprint: fp });
  }
  return out;
}

/**
 * Compares every asset that names config files with those files' facts. `configs` maps the
 * workspace-relative paths from configPathsNamed() to their text (absent: not in the workspace).
 * Returns the findings per workspace-relative path (inventory files and config files).
 */
export function crossCheckInventories(inventories: readonly WorkspaceText[], configs: ReadonlyMap<string, string>, opts: CrossCheckOptions = {}): Map<string, Finding[]> {
  const config = opts.config ?? DEFAULT_CONFIG;
  const raw = new Map<string, { ctx: AnalysisContext; findings: RawFinding[] }>();
  const add = (path: string, ctx: AnalysisContext, f: RawFinding): void => {
    let slot = raw.get(path);
    if (!slot) raw.set(path, (slot = { ctx, findings: [] }));
    if (!slot.findings.some((x) => x.range.start === f.range.start && x.message === f.message)) slot.findings.push(f);
  };
  const configContexts = new Map<string, AnalysisContext | undefined>();
  const configContext = (p: string): AnalysisContext | undefined => {
    if (!configContexts.has(p)) {
      const text = configs.get(p);
      configContexts.set(p, text === undefined ? undefined : contextFor(p, text, config));
    }
    return configContexts.get(p);
  };

  for (const inv of inventories) {
    const ictx = contextFor(inv.path, inv.text, config);
    if (!ictx) continue;
    for (const a of inventoryAssets(ictx)) {
      for (const ref of configRefs(a)) {
        const p = resolveRelative(inv.path, ref);
        const configAt = (): Range => valueRangeAt(a.tree, [...a.path, 'config']);
        if (!p || !configs.has(p)) {
          add(inv.path, ictx, {
            ruleId: CONTRADICTS_CONFIG,
            severity: 'warning',
            message: `${a.subject} names the config file \`${ref}\`, which is not in this workspace, so what the asset declares cannot be checked against it. Correct the path (it is relative to this inventory file).`,
            range: configAt(),
          });
          continue;
        }
        const cctx = configContext(p);
        const facts = cctx ? toolFacts(cctx) : [];
        for (const claim of claimsOf(a)) {
          const bad = facts.filter((f) => f.fact === claim.fact && f.state !== 'safe');
          for (const f of bad) {
            const what = describeFact(cctx!, f);
            const claimRange = a.csv ? keyRangeAt(a.tree, [...a.path, ...claim.at]) : valueRangeAt(a.tree, [...a.path, ...claim.at]);
            add(inv.path, ictx, {
              ruleId: CONTRADICTS_CONFIG,
              message: `${a.subject} says ${claim.says}, but its config \`${p}\` contradicts it: ${f.setting.tool}'s ${what}. Whoever reviews the inventory is told the risk is handled; fix the config (or correct the inventory).`,
              range: claimRange,
            });
            const key = leafName(cctx!.syntax, f.path);
            const fix: ToolSettingFixData = { kind: TOOL_SETTING_FIX, syntax: cctx!.syntax, doc: f.doc, path: [...f.path], value: f.setting.safe, title: `Set \`${assignment(cctx!.syntax, key, f.setting.safe)}\`` };
            add(p, cctx!, {
              ruleId: CONTRADICTS_CONFIG,
              message: `The asset inventory \`${inv.path}\` says ${claim.says} for ${a.subject.replace(/^Asset /, 'asset ')}, but here ${what}. Set \`${assignment(cctx!.syntax, key, f.setting.safe)}\` (or correct the inventory).`,
              range: f.range,
              ...(f.setting.manual ? {} : { fix }),
            });
          }
        }
      }
    }
  }
  const out = new Map<string, Finding[]>();
  for (const [path, { ctx, findings }] of raw) {
    const done = finish(path, ctx, findings, config, opts.baseline);
    if (done.length > 0) out.set(path, done.sort((x, y) => x.range.start - y.range.start));
  }
  return out;
}
