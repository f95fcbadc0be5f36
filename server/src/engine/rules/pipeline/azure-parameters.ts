// Azure Pipelines runtime and template `parameters:` that take free text: declared as a list
// (`- name: x` with `type: string`, or no type, which means string) and without a `values:` list
// of allowed choices, or in the old map form (`parameters: {x: default}`, untyped).
import type { Entry } from '../../parse/entry';

export function azureStringParameters(entries: readonly Entry[]): Set<string> {
  const names = new Map<number, string>();
  const notFree = new Set<number>();
  const out = new Set<string>();
  for (const e of entries) {
    const p = e.path;
    if (p[0] !== 'parameters') continue;
    if (typeof p[1] === 'number') {
      if (p.length === 3 && p[2] === 'name') names.set(p[1], e.value);
      else if (p.length === 3 && p[2] === 'type' && e.value !== 'string') notFree.add(p[1]);
      else if (p[2] === 'values') notFree.add(p[1]);
    } else if (typeof p[1] === 'string' && p.length === 2) {
      out.add(p[1]);
    }
  }
  for (const [i, name] of names) if (!notFree.has(i)) out.add(name);
  return out;
}
