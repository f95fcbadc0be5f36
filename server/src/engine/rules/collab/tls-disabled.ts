// collab/tls-disabled — a server's own config sends logins and tokens over plain HTTP
// (Keycloak `sslRequired: none`, Bitbucket `server.secure=false`, Harbor without `https:`, ...).
// The rows live in tools/table/; this rule only names them.
import { toolTableRule } from '../../tools/rule';

export const TLS_DISABLED = 'collab/tls-disabled';

export const tlsDisabled = toolTableRule(
  { id: TLS_DISABLED, severity: 'warning', description: 'A self-hosted tool serves logins and tokens over plain HTTP.', fixable: true },
  'tls',
);
