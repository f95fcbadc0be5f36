// JSON Web Tokens: three base64url segments, the first two encoding JSON objects (so they start
// "eyJ"). A JWT is a bearer credential until it expires. Kubernetes service-account tokens, JFrog
// access tokens, Supabase service keys and many others are JWTs. The well-known jwt.io sample and
// Supabase's public "anon" keys are not reported.
import type { Detector } from '../detector';
import { decodeBase64 } from './shape';

function decodeJson(segment: string): Record<string, unknown> | undefined {
  const text = decodeBase64(segment);
  if (!text) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function isReportableJwt(token: string): boolean {
  const [h, p] = token.split('.');
  const header = decodeJson(h!);
  if (!header || typeof header['alg'] !== 'string' || header['alg'].toLowerCase() === 'none') return false;
  const payload = decodeJson(p!);
  if (payload) {
    if (payload['role'] === 'anon') return false; // Supabase anon key: public by design
    if (payload['sub'] === '1234567890' && payload['name'] === 'John Doe') return false; // jwt.io sample
  }
  return true;
}

export const jwtDetectors: readonly Detector[] = [
  {
    id: 'secret/jwt',
    description: 'JSON Web Token',
    keywords: ['eyj'],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>eyJ[A-Za-z0-9_-]{8,600}\.eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{16,1400})(?![A-Za-z0-9_.-])/g,
    validate: isReportableJwt,
    rotate: 'Revoke it with its issuer (or rotate the issuer\'s signing key) and issue a new one; check what its claims grant and until when.',
  },
];
