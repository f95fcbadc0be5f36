// "Changed since the last review": what differs between the previous report's data (its
// `--format json`) and this one. Findings are matched without line numbers (lines move when a
// file is edited): rule + file + the secret's fingerprint, else the message.
import type { AssetStatus, PostureFinding, PostureModel } from './posture-model';

export interface StatusChange {
  label: string;
  path: string;
  from: AssetStatus | 'absent';
  to: AssetStatus | 'absent';
}

export interface PostureChanges {
  /** When the previous report was made. */
  since: string;
  newFindings: PostureFinding[];
  resolvedFindings: PostureFinding[];
  assetChanges: StatusChange[];
}

export class PreviousReportError extends Error {}

const findingKey = (f: PostureFinding): string => `${f.ruleId}\0${f.path}\0${f.fingerprint ?? f.message}`;
const assetKey = (a: { path: string; label: string }): string => `${a.path}\0${a.label}`;

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Reads the previous report's JSON; anything that is not one says what is wrong. */
export function parsePreviousReport(text: string): PostureModel {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new PreviousReportError(`it is not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!isRecord(data) || data['version'] !== 1 || !Array.isArray(data['assets']) || !isRecord(data['findings']) || !Array.isArray(data['findings']['areas'])) {
    throw new PreviousReportError('it is not the data of an Outpost report (write one with `outpost report --format json`)');
  }
  return data as unknown as PostureModel;
}

function allFindings(m: PostureModel): PostureFinding[] {
  const out: PostureFinding[] = [];
  for (const area of m.findings.areas) for (const file of area.files ?? []) for (const f of file.findings ?? []) out.push(f);
  return out;
}

export function changesSince(previous: PostureModel, current: PostureModel): PostureChanges {
  const before = allFindings(previous);
  const after = allFindings(current);
  const beforeKeys = new Set(before.map(findingKey));
  const afterKeys = new Set(after.map(findingKey));
  const oldAssets = new Map(previous.assets.map((a) => [assetKey(a), a]));
  const newAssets = new Map(current.assets.map((a) => [assetKey(a), a]));
  const assetChanges: StatusChange[] = [];
  for (const [k, a] of newAssets) {
    const old = oldAssets.get(k);
    if (!old) assetChanges.push({ label: a.label, path: a.path, from: 'absent', to: a.status });
    else if (old.status !== a.status) assetChanges.push({ label: a.label, path: a.path, from: old.status, to: a.status });
  }
  for (const [k, a] of oldAssets) if (!newAssets.has(k)) assetChanges.push({ label: a.label, path: a.path, from: a.status, to: 'absent' });
  return {
    since: typeof previous.generatedAt === 'string' ? previous.generatedAt : '',
    newFindings: after.filter((f) => !beforeKeys.has(findingKey(f))),
    resolvedFindings: before.filter((f) => !afterKeys.has(findingKey(f))),
    assetChanges,
  };
}
