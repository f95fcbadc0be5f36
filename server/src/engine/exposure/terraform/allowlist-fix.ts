// The fix data of a Terraform exposure: replace an open source list with a variable the user
// fills in (`var.jira_allowed_cidrs`) — Outpost never invents an address range.
import type { HclExpr } from '../../parse/hcl';
import type { FixData } from '../../types';
import { guessTool, openAdminPorts, toolSlug } from '../tools';
import type { ExposureFact } from '../types';

export const TERRAFORM_ALLOWLIST_FIX = 'terraform-allowlist';

export interface TerraformAllowlistFix extends FixData {
  kind: typeof TERRAFORM_ALLOWLIST_FIX;
  /** The expression to replace, and its text then (a stale edit is refused). */
  replace: { start: number; end: number };
  original: string;
  variable: string;
  /** `list(string)` for lists, `string` for a single CIDR attribute (`cidr_ipv4`). */
  type: 'list(string)' | 'string';
  description: string;
}

/** What the variable is named after: the tool, else the admin service, else "ingress". */
function subject(fact: Pick<ExposureFact, 'hints' | 'ports'>): { slug: string; label: string } {
  const tool = guessTool(fact);
  if (tool) return { slug: toolSlug(tool), label: tool.name };
  const admin = openAdminPorts(fact);
  if (admin.length > 0 && fact.ports.length > 0) {
    const a = admin[0]!;
    return { slug: a.service.toLowerCase().replace(/\(.*\)/, '').replace(/^the /, '').trim().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, ''), label: a.service };
  }
  return { slug: 'ingress', label: 'this rule' };
}

export function allowlistFix(text: string, expr: HclExpr, fact: Pick<ExposureFact, 'hints' | 'ports'>, opts: { single: boolean; ipv6: boolean }): TerraformAllowlistFix {
  const { slug, label } = subject(fact);
  const variable = `${slug}_allowed_${opts.ipv6 ? 'ipv6_' : ''}cidr${opts.single ? '' : 's'}`;
  return {
    kind: TERRAFORM_ALLOWLIST_FIX,
    replace: { start: expr.range.start, end: expr.range.end },
    original: text.slice(expr.range.start, expr.range.end),
    variable,
    type: opts.single ? 'string' : 'list(string)',
    description: `${opts.ipv6 ? 'IPv6 address' : 'Address'} range${opts.single ? '' : 's'} (office, VPN) allowed to reach ${label}`,
  };
}
