// Port lists as Azure and GCP write them: "443", "8000-8100", "*" (every port).
import type { PortRange } from '../types';

/** One port spec; undefined when it is not a port (a reference, garbage). `[]` means every port. */
export function parsePortSpec(spec: string): PortRange[] | undefined {
  const s = spec.trim();
  if (s === '*' || s === '0-65535' || s === '1-65535') return [];
  const m = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(s);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return to < from ? undefined : [{ from, to }];
}

/** Several specs; every port when any of them is. */
export function parsePortSpecs(specs: readonly string[]): PortRange[] | undefined {
  const out: PortRange[] = [];
  for (const s of specs) {
    const p = parsePortSpec(s);
    if (!p) return undefined;
    if (p.length === 0) return [];
    out.push(...p);
  }
  return out;
}
