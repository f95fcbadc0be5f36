// AWS security groups: inline `ingress` blocks of `aws_security_group`, `aws_security_group_rule`
// with `type = "ingress"`, and `aws_vpc_security_group_ingress_rule` (`cidr_ipv4`/`cidr_ipv6`).
import type { AnalysisContext } from '../../context';
import type { HclBlock, HclBody } from '../../parse/hcl';
import { hclBlocks } from '../../parse/hcl';
import type { ExposureExtractor, ExposureFact, PortRange } from '../types';
import { isAnywhere } from '../tools';
import { allowlistFix } from './allowlist-fix';
import { attr, attrNumber, attrString, hintsOf, literalStrings, resources } from './hcl-values';

const TYPES = new Set(['aws_security_group', 'aws_security_group_rule', 'aws_vpc_security_group_ingress_rule']);

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

function facts(ctx: AnalysisContext, resource: string, body: HclBody, hints: string[], sourceAttrs: readonly string[], protocolAttr: string, single: boolean): ExposureFact[] {
  const p = ports(body, protocolAttr);
  if (!p) return [];
  const out: ExposureFact[] = [];
  for (const name of sourceAttrs) {
    const a = attr(body, name);
    const sources = literalStrings(a?.expr);
    if (!a || !sources || !sources.some(isAnywhere)) continue;
    const fact: ExposureFact = { resource, range: a.expr.range, ports: p, sources, fromAnywhere: true, hints };
    fact.fix = allowlistFix(ctx.text, a.expr, fact, { single, ipv6: name.includes('ipv6') });
    out.push(fact);
  }
  return out;
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
          out.push(...facts(ctx, resource, rule.body, [...hints, ...hintsOf(ctx.text, rule.body)], ['cidr_blocks', 'ipv6_cidr_blocks'], 'protocol', false));
        }
      } else if (type === 'aws_security_group_rule') {
        if (attrString(r.body, 'type')?.toLowerCase() !== 'ingress') continue;
        out.push(...facts(ctx, resource, r.body, hints, ['cidr_blocks', 'ipv6_cidr_blocks'], 'protocol', false));
      } else {
        out.push(...facts(ctx, resource, r.body, hints, ['cidr_ipv4', 'cidr_ipv6'], 'ip_protocol', true));
      }
    }
    return out;
  },
};
