// GCP `google_compute_firewall` (direction INGRESS, the default): `source_ranges` and the ports of
// its `allow` blocks (no `ports` = every port of that protocol; protocol "all" = every port).
import type { HclBlock } from '../../parse/hcl';
import { hclBlocks } from '../../parse/hcl';
import type { ExposureExtractor, ExposureFact, PortRange } from '../types';
import { openSourceFacts } from './source-facts';
import type { SourceAttr } from './source-facts';
import { attr, attrString, hintsOf, literalStrings, resources } from './hcl-values';
import { parsePortSpecs } from './ports';

const TYPES = new Set(['google_compute_firewall']);
const SOURCES: readonly SourceAttr[] = [{ name: 'source_ranges', single: false, ipv6: false }];

function allowedPorts(r: HclBlock): PortRange[] | undefined {
  const out: PortRange[] = [];
  let any = false;
  for (const allow of hclBlocks(r.body, 'allow')) {
    const protocol = attrString(allow.body, 'protocol')?.toLowerCase();
    if (protocol === undefined) return undefined;
    if (protocol === 'icmp' || protocol === 'esp' || protocol === 'ah') continue;
    any = true;
    const specs = attr(allow.body, 'ports') ? literalStrings(attr(allow.body, 'ports')!.expr) : [];
    if (!specs) return undefined;
    if (protocol === 'all' || specs.length === 0) return [];
    const p = parsePortSpecs(specs);
    if (!p) return undefined;
    if (p.length === 0) return [];
    out.push(...p);
  }
  return any ? out : undefined;
}

export const gcpFirewalls: ExposureExtractor = {
  name: 'terraform-gcp',
  applies: (ctx) => ctx.kind === 'terraform' && ctx.syntax === 'hcl' && ctx.lowerText.includes('google_compute_firewall'),
  extract(ctx) {
    const out: ExposureFact[] = [];
    for (const r of resources(ctx.hcl!.body, TYPES)) {
      if ((attrString(r.body, 'direction') ?? 'INGRESS').toUpperCase() !== 'INGRESS') continue;
      const ports = allowedPorts(r);
      if (!ports) continue;
      const name = r.labels[1]!.value;
      out.push(...openSourceFacts(ctx, `google_compute_firewall.${name}`, r.body, ports, [name, ...hintsOf(ctx.text, r.body)], SOURCES));
    }
    return out;
  },
};
