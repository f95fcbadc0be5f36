// Gitea / Forgejo (and Gogs, which shares the keys): custom/conf/app.ini.
import type { ToolSetting } from '../tool-setting';

const SOURCE = 'https://github.com/go-gitea/gitea/blob/main/custom/conf/app.example.ini';
const base = { tool: 'Gitea', kinds: ['gitea-ini'], source: SOURCE } as const;

export const giteaSettings: readonly ToolSetting[] = [
  {
    ...base,
    fact: 'public-signup',
    path: ['service', 'DISABLE_REGISTRATION'],
    unsafe: ['false'],
    safe: 'true',
    missingIsUnsafe: true,
    why: 'anyone who reaches the server can register an account and read every repository that is not private',
    severity: 'error',
  },
  {
    ...base,
    fact: 'public-signup',
    path: ['openid', 'ENABLE_OPENID_SIGNUP'],
    unsafe: ['true'],
    safe: 'false',
    why: 'anyone with an OpenID account can register here, even when normal registration is off',
    severity: 'warning',
  },
  {
    ...base,
    fact: 'anonymous-access',
    path: ['service', 'REQUIRE_SIGNIN_VIEW'],
    unsafe: ['false'],
    safe: 'true',
    why: 'signed-out visitors can browse users, organisations and public repositories, where credentials and internal names turn up',
    severity: 'warning',
  },
  {
    ...base,
    fact: 'mfa',
    path: ['security', 'TWO_FACTOR_AUTH'],
    unsafe: [''],
    safe: 'enforced',
    missingIsUnsafe: true,
    why: 'users may sign in with a password alone, so one phished or reused password opens their repositories (the setting needs Gitea 1.24 or later)',
    severity: 'warning',
  },
  {
    ...base,
    fact: 'audit-log',
    path: ['log', 'logger.access.MODE'],
    unsafe: [''],
    safe: 'file',
    why: 'the access log is switched off, so nobody can see afterwards who requested what',
    severity: 'info',
  },
];
