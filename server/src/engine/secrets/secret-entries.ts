// The entries the generic, key-based secret checks and the vault fix read: the document's entries
// adjusted per format. Formats whose references depend on siblings (XML cipher providers) or whose
// keys sit beside the value (Kubernetes `env: - name: X / value: v`) adapt them here, so
// generic/by-key.ts stays format-blind. Computed once per analysis.
import type { AnalysisContext } from '../context';
import type { Entry } from '../parse/entry';
import { isXmlConfigReferenceValue, xmlReferenceStarts } from './references/xml-configs';
import { kubernetesSecretEntries } from './kubernetes/manifests';

const cache = new WeakMap<AnalysisContext, readonly Entry[]>();

function compute(ctx: AnalysisContext): readonly Entry[] {
  if (ctx.syntax === 'xml') {
    const refs = xmlReferenceStarts(ctx.xml!);
    return ctx.entries.filter((e) => !refs.has(e.valueRange.start) && !isXmlConfigReferenceValue(e.value));
  }
  if (ctx.kind === 'kubernetes' || ctx.kind === 'helm-values') return kubernetesSecretEntries(ctx.entries);
  return ctx.entries;
}

export function secretEntries(ctx: AnalysisContext): readonly Entry[] {
  let e = cache.get(ctx);
  if (!e) cache.set(ctx, (e = compute(ctx)));
  return e;
}
