// `.outpost-baseline.json`: findings accepted as known, by fingerprint (rule id + SHA-256 of the
// secret, never line numbers), so moving lines keeps them accepted and a new secret on an old
// line still shows. The file never holds a secret: only hashes, rule ids and paths.
export const BASELINE_FILE = '.outpost-baseline.json';

export interface BaselineEntry {
  ruleId: string;
  fingerprint: string;
  /** Where it was seen when the baseline was written; informational only. */
  path?: string;
}

export interface BaselineFile {
  version: 1;
  findings: BaselineEntry[];
}

export class BaselineError extends Error {}

export function parseBaselineFile(text: string): BaselineFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new BaselineError(`the baseline is not valid JSON (${(e as Error).message})`);
  }
  const d = data as Partial<BaselineFile>;
  if (typeof d !== 'object' || d === null || d.version !== 1 || !Array.isArray(d.findings)) {
    throw new BaselineError('the baseline must be {"version": 1, "findings": [...]}; recreate it with `outpost baseline`');
  }
  d.findings.forEach((f, i) => {
    if (typeof f?.fingerprint !== 'string' || !/^[0-9a-f]{64}$/.test(f.fingerprint) || typeof f.ruleId !== 'string') {
      throw new BaselineError(`baseline entry ${i} needs a "ruleId" and a 64-hex "fingerprint"`);
    }
  });
  return d as BaselineFile;
}

/** The set of accepted fingerprints, for analyze({ baseline }). */
export function parseBaseline(text: string): Set<string> {
  return new Set(parseBaselineFile(text).findings.map((f) => f.fingerprint));
}

/** Merges new entries into a previous baseline (kept entries first), sorted for stable diffs. */
export function serializeBaseline(entries: readonly BaselineEntry[], previous?: BaselineFile): string {
  const byFp = new Map<string, BaselineEntry>();
  for (const e of [...(previous?.findings ?? []), ...entries]) {
    if (!byFp.has(e.fingerprint)) byFp.set(e.fingerprint, e.path ? { ruleId: e.ruleId, fingerprint: e.fingerprint, path: e.path } : { ruleId: e.ruleId, fingerprint: e.fingerprint });
  }
  const findings = [...byFp.values()].sort((a, b) => (a.path ?? '').localeCompare(b.path ?? '') || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
  return JSON.stringify({ version: 1, findings } satisfies BaselineFile, null, 2) + '\n';
}
