// Secrets never leave the engine in full: messages and outputs show the first 4 characters.
import { createHash } from 'node:crypto';

export function mask(secret: string): string {
  return `${secret.slice(0, 4)}…`;
}

/** SHA-256 of rule id and secret: stable across line moves, different per rule. */
export function fingerprint(ruleId: string, secret: string): string {
  return createHash('sha256').update(ruleId).update('\0').update(secret).digest('hex');
}
