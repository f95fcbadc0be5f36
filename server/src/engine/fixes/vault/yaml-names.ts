// A better name for a secret in YAML than its bare key when the key is generic: in
// `- name: DB_PASSWORD` / `value: s3cr3t` (Azure variable lists) or `DB_PASSWORD: {value: s3cr3t}`
// (GitLab variables with options) the secret's name is DB_PASSWORD, not VALUE.
import { isMap, isScalar } from 'yaml';
import type { VaultContext } from './context';
import { keyName, locateScalar, stringAt } from './yaml-locate';
import type { ScalarHit } from './yaml-locate';

export interface YamlNameHint {
  /** Upper snake name suggestion. */
  name: string;
  /** The YAML defines a variable of exactly this name with the literal (a variables/environment entry). */
  definesVariable: boolean;
  hit: ScalarHit | undefined;
}

const toName = (s: string): string => s.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toUpperCase();

export function yamlNameHint(ctx: VaultContext): YamlNameHint {
  const hit = locateScalar(ctx.yaml(), ctx.start);
  const base: YamlNameHint = { name: ctx.data.name, definesVariable: false, hit };
  if (!hit || !ctx.data.wholeValue) return base;
  const last = hit.chain[hit.chain.length - 1];
  const key = keyName(last?.pair);
  const inVariables = hit.chain.some((l) => ['variables', 'environment', 'env'].includes(keyName(l.pair) ?? ''));
  if (key === 'value' && last && isMap(last.collection)) {
    const sibling = stringAt(last.collection, 'name');
    if (sibling && /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(sibling)) return { name: toName(sibling), definesVariable: inVariables, hit };
    const parent = hit.chain[hit.chain.length - 2];
    const parentKey = keyName(parent?.pair);
    if (parentKey && isMap(parent!.collection) && /^[A-Za-z_][A-Za-z0-9_]*$/.test(parentKey)) return { name: toName(parentKey), definesVariable: inVariables, hit };
  }
  if (key && isScalar(hit.scalar) && inVariables && /^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
    return { name: toName(key), definesVariable: true, hit };
  }
  return base;
}
