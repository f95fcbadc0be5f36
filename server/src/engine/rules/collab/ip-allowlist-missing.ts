// collab/ip-allowlist-missing — an internet-facing tool reachable from any address: no
// `network.ipAllowlist` entries and no `network.vpnRequired: true`.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { insertSetting } from '../../fixes/settings/fix-data';
import { ALLOWLIST_STUB_COMMENT } from '../../fixes/settings/stubs';
import { COLLAB_KINDS, collabDocuments } from './settings';

export const IP_ALLOWLIST_MISSING = 'collab/ip-allowlist-missing';

export const ipAllowlistMissing: Rule = {
  meta: {
    id: IP_ALLOWLIST_MISSING,
    severity: 'warning',
    description: 'An internet-facing collaboration tool has neither an IP allow list nor a VPN requirement.',
    fixable: true,
    kinds: COLLAB_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const d of collabDocuments(ctx)) {
      if (!d.internet || d.get('network', 'vpnRequired') === true) continue;
      const list = d.get('network', 'ipAllowlist');
      if (Array.isArray(list) && list.length > 0) continue;
      const empty = Array.isArray(list);
      const f: RawFinding = {
        ruleId: IP_ALLOWLIST_MISSING,
        message: empty
          ? `${d.subject} faces the internet and its IP allow list is empty, so anyone anywhere can try passwords on it. List the office or VPN ranges that need it, e.g. 203.0.113.0/24.`
          : `${d.subject} faces the internet and anyone anywhere can reach its sign-in page. Restrict it with \`network: ipAllowlist: [...]\` (office or VPN ranges) or require the VPN (\`vpnRequired: true\`).`,
        range: d.rangeFor(['network', 'ipAllowlist']),
      };
      if (!empty) {
        f.fix = insertSetting({ doc: d.tree.doc, path: ['network'], key: 'ipAllowlist', value: [], comment: ALLOWLIST_STUB_COMMENT, replace: false, safe: false, title: 'Add an `ipAllowlist:` to fill in' });
      }
      out.push(f);
    }
    return out;
  },
};
