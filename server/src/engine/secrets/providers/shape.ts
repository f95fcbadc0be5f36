// Building blocks for provider detectors: boundaries that stop a token from being half-matched
// inside a longer random string, a key-name-then-value shape for formats that have no prefix, and
// the checks that tell a random token from a documentation placeholder.
import { shannonEntropy } from '../detector';
import type { Detector } from '../detector';

/** Start of a token: not glued to a preceding letter, digit or underscore. */
export const START = String.raw`(?<![A-Za-z0-9_])`;
/** Start of a token whose alphabet also has `-`. */
export const START_DASH = String.raw`(?<![A-Za-z0-9_-])`;
/** End of a token made of letters and digits (also `_` and `-`, which would continue it). */
export const END = String.raw`(?![A-Za-z0-9_-])`;
/** End of a base64 value (`+`, `/`, `=` would continue it). */
export const END_B64 = String.raw`(?![A-Za-z0-9+/=])`;

/** `[0-9a-f]{8}-...-[0-9a-f]{12}`. */
export const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/**
 * Between a key name and its value: `KEY: v`, `KEY=v`, `"key": "v"`, `key => 'v'`, `KEY := v`,
 * `--key v`, `-e KEY=v`. Quotes around the key or value are optional. Bounded on every side.
 */
const SEPARATOR = String.raw`["'\]]?\s{0,4}(?:=>|:=|[:=]|\s)\s{0,4}["']?`;

/** A short qualifier after the key name: `DD_API_KEY_PROD`, `sentryAuthToken2`. */
const KEY_TAIL = String.raw`[A-Za-z0-9_.-]{0,16}?`;

/**
 * A value right after a key name. `key` is a regex source matched case-insensitively; it must not
 * start in the middle of a word (so `dd_api_key` does not match inside `odd_api_key`).
 * `value` is the value's own shape and becomes the `secret` group.
 */
export function afterKey(key: string, value: string, end: string = END): RegExp {
  return new RegExp(String.raw`(?<![A-Za-z0-9])(?:${key})${KEY_TAIL}${SEPARATOR}(?<secret>${value})${end}`, 'gi');
}

/** A documentation placeholder inside a token body: xxxx, ****, 000000, "your_token_here", ... */
const PLACEHOLDER_BODY =
  /x{5,}|X{5,}|\*{3,}|\.{3,}|(.)\1{6,}|0123456|123456789|abcdefgh|your[-_]?|[-_]here\b|insert|replace|redact|placeholder|example|dummy|sample|fake|changeme|token_?goes/i;

export function placeholderBody(body: string): boolean {
  return PLACEHOLDER_BODY.test(body);
}

/**
 * True when `body` looks like the random part of a real token: no placeholder words or runs, and
 * enough distinct characters for its length (random strings of 16+ characters have plenty).
 */
export function randomBody(body: string, minEntropy = 3): boolean {
  if (placeholderBody(body)) return false;
  return shannonEntropy(body) >= Math.min(minEntropy, Math.log2(Math.max(body.length, 2)) * 0.8);
}

/** A context-only value (no prefix): random-looking and mixing character classes. */
export function randomValue(value: string, minEntropy = 3.5): boolean {
  // 16 symbols give at most 4 bits/char; a random 32-character hex key sits around 3.7.
  const hex = /^[0-9a-fA-F]+$/.test(value);
  if (hex) return randomBody(value, Math.min(minEntropy, 3)) && /[0-9]/.test(value) && /[a-fA-F]/.test(value);
  if (!randomBody(value, minEntropy)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((c) => c.test(value)).length;
  // Hex keys only have digits and one letter case; anything else should mix at least two classes.
  return classes >= 2;
}

/**
 * Longest base64 input decoded (characters; a multiple of 4). Every caller matches a bounded
 * pattern already; the cap keeps a future caller from decoding a 100 MB value. Validators look at
 * the head of the decoded text (a prefix, a key near the top of a JSON key file), which is kept.
 */
export const MAX_BASE64_INPUT = 64 * 1024;

/** Decodes base64 or base64url (unpadded is fine), at most MAX_BASE64_INPUT characters of it; undefined when it is not valid. */
export function decodeBase64(input: string): string | undefined {
  const s = input.length > MAX_BASE64_INPUT ? input.slice(0, MAX_BASE64_INPUT) : input;
  const norm = s.replace(/-/g, '+').replace(/_/g, '/').replace(/%3D/gi, '=');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(norm)) return undefined;
  try {
    return Buffer.from(norm, 'base64').toString('latin1');
  } catch {
    return undefined;
  }
}

/** The text within `before` characters ahead of a match (for "is this inside a connection string?"). */
export function textBefore(text: string, index: number, before: number): string {
  return text.slice(Math.max(0, index - before), index);
}

/** A UUID-shaped token (no prefix of its own), recognised only right after the provider's key name. */
export const uuidByKey = (id: string, description: string, keywords: string[], key: string, rotate: string): Detector => ({
  id,
  description,
  keywords,
  pattern: afterKey(key, UUID),
  uuidShaped: true,
  validate: (s) => randomBody(s.replace(/-/g, '')),
  rotate,
});
