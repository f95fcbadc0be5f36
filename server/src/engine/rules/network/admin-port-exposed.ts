// network/admin-port-exposed — remote administration (SSH, RDP, WinRM, …) or database ports open to
// the whole internet, whatever the server is. These ports are scanned and brute-forced constantly.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { exposureFacts } from '../../exposure/facts';
import { openAdminPorts } from '../../exposure/tools';

export const ADMIN_PORT_EXPOSED = 'network/admin-port-exposed';

export const adminPortExposed: Rule = {
  meta: {
    id: ADMIN_PORT_EXPOSED,
    severity: 'error',
    description: 'A remote-administration or database port (SSH, RDP, WinRM, MySQL, PostgreSQL, Redis, …) is open to the whole internet.',
    fixable: true,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const fact of exposureFacts(ctx)) {
      if (!fact.fromAnywhere) continue;
      const open = openAdminPorts(fact);
      if (open.length === 0) continue;
      const what =
        fact.ports.length === 0 || open.length > 3
          ? `every port, including ${open.slice(0, 3).map((a) => `${a.service} (${a.port})`).join(', ')}`
          : open.map((a) => `${a.service} (port ${a.port})`).join(', ');
      const f: RawFinding = {
        ruleId: ADMIN_PORT_EXPOSED,
        message:
          `${fact.resource} opens ${what} to the whole internet. These ports are scanned and password-guessed around the clock, and one weak login gives an attacker the server; allow only your office or VPN address ranges, or reach them through a bastion or VPN.`,
        range: fact.range,
      };
      if (fact.fix) f.fix = fact.fix;
      out.push(f);
    }
    return out;
  },
};
