// Passwords that vendors ship in their templates, charts and quick-start files. They are not
// placeholders: a server installed from the template keeps them until someone changes them,
// and they are the first thing an attacker tries. Data: product → the documented default(s).
// Only values of 6+ characters (shorter ones are already rejected as passwords), and none of the
// generic placeholder words (`changeme`, `password`): those stay placeholders.
export const VENDOR_DEFAULT_PASSWORDS: Readonly<Record<string, readonly string[]>> = {
  Harbor: ['Harbor12345'],
  'Nexus Repository': ['admin123'],
  MinIO: ['minioadmin', 'minio123'],
  'kube-prometheus-stack Grafana': ['prom-operator'],
  'GitLab (old releases)': ['5iveL!fe'],
  'Mattermost (docker quick start)': ['mmuser_password', 'mostest'],
  'MySQL (docker docs)': ['my-secret-pw'],
  'Dell iDRAC': ['calvin'],
  'Raspberry Pi OS': ['raspberry'],
  'Vagrant boxes': ['vagrant'],
  'Keycloak (docs)': ['Pa55w0rd'],
  'Bitnami charts': ['bitnami', 'bitnami1'],
  'Portainer (docs)': ['portainer'],
  'SonarQube': ['sonar'],
  'Zabbix': ['zabbix'],
  'Jenkins (docker docs)': ['jenkins'],
  'Oracle XE images': ['oracle'],
  'Microsoft SQL Server (docs)': ['yourStrong(!)Password', 'YourStrong@Passw0rd', 'Your_password123'],
};

const byValue = new Map<string, string>();
for (const [product, values] of Object.entries(VENDOR_DEFAULT_PASSWORDS)) for (const v of values) if (v.length >= 6) byValue.set(v, product);

/** The product whose documented default this value is, or undefined. Case-sensitive. */
export function defaultPasswordOf(value: string): string | undefined {
  return byValue.get(value);
}
