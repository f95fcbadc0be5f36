// Private keys: PEM blocks (PKCS#1 RSA, SEC1 EC, DSA, PKCS#8 plain and encrypted, OpenSSH, PGP
// private key blocks), SSH.com/SSH2 keys, PuTTY .ppk files, and PEM private keys that were base64-
// encoded once more (kubeconfig client-key-data, Kubernetes Secret data, CI variables). The finding
// covers the whole block. Public keys and certificates have different armour lines and never match.
import type { Detector } from '../detector';
import { decodeBase64 } from './shape';

const ROTATE = 'Generate a new key pair, replace the public half wherever it is trusted (servers, deploy keys, the GitHub App), and delete the old one.';

/**
 * Body of an armoured block: base64 lines, header lines (`Proc-Type: 4,ENCRYPTED`, `Version: …`),
 * `\n` escapes inside JSON strings and YAML indentation. A `-` only counts when a letter or digit
 * follows, so the body cannot run over a `-----` armour line.
 */
const BODY = String.raw`(?:[A-Za-z0-9+/=\s:,.()<>@_"'\\]|-(?=[A-Za-z0-9]))`;

/** The body holds real key material, not `...` or `<your key here>`. */
function hasKeyMaterial(block: string): boolean {
  const inner = block.replace(/-----[A-Z0-9 ]+-----/g, '').replace(/\\n/g, '\n');
  const b64 = inner.split(/\s+/).filter((line) => /^[A-Za-z0-9+/=]{16,}$/.test(line)).join('');
  return b64.length >= 64 && !/(.)\1{15,}/.test(b64) && !/x{8,}/i.test(b64);
}

/**
 * A JSON Web Key is private when it has the private exponent / scalar `d` (RSA, EC, OKP) — a
 * public JWK has only `n`/`e` or `x`/`y`. The `"kty"` must sit in the same object: within 2,000
 * characters of the `"d"` and no closing brace between them on either side.
 */
function inJwk(match: RegExpExecArray, text: string): boolean {
  const at = match.index;
  const before = text.slice(Math.max(0, at - 2000), at);
  const open = before.lastIndexOf('{');
  if (open === -1) return false;
  const close = text.indexOf('}', at);
  if (close === -1 || close - at > 4000) return false;
  const obj = before.slice(open) + text.slice(at, close);
  return /"kty"\s{0,4}:\s{0,4}"(?:RSA|EC|OKP)"/.test(obj);
}

export const privateKeyDetectors: readonly Detector[] = [
  {
    id: 'secret/private-key',
    description: 'private JSON Web Key (JWK)',
    keywords: ['"kty"'],
    pattern: /"d"\s{0,4}:\s{0,4}"(?<secret>[A-Za-z0-9_-]{32,1400})"/g,
    validate: (s, m, ctx) => inJwk(m, ctx.text) && new Set(s).size >= 16,
    rotate: 'Generate a new key pair, publish the new public JWK (JWKS endpoint) and remove the old key from every key set that trusts it.',
  },
  {
    id: 'secret/private-key',
    description: 'private key',
    keywords: ['private key-----'],
    pattern: new RegExp(
      String.raw`(?<secret>-----BEGIN (?<kind>(?:RSA |EC |DSA |DH |OPENSSH |ENCRYPTED |ANY )?)PRIVATE KEY-----${BODY}{40,16000}?-----END \k<kind>PRIVATE KEY-----)`,
      'g',
    ),
    validate: hasKeyMaterial,
    rotate: ROTATE,
  },
  {
    id: 'secret/private-key',
    description: 'PGP private key block',
    keywords: ['pgp private key block'],
    pattern: new RegExp(String.raw`(?<secret>-----BEGIN PGP PRIVATE KEY BLOCK-----${BODY}{40,30000}?-----END PGP PRIVATE KEY BLOCK-----)`, 'g'),
    validate: hasKeyMaterial,
    rotate: 'Revoke the key (publish its revocation certificate), generate a new one and update every keyring and CI signing setup that trusts it.',
  },
  {
    id: 'secret/private-key',
    description: 'SSH2 private key',
    keywords: ['ssh2 encrypted private key', 'ssh2 private key'],
    pattern: new RegExp(String.raw`(?<secret>---- BEGIN SSH2 (?<kind>(?:ENCRYPTED )?)PRIVATE KEY ----${BODY}{40,16000}?---- END SSH2 \k<kind>PRIVATE KEY ----)`, 'g'),
    validate: (s) => hasKeyMaterial(s.replace(/^---- .*$/gm, '')),
    rotate: ROTATE,
  },
  {
    id: 'secret/private-key',
    description: 'PuTTY private key',
    keywords: ['putty-user-key-file-'],
    pattern: new RegExp(
      String.raw`(?<secret>PuTTY-User-Key-File-[23]: [^\r\n]{1,80}(?:\r?\n(?:[A-Za-z-]{2,30}: [^\r\n]{0,200}|[A-Za-z0-9+/=]{1,100})){3,150})`,
      'g',
    ),
    validate: (s) => /\nPrivate-Lines: \d/.test(s) && /\nPrivate-(?:MAC|Hash): [0-9a-f]/.test(s) && hasKeyMaterial(s.replace(/^[A-Za-z-]+: .*$/gm, '')),
    rotate: ROTATE,
  },
  {
    // base64("-----BEGIN ") = LS0tLS1CRUdJTi…; decode the head to make sure it is a private key.
    // No end boundary: the body is taken greedily so a failed candidate never rescans it.
    id: 'secret/private-key',
    description: 'base64-encoded private key',
    keywords: ['ls0tls1crudjti'],
    pattern: /(?<![A-Za-z0-9+/])(?<secret>LS0tLS1CRUdJTi[A-Za-z0-9+/]{60,24000}={0,2})/g,
    validate: (s) => {
      const head = decodeBase64(s.slice(0, 96 - (96 % 4))) ?? '';
      const body = decodeBase64(s.slice(0, s.length - (s.replace(/=+$/, '').length % 4))) ?? '';
      return /^-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/.test(head) && hasKeyMaterial(body);
    },
    rotate: ROTATE,
  },
];
