// Bitbucket Data Center: <bitbucket-home>/shared/bitbucket.properties. Public access
// (`feature.public.access`) has its own rule, bitbucket/public-access.
import type { ToolSetting } from '../tool-setting';

const SOURCE = 'https://confluence.atlassian.com/bitbucketserver/bitbucket-server-config-properties-776640155.html';
const base = { tool: 'Bitbucket', kinds: ['properties'], fileName: /^bitbucket\.properties$/i, source: SOURCE } as const;

export const bitbucketSettings: readonly ToolSetting[] = [
  {
    ...base,
    fact: 'tls',
    path: ['server.secure'],
    unsafe: ['false'],
    safe: 'true',
    why: 'Bitbucket marks its session cookies as fine for plain HTTP, so a session can be stolen off the wire (terminate TLS at the proxy and say so here)',
    severity: 'warning',
  },
  {
    ...base,
    fact: 'tls',
    path: ['server.scheme'],
    unsafe: ['http'],
    safe: 'https',
    why: 'Bitbucket builds its links and redirects over plain HTTP, so passwords and tokens can cross the network unencrypted',
    severity: 'warning',
  },
];
