// The posture of a workspace as data: assets grouped by exposure with what each is missing and when
// it is next reviewed, findings grouped by area and file, reviews due by month. Pure: the scan's
// results, the inventories' assets and a clock in, one plain object out — the editor's view, the
// posture page and `outpost report` all draw this same object (and `--format json` writes it).
import type { AssetRecord } from '../engine/posture/inventory-records';
import type { Severity } from '../engine/types';
import { accessTopicOf, AREA_ORDER, AREA_TITLES, areaOf } from './areas';
import type { AreaId } from './areas';
import { addDays, daysBetween, formatDay, parseDay, startOfDay } from './review-dates';

export const POSTURE_VERSION = 1;
/** Reviews due within this many days stand out. */
export const DUE_SOON_DAYS = 30;
const DEFAULT_REVIEW_DAYS = 90;

/** An asset of an inventory, located at the edge: workspace-relative path and 1-based line. */
export type LocatedAsset = Omit<AssetRecord, 'range'> & { path: string; line: number };

export interface PostureFinding {
  ruleId: string;
  severity: Severity;
  /** Masked already (findings never carry a full secret). */
  message: string;
  /** Workspace-relative path, forward slashes. */
  path: string;
  /** 1-based. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fingerprint?: string;
}

export interface PostureInput {
  /** Name of the workspace as shown in the report (a folder name or path). */
  workspace: string;
  now: Date;
  assets: readonly LocatedAsset[];
  findings: readonly PostureFinding[];
  /** Workspace-relative paths of the files in the workspace: an asset's `config:` links only to one of these. */
  files?: ReadonlySet<string>;
  /** The review interval when an inventory sets none (inventory/review-overdue's `days` option), else 90. */
  defaultReviewDays?: number;
}

export type AssetStatus = 'ok' | 'missing' | 'due-soon' | 'overdue';

export const STATUS_TITLES: Readonly<Record<AssetStatus, string>> = {
  ok: 'OK',
  missing: 'Missing something',
  'due-soon': `Review due within ${DUE_SOON_DAYS} days`,
  overdue: 'Review overdue',
};

export const STATUS_ORDER: readonly AssetStatus[] = ['overdue', 'missing', 'due-soon', 'ok'];

export interface PostureAsset extends LocatedAsset {
  status: AssetStatus;
  reviewEveryDays: number;
  /** YYYY-MM-DD; absent when lastReviewed is missing or not a date. */
  nextReview?: string;
  /** Days from today to nextReview (negative: overdue). */
  daysUntilReview?: number;
  /** Plain phrases, e.g. "an owner", "MFA required". */
  missing: string[];
  /** One or two sentences: what is missing and when the review is due. */
  summary: string;
  /** The workspace path of the asset's real server configuration, when `config:` names a file of the workspace. */
  configPath?: string;
}

export interface ExposureGroup {
  exposure: string;
  title: string;
  assets: PostureAsset[];
}

export interface FileGroup {
  path: string;
  findings: PostureFinding[];
}

export interface AreaGroup {
  area: AreaId;
  title: string;
  count: number;
  bySeverity: Record<Severity, number>;
  /** Access only: findings per topic (MFA, allow list, anonymous, sign-up, other). */
  topics?: Record<string, number>;
  files: FileGroup[];
}

export interface MonthCount {
  /** YYYY-MM, or "overdue" for reviews already late (and assets without a review date). */
  month: string;
  count: number;
}

export interface PostureModel {
  version: typeof POSTURE_VERSION;
  generatedAt: string;
  today: string;
  workspace: string;
  assets: PostureAsset[];
  exposures: ExposureGroup[];
  assetsByStatus: Record<AssetStatus, number>;
  findings: { total: number; bySeverity: Record<Severity, number>; areas: AreaGroup[] };
  reviewsByMonth: MonthCount[];
}

const EXPOSURE_ORDER = ['internet', 'vpn', 'internal'];
const EXPOSURE_TITLES: Record<string, string> = {
  internet: 'Internet-facing',
  vpn: 'Behind a VPN',
  internal: 'Internal only',
  '': 'Exposure not stated',
};

function exposureTitle(exposure: string): string {
  return EXPOSURE_TITLES[exposure] ?? `Exposure: ${exposure}`;
}

/** What the inventory rules ask of the asset and it does not give, in the order a reviewer reads them. */
export function missingOf(a: LocatedAsset): string[] {
  const out: string[] = [];
  const internet = a.exposure === 'internet';
  if (!a.owner) out.push('an owner');
  if (!a.exposure) out.push('its exposure (internet, vpn or internal)');
  if (!a.authMethod) out.push('an authentication method');
  if (internet && a.mfa !== 'required') out.push(a.mfa ? `MFA required (it is ${a.mfa})` : 'MFA required');
  if (internet && a.ipAllowlist.length === 0 && a.vpnRequired !== true) out.push('an IP allow list or VPN');
  if (internet && a.anonymousAccess === true) out.push('anonymous access turned off');
  if (a.auditLog === false || (internet && a.auditLog !== true)) out.push('an audit log');
  if (!a.patchResponsibility) out.push('who patches it');
  if (a.lastReviewed === undefined) out.push('a review date');
  else if (parseDay(a.lastReviewed) === undefined) out.push(`a valid review date ("${a.lastReviewed}" is not YYYY-MM-DD)`);
  return out;
}

function reviewSentence(next: string | undefined, days: number | undefined): string {
  if (next === undefined || days === undefined) return 'Never reviewed (no valid review date): review it now.';
  if (days < 0) return `Review overdue by ${-days} day${days === -1 ? '' : 's'} (was due ${next}).`;
  if (days === 0) return `Review due today (${next}).`;
  if (days <= DUE_SOON_DAYS) return `Review due in ${days} day${days === 1 ? '' : 's'} (${next}).`;
  return `Next review ${next}.`;
}

