// inventory/internet-facing-without-allowlist — an internet-facing asset reachable from any
// address: no `network.ipAllowlist` entries and no `network.vpnRequired: true`.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { keyRangeAt, valueRangeAt } from '../../policy/ranges';
import { insertSetting } from '../../fixes/settings/fix-data';
import { ALLOWLIST_STUB_COMMENT } from '../../fixes/settings/stubs';
import { INVENTORY_KINDS, field, inventoryAssets, isInternetFacing } from './assets';

export const INTERNET_WITHOUT_ALLOWLIST = 'inventory/internet-facing-without-allowlist';

export const internetFacingWithoutAllowlist: Rule = {
  meta: {
    id: INTERNET_WITHOUT_ALLOWLIST,
    severity: 'warning',
    description: 'An internet-facing asset has neither an IP allow list nor a VPN requirement.',
    fixable: true,
    kinds: INVENTORY_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const a of inventoryAssets(ctx)) {
      if (!isInternetFacing(a)) continue;
      const list = field(a, 'network', 'ipAllowlist');
      if (field(a, 'network', 'vpnRequired') === true) continue;
      if (Array.isArray(list) && list.length > 0) continue;
      const netPath = [...a.path, 'network'];
      const empty = Array.isArray(list);
      const f: RawFinding = {
        ruleId: INTERNET_WITHOUT_ALLOWLIST,
        message: empty
          ? `${a.subject} faces the internet and its IP allow list is empty, so anyone anywhere can try to sign in. List the office or VPN ranges that need it, e.g. 203.0.113.0/24.`
          : `${a.subject} faces the internet and anyone anywhere can reach its sign-in page. Restrict it with ${a.csv ? 'the ip_allowlist column' : '`network: ipAllowlist: [...]`'} (office or VPN ranges) or require the VPN${a.csv ? ' (vpn_required: yes)' : ' (`vpnRequired: true`)'}.`,
        range: empty ? valueRangeAt(a.tree, [...netPath, 'ipAllowlist']) : keyRangeAt(a.tree, field(a, 'network') ? netPath : a.path),
      };
      if (!a.csv && !empty) {
        f.fix = insertSetting({ doc: a.tree.doc, path: netPath, key: 'ipAllowlist', value: [], comment: ALLOWLIST_STUB_COMMENT, replace: false, safe: false, title: 'Add an `ipAllowlist:` to fill in' });
      }
      out.push(f);
    }
    return out;
  },
};
