// jira/websudo-disabled — `jira.websudo.is.disabled=true` in jira-config.properties switches off
// "secure administrator sessions": admin pages no longer ask for the password again, so a stolen
// or left-open session of an admin is enough to change users, permissions and apps.
import { settingRule } from '../../tools/rule';

export const JIRA_WEBSUDO_DISABLED = 'jira/websudo-disabled';

export const websudoDisabled = settingRule(
  { id: JIRA_WEBSUDO_DISABLED, severity: 'error', description: 'Jira does not ask admins to re-enter their password for administration (websudo disabled).', fixable: true },
  [
    {
      tool: 'Jira',
      fact: 'admin-exposure',
      kinds: ['properties'],
      fileName: /^jira-config\.properties$/i,
      path: ['jira.websudo.is.disabled'],
      unsafe: ['true'],
      safe: 'false',
      why: 'administration pages no longer ask for the password again, so a stolen or unattended admin session is enough to change users, permissions and apps',
      severity: 'error',
      source: 'https://confluence.atlassian.com/adminjiraserver/configuring-secure-administrator-sessions-938847890.html',
    },
  ],
);
