// AWS security groups: inline `ingress` blocks of `aws_security_group`, `aws_security_group_rule`
// with `type = "ingress"`, and `aws_vpc_security_group_ingress_rule` (`cidr_ipv4`/`cidr_ipv6`).
import type { AnalysisContext } from '../../context';
import type { HclBlock, HclBody } from '../../parse/hcl';
import { hclBlocks } from '../../parse/hcl';
import type { ExposureExtractor, ExposureFact, PortRange } from '../types';
import { attrNumber, attrString, hintsOf, resources } from './hcl-values';
import { openSourceFacts } from './source-facts';
import type { SourceAttr } from './source-facts';

const TYPES = new Set(['aws_security_group', 'aws_security_group_rule', 'aws_vpc_security_group_ingress_rule']);

/** Inline ingress blocks and aws_security_group_rule: lists of CIDRs. */
const CIDR_LISTS: readonly SourceAttr[] = [
  { name: 'cidr_blocks', single: false, ipv6: false },
  { name: 'ipv6_cidr_blocks', single: false, ipv6: true },
];
/** aws_vpc_security_group_ingress_rule: one CIDR per attribute. */
const SINGLE_CIDRS: readonly SourceAttr[] = [
  { name: 'cidr_ipv4', single: true, ipv6: false },
  { name: 'cidr_ipv6', single: true, ipv6: true },
];

/** from_port/to_port; protocol -1/all means every port. Undefined when the ports are computed. */
function ports(body: HclBody, protocolAttr: string): PortRange[] | undefined {
  const protocol = attrString(body, protocolAttr)?.toLowerCase();
  if (protocol === '-1' || protocol === 'all') return [];
  const from = attrNumber(body, 'from_port');
  const to = attrNumber(body, 'to_port') ?? from;
  if (from === undefined || to === undefined) return undefined;
  if ((from <= 0 && to >= 65535) || (from === 0 && to === 0 && protocol === undefined)) return [];
  if (protocol === 'icmp' || protocol === '1' || protocol === 'icmpv6' || protocol === '58') return undefined; // no ports to judge
  return [{ from: Math.max(0, from), to: Math.max(from, to) }];
}

function facts(ctx: AnalysisContext, resource: string, body: HclBody, hints: string[], sourceAttrs: readonly SourceAttr[], protocolAttr: string): ExposureFact[] {
  const p = ports(body, protocolAttr);
  return p ? openSourceFacts(ctx, resource, body, p, hints, sourceAttrs) : [];
}

export const awsSecurityGroups: ExposureExtractor = {
  name: 'terraform-aws',
  applies: (ctx) => ctx.kind === 'terraform' && ctx.syntax === 'hcl' && ctx.lowerText.includes('aws_'),
  extract(ctx) {
    const out: ExposureFact[] = [];
    for (const r of resources(ctx.hcl!.body, TYPES)) {
      const [type, name] = [r.labels[0]!.value, r.labels[1]!.value];
      const resource = `${type}.${name}`;
      const hints = [name, ...hintsOf(ctx.text, r.body)];
      if (type === 'aws_security_group') {
        for (const rule of hclBlocks(r.body, 'ingress') as HclBlock[]) {
          out.push(...facts(ctx, resource, rule.body, [...hints, ...hintsOf(ctx.text, rule.body)], CIDR_LISTS, 'protocol'));
        }
      } else if (type === 'aws_security_group_rule') {
        if (attrString(r.body, 'type')?.toLowerCase() !== 'ingress') continue;
        out.push(...facts(ctx, resource, r.body, hints, CIDR_LISTS, 'protocol'));
      } else {
        out.push(...facts(ctx, resource, r.body, hints, SINGLE_CIDRS, 'ip_protocol'));
      }
    }
    return out;
  },
};
