// Azure network security rules: `azurerm_network_security_rule` resources and the inline
// `security_rule` blocks of `azurerm_network_security_group`, when Inbound + Allow from `*`,
// `Internet`, `Any` or `0.0.0.0/0`.
import type { AnalysisContext } from '../../context';
import type { HclBody } from '../../parse/hcl';
import { hclBlocks } from '../../parse/hcl';
import type { ExposureExtractor, ExposureFact } from '../types';
import { attr, attrString, hintsOf, literalStrings, resources } from './hcl-values';
import { parsePortSpecs } from './ports';
import { openSourceFacts } from './source-facts';
import type { SourceAttr } from './source-facts';

const TYPES = new Set(['azurerm_network_security_rule', 'azurerm_network_security_group']);

/** Azure takes IPv4 and IPv6 prefixes in the same attributes, so no fix variable is named for IPv6. */
const SOURCES: readonly SourceAttr[] = [
  { name: 'source_address_prefix', single: true, ipv6: false },
  { name: 'source_address_prefixes', single: false, ipv6: false },
];

function ruleFacts(ctx: AnalysisContext, resource: string, rule: HclBody, hints: string[]): ExposureFact[] {
  if (attrString(rule, 'direction')?.toLowerCase() !== 'inbound' || attrString(rule, 'access')?.toLowerCase() !== 'allow') return [];
  if (attrString(rule, 'protocol')?.toLowerCase() === 'icmp') return [];
  const portSpecs = literalStrings(attr(rule, 'destination_port_range')?.expr) ?? literalStrings(attr(rule, 'destination_port_ranges')?.expr);
  const ports = portSpecs ? parsePortSpecs(portSpecs) : undefined;
  if (!ports) return [];
  return openSourceFacts(ctx, resource, rule, ports, hints, SOURCES);
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
