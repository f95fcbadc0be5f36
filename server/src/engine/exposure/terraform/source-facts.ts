// The last step the AWS, Azure and GCP extractors share once they know a rule's ports: one fact for each
// source attribute whose literal values include anywhere, placed on that attribute, with the
// allow-list fix. A computed source list (`var.office_cidrs`) gives no fact, as everywhere in exposure.
import type { AnalysisContext } from '../../context';
import type { HclBody } from '../../parse/hcl';
import type { ExposureFact, PortRange } from '../types';
import { isAnywhere } from '../tools';
import { allowlistFix } from './allowlist-fix';
import { attr, literalStrings } from './hcl-values';

/** A source attribute and the shape of the variable its fix writes (a single CIDR or a list; IPv6 or not). */
export interface SourceAttr {
  name: string;
  single: boolean;
  ipv6: boolean;
}

export function openSourceFacts(ctx: AnalysisContext, resource: string, body: HclBody, ports: readonly PortRange[], hints: readonly string[], sourceAttrs: readonly SourceAttr[]): ExposureFact[] {
  const out: ExposureFact[] = [];
  for (const { name, single, ipv6 } of sourceAttrs) {
    const a = attr(body, name);
    const sources = literalStrings(a?.expr);
    if (!a || !sources || !sources.some(isAnywhere)) continue;
    const fact: ExposureFact = { resource, range: a.expr.range, ports, sources, fromAnywhere: true, hints };
    fact.fix = allowlistFix(ctx.text, a.expr, fact, { single, ipv6 });
    out.push(fact);
  }
  return out;
}
