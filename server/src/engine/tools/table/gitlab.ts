// GitLab (Omnibus): /etc/gitlab/gitlab.rb. Instance-wide 2FA and sign-up restrictions are
// application settings, not gitlab.rb keys (gitlab/signup-enabled covers `gitlab_signup_enabled`);
// these are the posture keys gitlab.rb.template does have.
import type { ToolSetting } from '../tool-setting';

const SOURCE = 'https://gitlab.com/gitlab-org/omnibus-gitlab/-/blob/master/files/gitlab-config-template/gitlab.rb.template';
const base = { tool: 'GitLab', kinds: ['gitlab-rb'], source: SOURCE } as const;

export const gitlabSettings: readonly ToolSetting[] = [
  {
    ...base,
    fact: 'mfa',
    path: ['gitlab_rails', 'omniauth_allow_bypass_two_factor'],
    unsafe: ['true'],
    unsafeMatch: /^\[\s*\S/,
    safe: 'nil',
    why: 'people who sign in through these OmniAuth providers skip GitLab\'s two-factor check, so a password at the provider alone opens their account',
    severity: 'error',
  },
  {
    ...base,
    fact: 'allowlist',
    path: ['gitlab_rails', 'monitoring_whitelist'],
    unsafe: [],
    unsafeMatch: /(^|['"\s,[])(0\.0\.0\.0\/0|::\/0)(?=['"\s,\]]|$)/,
    safe: "['127.0.0.0/8', '::1/128']",
    why: 'the health-check and metrics endpoints answer anyone on the internet, telling them the version and the state of every component',
    severity: 'warning',
  },
  {
    ...base,
    fact: 'tls',
    path: ['external_url'],
    unsafe: [],
    unsafeMatch: /^http:\/\/(?!(localhost|127\.0\.0\.1|gitlab\.example\.com)[:/]?)/i,
    safe: 'https://',
    manual: "change the address to https:// (with `letsencrypt['enable'] = true`, or a certificate in /etc/gitlab/ssl) and run `gitlab-ctl reconfigure`",
    why: 'GitLab is served over plain HTTP, so passwords, session cookies and the tokens in `git clone` URLs cross the network unencrypted',
    severity: 'warning',
  },
];
