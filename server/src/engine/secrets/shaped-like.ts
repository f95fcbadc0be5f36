// A generic finding whose value opens with a provider's prefix (`ghp_`, `glpat-`, `sk_live_`) did
// not pass that provider's own detector: wrong checksum, length or alphabet. Say what it looks
// like instead of "secret", and drop it when its name says it is a test value (a fixture token
// with a made-up body is exactly what fails the checksum).
import { providerDetectors } from './providers';

let prefixes: { prefix: string; description: string }[] | undefined;

function prefixTable(): { prefix: string; description: string }[] {
  if (prefixes) return prefixes;
  const seen = new Set<string>();
  prefixes = [];
  for (const d of providerDetectors) {
    for (const k of d.keywords) {
      // Only keywords that are a token's own opening (end in a separator), not context words.
      if (k.length < 4 || !/[_-]$/.test(k) || seen.has(k)) continue;
      seen.add(k);
      prefixes.push({ prefix: k, description: d.description });
    }
  }
  prefixes.sort((a, b) => b.prefix.length - a.prefix.length);
  return prefixes;
}

/** The provider description a value's opening belongs to, or undefined. */
export function shapedLike(value: string): string | undefined {
  const lower = value.toLowerCase();
  return prefixTable().find((p) => lower.startsWith(p.prefix))?.description;
}

/** A name or value that says "test data": TEST_TOKEN, fake_key, dummy…, mock, example. */
export function saysTestValue(...parts: string[]): boolean {
  return parts.some((p) => /(?:^|[^a-z])(?:test|testing|fake|dummy|mock|example|sample|fixture)(?:[^a-z]|$)|^(?:test|fake|dummy|mock)/i.test(p));
}
