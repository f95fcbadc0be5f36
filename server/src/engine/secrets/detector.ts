// A provider detector: written from the provider's documented token format. The engine runs
// `pattern` only when one of `keywords` occurs in the file (lower-cased literal prefilter), then
// drops references/placeholders and candidates `validate` rejects.
import type { Severity } from '../types';
import type { AnalysisContext } from '../context';
import type { UserPattern } from './user-pattern';

export interface Detector {
  /** `secret/<provider>`; several detectors may share an id (e.g. GitHub's token prefixes). */
  id: string;
  /** What the secret is, for messages: "GitHub personal access token". */
  description: string;
  /** Lower-case literal substrings; at least one must occur in the file for the pattern to run. */
  keywords: readonly string[];
  /**
   * A global (`g`) regular expression. The secret is the named group `secret` when present,
   * else the whole match. Must not backtrack catastrophically (bounded quantifiers only).
   */
  pattern: RegExp;
  /** Extra check on a candidate: checksum, entropy, surrounding context. */
  validate?: (secret: string, match: RegExpExecArray, ctx: AnalysisContext) => boolean;
  severity?: Severity;
  /** Where to revoke/rotate it, one short sentence, e.g. "Revoke it under GitHub → Settings → Developer settings." */
  rotate?: string;
  /**
   * The provider's tokens are UUID-shaped (Snyk, Codecov, legacy Heroku/npm). UUIDs are normally
   * dropped as identifiers; these detectors already require the provider's key name, so the UUID
   * shape check is skipped for them (references and placeholders are still dropped).
   */
  uuidShaped?: boolean;
  /**
   * A pattern from the repository's `.outpost.yml`: matched with the linear-time engine instead of
   * `pattern` (which then never matches), so a hostile configuration cannot backtrack.
   */
  linear?: UserPattern;
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(s: string): number {
  if (!s) return 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) {
    const p = c / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}
