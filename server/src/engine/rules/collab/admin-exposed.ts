// collab/admin-exposed — a server's own config leaves administration within easy reach: everyone
// admin by default (Argo CD `policy.default: role:admin`), a password admin next to SSO, unlimited
// login attempts (Keycloak `bruteForceProtected: false`). The rows live in tools/table/.
import { toolTableRule } from '../../tools/rule';

export const ADMIN_EXPOSED = 'collab/admin-exposed';

export const adminExposed = toolTableRule(
  { id: ADMIN_EXPOSED, severity: 'error', description: 'A self-hosted tool leaves administration or its login open to more people or attempts than it needs.', fixable: true },
  'admin-exposure',
);
