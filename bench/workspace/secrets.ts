// Synthetic credentials in the documented formats of each provider, random and never real.
// Planted into 1% of the generated files so a scanner has something to find (and the bench can
// check Outpost found it). Tokens with a documented checksum (GitHub, npm) get a valid one, so a
// detector that verifies checksums still recognises them.
import type { Prng } from './prng';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const BASE32 = UPPER + '234567';
const BASE64 = ALNUM + '+/';

export type SecretType =
  | 'aws-access-key-id'
  | 'aws-secret-access-key'
  | 'github-token'
  | 'gitlab-token'
  | 'slack-token'
  | 'npm-token'
  | 'password'
  | 'url-credentials'
  | 'private-key';

export interface PlantedSecret {
  type: SecretType;
  /** The secret value exactly as written into the file. */
  value: string;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Base62 of a 32-bit number, left-padded to 6 characters (GitHub's and npm's token checksum). */
function base62Checksum(n: number): string {
  const digits = DIGITS + UPPER + LOWER;
  let s = '';
  let v = n;
  do {
    s = digits[v % 62] + s;
    v = Math.floor(v / 62);
  } while (v > 0);
  return s.padStart(6, '0');
}

function checksummed(prefix: string, rng: Prng): string {
  const body = rng.chars(ALNUM, 30);
  return `${prefix}${body}${base62Checksum(crc32(body))}`;
}

export function makeSecret(type: SecretType, rng: Prng): PlantedSecret {
  switch (type) {
    case 'aws-access-key-id':
      return { type, value: 'AKIA' + rng.chars(BASE32, 16) };
    case 'aws-secret-access-key':
      return { type, value: rng.chars(BASE64, 40) };
    case 'github-token':
      return { type, value: checksummed('ghp_', rng) };
    case 'gitlab-token':
      return { type, value: 'glpat-' + rng.chars(ALNUM + '_-', 20) };
    case 'slack-token':
      return { type, value: `xoxb-${rng.chars(DIGITS, 12)}-${rng.chars(DIGITS, 13)}-${rng.chars(ALNUM, 24)}` };
    case 'npm-token':
      return { type, value: checksummed('npm_', rng) };
    case 'password':
      return { type, value: rng.chars(ALNUM, 6) + rng.pick(['!', '#', '%', '-', '_']) + rng.chars(ALNUM, 9) };
    case 'url-credentials':
      return { type, value: rng.chars(ALNUM, 18) };
    case 'private-key': {
      const lines: string[] = [];
      for (let i = 0; i < 12; i++) lines.push(rng.chars(BASE64, 64));
      return { type, value: `-----BEGIN RSA PRIVATE KEY-----\n${lines.join('\n')}\n-----END RSA PRIVATE KEY-----` };
    }
  }
}