function joinPosix(dir: string, rel: string): string {
  const parts: string[] = [];
  for (const seg of `${dir}/${rel}`.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

/** `config:` relative to the inventory's folder, else to the workspace root; only files that exist. */
function linkedConfig(a: LocatedAsset, files: ReadonlySet<string> | undefined): string | undefined {
  if (!a.config || !files || /^[a-z][a-z0-9+.-]*:\/\//i.test(a.config)) return undefined;
  const dir = a.path.includes('/') ? a.path.slice(0, a.path.lastIndexOf('/')) : '';
  for (const p of [joinPosix(dir, a.config), joinPosix('', a.config)]) if (files.has(p)) return p;
  return undefined;
}

export function postureAsset(a: LocatedAsset, today: number, defaultDays: number, files?: ReadonlySet<string>): PostureAsset {
  const every = a.reviewEveryDays ?? defaultDays;
  const reviewed = parseDay(a.lastReviewed);
  const nextDay = reviewed === undefined ? undefined : addDays(reviewed, every);
  const next = nextDay === undefined ? undefined : formatDay(nextDay);
  const days = nextDay === undefined ? undefined : daysBetween(today, nextDay);
  const missing = missingOf(a);
  const status: AssetStatus = days === undefined || days < 0 ? 'overdue' : missing.length > 0 ? 'missing' : days <= DUE_SOON_DAYS ? 'due-soon' : 'ok';
  const summary = `${missing.length > 0 ? `Missing: ${missing.join(', ')}. ` : 'Nothing missing. '}${reviewSentence(next, days)}`;
  const out: PostureAsset = { ...a, status, reviewEveryDays: every, missing, summary };
  if (next !== undefined) out.nextReview = next;
  if (days !== undefined) out.daysUntilReview = days;
  const link = linkedConfig(a, files);
  if (link !== undefined) out.configPath = link;
  return out;
}

const zeroSeverities = (): Record<Severity, number> => ({ error: 0, warning: 0, info: 0 });
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function groupFindings(findings: readonly PostureFinding[]): AreaGroup[] {
  const byArea = new Map<AreaId, Map<string, PostureFinding[]>>();
  for (const f of findings) {
    const area = areaOf(f.ruleId);
    let files = byArea.get(area);
    if (!files) byArea.set(area, (files = new Map()));
    let list = files.get(f.path);
    if (!list) files.set(f.path, (list = []));
    list.push(f);
  }
  return AREA_ORDER.map((area) => {
    const files = [...(byArea.get(area) ?? new Map<string, PostureFinding[]>()).entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([path, list]) => ({ path, findings: [...list].sort((x, y) => x.line - y.line || x.column - y.column || SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity]) }));
    const bySeverity = zeroSeverities();
    let count = 0;
    const topics: Record<string, number> = {};
    for (const g of files) {
      for (const f of g.findings) {
        count++;
        bySeverity[f.severity]++;
        if (area === 'access') topics[accessTopicOf(f.ruleId)] = (topics[accessTopicOf(f.ruleId)] ?? 0) + 1;
      }
    }
    const group: AreaGroup = { area, title: AREA_TITLES[area], count, bySeverity, files };
    if (area === 'access') group.topics = topics;
    return group;
  });
}

function reviewsByMonth(assets: readonly PostureAsset[]): MonthCount[] {
  const counts = new Map<string, number>();
  for (const a of assets) {
    const key = a.status === 'overdue' || a.nextReview === undefined ? 'overdue' : a.nextReview.slice(0, 7);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // "overdue" first, then the months in calendar order.
  return [...counts.entries()].sort(([a], [b]) => (a === 'overdue' ? -1 : b === 'overdue' ? 1 : a < b ? -1 : a > b ? 1 : 0)).map(([month, count]) => ({ month, count }));
}

export function buildPosture(input: PostureInput): PostureModel {
  const today = startOfDay(input.now);
  const defaultDays = input.defaultReviewDays ?? DEFAULT_REVIEW_DAYS;
  const assets = input.assets.map((a) => postureAsset(a, today, defaultDays, input.files));
  const rank = (e: string): number => (EXPOSURE_ORDER.includes(e) ? EXPOSURE_ORDER.indexOf(e) : e === '' ? EXPOSURE_ORDER.length + 1 : EXPOSURE_ORDER.length);
  const groups = new Map<string, PostureAsset[]>();
  for (const a of assets) {
    const e = a.exposure ?? '';
    let list = groups.get(e);
    if (!list) groups.set(e, (list = []));
    list.push(a);
  }
  const exposures = [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : 1))
    .map(([exposure, list]) => ({
      exposure,
      title: exposureTitle(exposure),
      assets: [...list].sort((x, y) => STATUS_ORDER.indexOf(x.status) - STATUS_ORDER.indexOf(y.status) || x.label.localeCompare(y.label)),
    }));
  const assetsByStatus: Record<AssetStatus, number> = { ok: 0, missing: 0, 'due-soon': 0, overdue: 0 };
  for (const a of assets) assetsByStatus[a.status]++;
  const bySeverity = zeroSeverities();
  for (const f of input.findings) bySeverity[f.severity]++;
  return {
    version: POSTURE_VERSION,
    generatedAt: input.now.toISOString(),
    today: formatDay(today),
    workspace: input.workspace,
    assets,
    exposures,
    assetsByStatus,
    findings: { total: input.findings.length, bySeverity, areas: groupFindings(input.findings) },
    reviewsByMonth: reviewsByMonth(assets),
  };
}
