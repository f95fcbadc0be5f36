// Builds the finding for a detected secret: exact range, masked message, fingerprint.
import type { RawFinding, Severity } from '../types';
import { fingerprint, mask } from './mask';

export interface SecretHit {
  ruleId: string;
  /** What the secret is: "GitHub personal access token". */
  description: string;
  secret: string;
  start: number;
  severity?: Severity;
  /** Where to revoke or rotate it. */
  rotate?: string;
}

export function secretFinding(hit: SecretHit): RawFinding {
  const rotate = hit.rotate ?? 'Rotate it with its issuer.';
  const f: RawFinding = {
    ruleId: hit.ruleId,
    message:
      `Hardcoded ${hit.description} (${mask(hit.secret)}): anyone who can read this file can use it. ` +
      `Move it to a secret store and treat it as leaked: ${rotate}`,
    range: { start: hit.start, end: hit.start + hit.secret.length },
    fingerprint: fingerprint(hit.ruleId, hit.secret),
    // A usable credential in a file is an error unless the detector says otherwise.
    severity: hit.severity ?? 'error',
  };
  return f;
}
