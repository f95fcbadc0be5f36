// The exposure facts of one document, extracted once and shared by the network/* rules.
import type { AnalysisContext } from '../context';
import type { ExposureFact } from './types';
import { exposureExtractors } from './extractors';

const cache = new WeakMap<AnalysisContext, ExposureFact[]>();

export function exposureFacts(ctx: AnalysisContext): ExposureFact[] {
  let facts = cache.get(ctx);
  if (!facts) {
    facts = [];
    for (const x of exposureExtractors) if (x.applies(ctx)) facts.push(...x.extract(ctx));
    cache.set(ctx, facts);
  }
  return facts;
}
