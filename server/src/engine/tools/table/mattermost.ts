// Mattermost: config/config.json.
import type { ToolSetting } from '../tool-setting';

const SOURCE = 'https://docs.mattermost.com/configure/configuration-settings.html';
const base = { tool: 'Mattermost', kinds: ['mattermost-config'], source: SOURCE } as const;

export const mattermostSettings: readonly ToolSetting[] = [
  {
    ...base,
    fact: 'public-signup',
    path: ['TeamSettings', 'EnableOpenServer'],
    unsafe: ['true'],
    safe: 'false',
    why: 'anyone who reaches the server can sign up without an invitation and read the open channels',
    severity: 'error',
  },
  {
    ...base,
    fact: 'mfa',
    path: ['ServiceSettings', 'EnforceMultifactorAuthentication'],
    unsafe: ['false'],
    safe: 'true',
    missingIsUnsafe: true,
    why: 'email and AD/LDAP accounts sign in with a password alone, so one phished or reused password opens every channel the user is in',
    severity: 'error',
  },
  {
    ...base,
    fact: 'mfa',
    path: ['ServiceSettings', 'EnableMultifactorAuthentication'],
    unsafe: ['false'],
    safe: 'true',
    why: 'users cannot even set up a second factor (enforcing MFA needs this on as well)',
    severity: 'warning',
  },
];
