// Grafana: grafana.ini / custom.ini (the same keys as the GF_<SECTION>_<KEY> environment variables).
import type { ToolSetting } from '../tool-setting';

const SOURCE = 'https://github.com/grafana/grafana/blob/main/conf/defaults.ini';
const base = { tool: 'Grafana', kinds: ['grafana-ini'], source: SOURCE } as const;

export const grafanaSettings: readonly ToolSetting[] = [
  {
    ...base,
    fact: 'anonymous-access',
    path: ['auth.anonymous', 'enabled'],
    unsafe: ['true'],
    safe: 'false',
    why: 'anyone who reaches the server sees dashboards and data sources without signing in (with `org_role = Admin` they can change them too)',
    severity: 'error',
  },
  {
    ...base,
    fact: 'public-signup',
    path: ['users', 'allow_sign_up'],
    unsafe: ['true'],
    safe: 'false',
    why: 'anyone who reaches the server can create an account and read the dashboards of the default organisation',
    severity: 'error',
  },
  {
    ...base,
    fact: 'anonymous-access',
    path: ['snapshots', 'public_mode'],
    unsafe: ['true'],
    safe: 'false',
    why: 'signed-out visitors can create and read snapshots, which carry the data of the dashboards they copy',
    severity: 'warning',
  },
  {
    ...base,
    fact: 'admin-exposure',
    path: ['security', 'disable_brute_force_login_protection'],
    unsafe: ['true'],
    safe: 'false',
    why: 'the login form accepts unlimited password guesses, including for the admin account',
    severity: 'warning',
  },
];
