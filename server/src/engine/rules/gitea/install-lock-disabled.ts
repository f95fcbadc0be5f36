// gitea/install-lock-disabled — `[security] INSTALL_LOCK = false` in Gitea/Forgejo's app.ini: the
// web installer stays open, so anyone who reaches the server can re-run it, point the instance at
// their own database and make themselves administrator.
import { settingRule } from '../../tools/rule';

export const GITEA_INSTALL_LOCK = 'gitea/install-lock-disabled';

export const installLockDisabled = settingRule(
  { id: GITEA_INSTALL_LOCK, severity: 'error', description: 'Gitea/Forgejo leaves its web installer open (INSTALL_LOCK = false).', fixable: true },
  [
    {
      tool: 'Gitea',
      fact: 'admin-exposure',
      kinds: ['gitea-ini'],
      path: ['security', 'INSTALL_LOCK'],
      unsafe: ['false'],
      safe: 'true',
      why: 'the web installer stays open, and anyone who reaches the server can re-run it, point the instance at their own database and make themselves administrator',
      severity: 'error',
      source: 'https://github.com/go-gitea/gitea/blob/main/custom/conf/app.example.ini',
    },
  ],
);
