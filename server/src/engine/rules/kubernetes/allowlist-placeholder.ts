// kubernetes/allowlist-placeholder — an allow list that still holds the placeholder Outpost's fix
// wrote (`<your-office-or-vpn-cidr>`). The fix cannot know the user's network, so it leaves a value
// to fill in; until then the Ingress or Service is not reachable at all (ingress-nginx denies a
// location whose allow list does not parse; the API server rejects a Service whose
// loadBalancerSourceRanges is not a CIDR). This rule makes that visible on the exact value.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { exposureFacts } from '../../exposure/facts';

export const ALLOWLIST_PLACEHOLDER = 'kubernetes/allowlist-placeholder';

const PLACEHOLDER = /^<[^<>]{1,100}>$/;

export const allowlistPlaceholder: Rule = {
  meta: {
    id: ALLOWLIST_PLACEHOLDER,
    severity: 'warning',
    description: 'An Ingress or LoadBalancer allow list still holds a placeholder to fill in.',
    fixable: false,
    kinds: ['kubernetes', 'helm-values'],
  },
  check(ctx) {
    const out: RawFinding[] = [];
    if (!ctx.text.includes('<')) return out;
    for (const fact of exposureFacts(ctx)) {
      const placeholder = fact.sources.find((s) => PLACEHOLDER.test(s.replace(/^["']|["']$/g, '')));
      if (!placeholder) continue;
      out.push({
        ruleId: ALLOWLIST_PLACEHOLDER,
        message:
          `The allow list of ${fact.resource} still says ${placeholder.slice(0, 60)}: until it holds your office or VPN address ranges (comma-separated CIDRs, e.g. 203.0.113.0/24), nobody can reach it. ` +
          `Replace the placeholder with the ranges your users connect from.`,
        range: fact.range,
      });
    }
    return out;
  },
};
