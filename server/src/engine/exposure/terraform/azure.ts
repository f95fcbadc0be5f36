// Azure network security rules: `azurerm_network_security_rule` resources and the inline
// `security_rule` blocks of `azurerm_network_security_group`, when Inbound + Allow from `*`,
// `Internet`, `Any` or `0.0.0.0/0`.
import type { AnalysisContext } from '../../context';
import type { HclBody } from '../../parse/hcl';
import { hclBlocks } from '../../parse/hcl';
import type { ExposureExtractor, ExposureFact } from '../types';
import { isAnywhere } from '../tools';
import { allowlistFix } from './allowlist-fix';
import { attr, attrString, hintsOf, literalStrings, resources } from './hcl-values';
import { parsePortSpecs } from './ports';

const TYPES = new Set(['azurerm_network_security_rule', 'azurerm_network_security_group']);

function ruleFacts(ctx: AnalysisContext, resource: string, rule: HclBody, hints: string[]): ExposureFact[] {
  if (attrString(rule, 'direction')?.toLowerCase() !== 'inbound' || attrString(rule, 'access')?.toLowerCase() !== 'allow') return [];
  if (attrString(rule, 'protocol')?.toLowerCase() === 'icmp') return [];
  const portSpecs = literalStrings(attr(rule, 'destination_port_range')?.expr) ?? literalStrings(attr(rule, 'destination_port_ranges')?.expr);
  const ports = portSpecs ? parsePortSpecs(portSpecs) : undefined;
  if (!ports) return [];
  const out: ExposureFact[] = [];
  for (const name of ['source_address_prefix', 'source_address_prefixes']) {
    const a = attr(rule, name);
    const sources = literalStrings(a?.expr);
    if (!a || !sources || !sources.some(isAnywhere)) continue;
    const fact: ExposureFact = { resource, range: a.expr.range, ports, sources, fromAnywhere: true, hints };
    fact.fix = allowlistFix(ctx.text, a.expr, fact, { single: name === 'source_address_prefix', ipv6: false });
    out.push(fact);
  }
  return out;
}

export const azureNetworkSecurityRules: ExposureExtractor = {
  name: 'terraform-azure',
  applies: (ctx) => ctx.kind === 'terraform' && ctx.syntax === 'hcl' && ctx.lowerText.includes('azurerm_network_security'),
  extract(ctx) {
    const out: ExposureFact[] = [];
    for (const r of resources(ctx.hcl!.body, TYPES)) {
      const [type, name] = [r.labels[0]!.value, r.labels[1]!.value];
      const resource = `${type}.${name}`;
      const hints = [name, ...hintsOf(ctx.text, r.body)];
      if (type === 'azurerm_network_security_rule') out.push(...ruleFacts(ctx, resource, r.body, hints));
      else for (const rule of hclBlocks(r.body, 'security_rule')) out.push(...ruleFacts(ctx, resource, rule.body, [...hints, ...hintsOf(ctx.text, rule.body)]));
    }
    return out;
  },
};
