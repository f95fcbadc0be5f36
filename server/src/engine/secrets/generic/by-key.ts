// A literal value under a password-, token- or key-like name in YAML, JSON, INI, .env,
// .properties, .netrc, CSV or code assignments. Passwords are reported as they are (any literal
// that is not a placeholder); API-key-like values must also look random (entropy gate).
import type { RawFinding } from '../../types';
import type { Entry } from '../../parse/entry';
import { shannonEntropy } from '../detector';
import { isLocator, isNotASecret } from '../placeholders';
import { secretFinding } from '../secret-finding';
import { classifyKey } from './key-names';
import { isTerraformReference } from '../references/terraform';
import { defaultPasswordOf } from '../default-passwords';
import { saysTestValue, shapedLike } from '../shaped-like';

export const GENERIC_PASSWORD = 'secret/generic-password';
export const GENERIC_API_KEY = 'secret/generic-api-key';
export const DEFAULT_PASSWORD = 'secret/default-password';

/**
 * A value that spells its own key is a description of what goes there: `accountkey:
 * base64encodedaccountkey`, `db_password: db_password_here`.
 */
function namesItself(key: string, value: string): boolean {
  const k = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  const v = value.toLowerCase().replace(/[^a-z0-9]/g, '');
  return k.length >= 6 && v.includes(k) && /^[a-z0-9_.-]+$/i.test(value) && !/\d{3}/.test(value.replace(/base64|sha256|\d+$/gi, ''));
}

/** Minimum bits/char for an API-key-like literal; random base64/hex sits well above, words below. */
const MIN_ENTROPY = 3.2;

function looksLikeProse(v: string): boolean {
  // `smtp password`, `the admin password`: lower-case words are a description, not a password.
  return /\s\S+\s/.test(v) || /[.!?]$/.test(v) && /\s/.test(v) || /^[a-z]+(?: [a-z]+)+$/.test(v);
}

export function passwordLiteral(v: string): boolean {
  if (v.length < 6 || v.length > 200) return false;
  if (/^\d{1,7}$/.test(v)) return false;
  if (looksLikeProse(v) || isLocator(v)) return false;
  return !isNotASecret(v);
}

export function apiKeyLiteral(v: string): boolean {
  if (v.length < 16 || v.length > 1000 || /\s/.test(v)) return false;
  if (!/\d/.test(v) && !(/[a-z]/.test(v) && /[A-Z]/.test(v))) return false;
  if (/^[a-z]+(?:[-_.][a-z0-9]+)+$/.test(v)) return false; // kebab/snake identifiers: my-deploy-token-2
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v)) return false; // the name of a variable: E2E_ENV_TOKEN_GITHUB
  if (shannonEntropy(v) < MIN_ENTROPY || isLocator(v)) return false;
  return !isNotASecret(v);
}

/** The key as quoted in a message: a hostile file can have a megabyte-long key name. */
function keyLabel(key: string): string {
  return key.length > 60 ? `${key.slice(0, 57)}…` : key;
}

export function genericByKey(entries: readonly Entry[]): RawFinding[] {
  const out: RawFinding[] = [];
  for (const e of entries) {
    if (e.quote === 'block' || e.tag === '!vault') continue;
    if ((e.expression || e.value.includes('${')) && isTerraformReference(e)) continue;
    const cls = classifyKey(e.key);
    if (!cls) continue;
    const v = e.value.trim();
    // Only point at it when the source spells it literally (no escapes inside the range).
    const lead = e.value.indexOf(v);
    const start = e.valueRange.start + lead;
    if (e.valueRange.end - e.valueRange.start !== e.value.length) continue;
    const vendor = cls === 'password' && v.length >= 6 ? defaultPasswordOf(v) : undefined;
    if (vendor) {
      out.push(secretFinding({ ruleId: DEFAULT_PASSWORD, description: `default password of ${vendor} in "${keyLabel(e.key)}"`, secret: v, start, rotate: 'everyone knows this value: set a new, random password on the running server now, then keep it in a secret store.' }));
    } else if (cls === 'password' && passwordLiteral(v) && !namesItself(e.key, v)) {
      out.push(secretFinding({ ruleId: GENERIC_PASSWORD, description: `password in "${keyLabel(e.key)}"`, secret: v, start, rotate: 'change the password where it is used.' }));
    } else if (cls === 'api-key' && apiKeyLiteral(v) && !namesItself(e.key, v)) {
      // A provider's prefix whose detector rejected the body: say so, and trust a test-looking name.
      const like = shapedLike(v);
      if (like && saysTestValue(e.key, v)) continue;
      const description = like ? `value shaped like a ${like} (its checksum or length does not match that format) in "${keyLabel(e.key)}"` : `secret in "${keyLabel(e.key)}"`;
      out.push(secretFinding({ ruleId: GENERIC_API_KEY, description, secret: v, start, rotate: 'revoke it with its issuer and create a new one.' }));
    }
  }
  return out;
}
