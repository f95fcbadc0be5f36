// A Kubernetes Secret's `data` values are base64, and base64 is an encoding, not encryption: the
// value is decoded and the DECODED text is judged — provider formats first, then the generic
// password/API-key heuristics with the data key as the key name. `.dockerconfigjson` /
// `.dockercfg` decode to a Docker config whose `auths` hold registry logins. The finding's range
// is the base64 value as written; its fingerprint is of the decoded secret, like any other.
//
// Bounds (hostile manifests; the hardening suite and issue 13 rely on them): a value whose decoded
// size would exceed MAX_VALUE_BYTES (64 KB) is skipped without being decoded, and no more than
// MAX_TOTAL_BYTES (1 MB) is decoded per file; past that the remaining values are not judged.
// Binary values (keystores, DER certificates) are skipped: they are not text a detector reads.
import type { RawFinding } from '../../types';
import type { AnalysisContext } from '../../context';
import { AnalysisContext as Ctx } from '../../context';
import { providerDetectors } from '../providers';
import { KeywordPrefilter } from '../keyword-prefilter';
import { runDetector } from '../scan-secrets';
import { classifyKey } from '../generic/key-names';
import { apiKeyLiteral, passwordLiteral } from '../generic/by-key';
import { fingerprint, mask } from '../mask';
import { isNotASecret } from '../placeholders';
import { isSecretDataPath, manifestDocs } from './manifests';

export const MAX_VALUE_BYTES = 64 * 1024;
export const MAX_TOTAL_BYTES = 1024 * 1024;

let prefilter: KeywordPrefilter | undefined;

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function decode(b64: string): string | undefined {
  if (b64.length % 4 !== 0 || !BASE64.test(b64)) return undefined;
  const bytes = Buffer.from(b64, 'base64');
  const text = bytes.toString('utf8');
  // Not text: replacement characters (invalid UTF-8) or control characters other than whitespace.
  if (text.includes('\uFFFD') || /[\x00-\x08\x0e-\x1f\x7f]/.test(text)) return undefined;
  return text;
}

function finding(ruleId: string, description: string, secret: string, range: { start: number; end: number }, rotate: string): RawFinding {
  return {
    ruleId,
    severity: 'error',
    message:
      `Hardcoded ${description} (${mask(secret)}), base64-encoded in this Secret's data: base64 is an encoding, not encryption, so anyone who can read this file can decode and use it. ` +
      `Keep the value out of git (an ExternalSecret, a SealedSecret or a SOPS-encrypted file) and treat it as leaked: ${rotate}`,
    range,
    fingerprint: fingerprint(ruleId, secret),
  };
}

/** Registry logins in a decoded `.dockerconfigjson`. */
function dockerLogins(json: string): string[] {
  try {
    const cfg = JSON.parse(json) as { auths?: Record<string, { auth?: unknown; password?: unknown }> } & Record<string, { auth?: unknown; password?: unknown }>;
    const auths = cfg && typeof cfg === 'object' ? (cfg.auths ?? cfg) : {};
    const out: string[] = [];
    for (const v of Object.values(auths ?? {})) {
      if (!v || typeof v !== 'object') continue;
      if (typeof v.auth === 'string' && v.auth !== '') {
        const pair = Buffer.from(v.auth, 'base64').toString('utf8');
        const pw = pair.slice(pair.indexOf(':') + 1);
        if (pair.includes(':') && pw !== '' && !isNotASecret(pw)) out.push(v.auth);
      } else if (typeof v.password === 'string' && !isNotASecret(v.password)) out.push(v.password);
    }
    return out;
  } catch {
    return [];
  }
}

export function kubernetesSecretData(ctx: AnalysisContext): RawFinding[] {
  if (ctx.kind !== 'kubernetes' || !ctx.text.includes('Secret')) return [];
  const entries = ctx.entries;
  const docs = manifestDocs(entries);
  const out: RawFinding[] = [];
  let budget = MAX_TOTAL_BYTES;
  for (const e of entries) {
    if (!isSecretDataPath(docs.get(e.doc ?? 0), e.path) || e.path[0] !== 'data') continue;
    const b64 = e.value.trim();
    // Only values written literally on one line: the range must be exactly the base64 text.
    if (b64 === '' || e.quote === 'block' || e.valueRange.end - e.valueRange.start !== e.value.length) continue;
    const size = Math.floor((b64.length * 3) / 4);
    if (size > MAX_VALUE_BYTES) continue;
    if (size > budget) break;
    budget -= size;
    const text = decode(b64);
    if (text === undefined) continue;
    const key = String(e.path[1]);
    const range = { start: e.valueRange.start + e.value.indexOf(b64), end: e.valueRange.start + e.value.indexOf(b64) + b64.length };
    if (key === '.dockerconfigjson' || key === '.dockercfg') {
      const logins = dockerLogins(text);
      if (logins.length > 0) out.push(finding('secret/docker-config-auth', 'registry login in a docker-registry Secret', logins[0]!, range, 'Change the registry password or revoke the token it holds.'));
      continue;
    }
    // Provider formats in the decoded text (a token, a private key, a URL with a password).
    const inner = new Ctx(ctx.path, text, 'other', 'text', ctx.config, ctx.now);
    const hits: RawFinding[] = [];
    prefilter ??= new KeywordPrefilter(providerDetectors);
    for (const d of prefilter.candidates(inner.lowerText)) runDetector(d, inner, hits);
    const hit = hits[0];
    if (hit) {
      const secret = text.slice(hit.range.start, hit.range.end);
      const d = providerDetectors.find((x) => x.id === hit.ruleId);
      out.push(finding(hit.ruleId, d?.description ?? 'secret', secret, range, d?.rotate ?? 'Rotate it with its issuer.'));
      continue;
    }
    const v = text.trim();
    const cls = classifyKey(key);
    if (cls === 'password' && passwordLiteral(v)) out.push(finding('secret/generic-password', `password in "${key.slice(0, 60)}"`, v, range, 'change the password where it is used.'));
    else if (cls === 'api-key' && apiKeyLiteral(v)) out.push(finding('secret/generic-api-key', `secret in "${key.slice(0, 60)}"`, v, range, 'revoke it with its issuer and create a new one.'));
  }
  return out;
}
