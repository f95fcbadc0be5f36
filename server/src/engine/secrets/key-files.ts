// Files that are credentials by their name: keystores (PKCS#12, Java keystores) and private-key
// files (`id_rsa`, `*.key`). A keystore is binary, so no content detector can see inside it; a
// committed one is a leaked signing certificate or TLS key whatever its password. The finding
// covers the first line (or nothing, for binary content) and is fingerprinted by file name.
import type { RawFinding } from '../types';
import { fingerprint } from './mask';

export const KEYSTORE_FILE = 'secret/keystore-file';
export const PRIVATE_KEY_FILE = 'secret/private-key';

interface KeyFileKind {
  ruleId: string;
  what: string;
}

const KEYSTORE: KeyFileKind = { ruleId: KEYSTORE_FILE, what: 'keystore' };
const SSH_KEY: KeyFileKind = { ruleId: PRIVATE_KEY_FILE, what: 'SSH private key file' };
const DER_KEY: KeyFileKind = { ruleId: PRIVATE_KEY_FILE, what: 'private key file (DER)' };

/** What a file is by its name, or undefined. */
export function keyFileKind(rawPath: string): KeyFileKind | undefined {
  const name = rawPath.replace(/\\/g, '/').split('/').pop()!.toLowerCase();
  if (/\.(?:p12|pfx|jks|keystore|bks|jceks)$/.test(name) || name === 'keystore' || name === 'cacerts.jks') return KEYSTORE;
  if (/^id_(?:rsa|dsa|ecdsa|ed25519|ecdsa_sk|ed25519_sk)$/.test(name)) return SSH_KEY;
  if (/\.(?:key|pk8)$/.test(name)) return DER_KEY;
  return undefined;
}

function finding(kind: KeyFileKind, path: string, end: number): RawFinding {
  const name = path.replace(/\\/g, '/').split('/').pop()!;
  const fix =
    kind.ruleId === KEYSTORE_FILE
      ? 'Remove it from the repository (and its history), store it in the CI secret store (for example base64-encoded as a secret variable) and replace the certificate: it must be treated as leaked.'
      : 'Remove it from the repository (and its history), generate a new key pair and replace the public half wherever it is trusted.';
  return {
    ruleId: kind.ruleId,
    message: `This file is a ${kind.what} (${name}): anyone who can read the repository has the key it holds. ${fix}`,
    range: { start: 0, end },
    fingerprint: fingerprint(kind.ruleId, `file:${name.toLowerCase()}`),
    severity: 'error',
  };
}

/**
 * Findings for a key file whose content is binary (the scan cannot read it as text). Text
 * keystores (a base64 `.p12`) are findings too; a text `.key`/`id_rsa` is left to the PEM
 * detectors, which also tell a public key or certificate from a private one.
 */
export function keyFileFindings(path: string, binary: boolean, text = ''): RawFinding[] {
  const kind = keyFileKind(path);
  if (!kind) return [];
  if (!binary && kind !== KEYSTORE) return [];
  const nl = text.indexOf('\n');
  return [finding(kind, path, binary ? 0 : nl === -1 ? Math.min(text.length, 200) : Math.min(nl, 200))];
}
