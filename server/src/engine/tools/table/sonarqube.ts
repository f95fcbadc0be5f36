// SonarQube: conf/sonar.properties.
import type { ToolSetting } from '../tool-setting';

const SOURCE = 'https://docs.sonarsource.com/sonarqube-server/instance-administration/security/user-accounts';
const base = { tool: 'SonarQube', kinds: ['properties'], fileName: /^sonar\.properties$/i, source: SOURCE } as const;

export const sonarqubeSettings: readonly ToolSetting[] = [
  {
    ...base,
    fact: 'anonymous-access',
    path: ['sonar.forceAuthentication'],
    unsafe: ['false'],
    safe: 'true',
    why: 'signed-out visitors can list projects and download source code, issues and quality profiles through the web API',
    severity: 'error',
  },
  {
    ...base,
    fact: 'audit-log',
    path: ['sonar.web.accessLogs.enable'],
    unsafe: ['false'],
    safe: 'true',
    why: 'the HTTP access log is off, so nobody can see afterwards who downloaded what',
    severity: 'info',
  },
];
