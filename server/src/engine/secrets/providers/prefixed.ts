// A detector for the common case: a fixed, documented prefix followed by a random body of known
// alphabet and length. The body must look random (no placeholder runs or words).
import type { Detector } from '../detector';
import type { Severity } from '../../types';
import { START, END, randomBody } from './shape';

export interface PrefixedSpec {
  id: string;
  description: string;
  /** Literal prefixes, case-sensitive as the provider writes them. */
  prefixes: readonly string[];
  /** Regex source of the body after the prefix. */
  body: string;
  rotate: string;
  /** Lookbehind before the prefix (default: not after a letter, digit or `_`). */
  start?: string;
  /** Lookahead after the body (default: not followed by a letter, digit, `_` or `-`). */
  end?: string;
  severity?: Severity;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function prefixed(spec: PrefixedSpec): Detector {
  const d: Detector = {
    id: spec.id,
    description: spec.description,
    keywords: spec.prefixes.map((p) => p.toLowerCase()),
    pattern: new RegExp(String.raw`${spec.start ?? START}(?<secret>(?:${spec.prefixes.map(escape).join('|')})${spec.body})${spec.end ?? END}`, 'g'),
    validate: (s) => randomBody(s.slice(spec.prefixes.find((p) => s.startsWith(p))?.length ?? 0)),
    rotate: spec.rotate,
  };
  if (spec.severity) d.severity = spec.severity;
  return d;
}
