// What each document of a Kubernetes manifest is (kind, apiVersion, name), read from the entries
// the YAML parser already produced, and which of its values the secret checks must skip or read
// under another name.
import type { Entry } from '../../parse/entry';

export interface ManifestDoc {
  kind?: string;
  apiVersion?: string;
  name?: string;
  /** A SOPS-encrypted file: the document has a top-level `sops:` map. */
  sops?: boolean;
}

/** Kinds whose whole content is a reference or ciphertext: ExternalSecret (pointers), SealedSecret (encrypted). */
const SAFE_KINDS = new Set(['ExternalSecret', 'ClusterExternalSecret', 'PushSecret', 'SealedSecret']);

export function manifestDocs(entries: readonly Entry[]): Map<number, ManifestDoc> {
  const out = new Map<number, ManifestDoc>();
  for (const e of entries) {
    const d = e.doc ?? 0;
    let doc = out.get(d);
    if (!doc) out.set(d, (doc = {}));
    if (e.path.length === 1) {
      if (e.path[0] === 'kind') doc.kind = e.value;
      else if (e.path[0] === 'apiVersion') doc.apiVersion = e.value;
    } else if (e.path.length === 2 && e.path[0] === 'metadata' && e.path[1] === 'name') doc.name = e.value;
    if (e.path[0] === 'sops') doc.sops = true;
  }
  return out;
}

/** `containers[i].env[j].value` (and initContainers, ephemeralContainers), wherever the pod spec sits. */
export function isEnvValuePath(path: readonly (string | number)[]): boolean {
  const n = path.length;
  return n >= 5 && path[n - 1] === 'value' && typeof path[n - 2] === 'number' && path[n - 3] === 'env' && typeof path[n - 4] === 'number' && /^(containers|initContainers|ephemeralContainers)$/.test(String(path[n - 5]));
}

/** A Secret's `data.<key>` value (base64): judged decoded, by secret-data.ts, not as written. */
export function isSecretDataPath(doc: ManifestDoc | undefined, path: readonly (string | number)[]): boolean {
  return doc?.kind === 'Secret' && path.length === 2 && (path[0] === 'data' || path[0] === 'binaryData');
}

/**
 * The entries the generic secret checks judge in a manifest: safe forms dropped (ExternalSecret,
 * SealedSecret, SOPS metadata), Secret `data` left to the base64 decoder, and each container
 * `env` value keyed by its `name` (`- name: DB_PASSWORD / value: pw` reads as `DB_PASSWORD: pw`).
 */
export function kubernetesSecretEntries(entries: readonly Entry[]): Entry[] {
  const docs = manifestDocs(entries);
  const names = new Map<string, string>();
  for (const e of entries) {
    const n = e.path.length;
    if (n >= 5 && e.path[n - 1] === 'name' && e.path[n - 3] === 'env') names.set(`${e.doc ?? 0}\0${e.path.slice(0, -1).join('\0')}`, e.value);
  }
  const out: Entry[] = [];
  for (const e of entries) {
    const doc = docs.get(e.doc ?? 0);
    if (doc?.kind && SAFE_KINDS.has(doc.kind)) continue;
    if (e.path[0] === 'sops') continue;
    if (isSecretDataPath(doc, e.path)) continue;
    if (isEnvValuePath(e.path)) {
      const name = names.get(`${e.doc ?? 0}\0${e.path.slice(0, -1).join('\0')}`);
      if (name) {
        out.push({ ...e, key: name });
        continue;
      }
    }
    out.push(e);
  }
  return out;
}
