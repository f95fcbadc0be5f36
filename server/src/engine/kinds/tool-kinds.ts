// The self-hosted servers' own config files (Gitea's app.ini, grafana.ini, Mattermost's
// config.json, Keycloak realm exports, harbor.yml, Argo CD's ConfigMaps). Generic names
// (`config.json`, `app.ini`, `values.yaml`) are only claimed when the content says whose file
// it is, so a docker `config.json` or an Ansible `app.ini` stays what it was.
// Without text (path-only questions: "is this file worth reading?") the distinctive names answer.
import type { FileKind } from '../types';

const HEAD = 65536;

function head(text: string): string {
  return text.length > HEAD ? text.slice(0, HEAD) : text;
}

/** Gitea/Forgejo (and Gogs): `[server]`/`[security]` sections plus INSTALL_LOCK or `[service]`. */
function isGiteaIni(h: string): boolean {
  return /^[ \t]*\[(server|security)\][ \t]*\r?$/m.test(h) && (/^[ \t]*INSTALL_LOCK[ \t]*=/m.test(h) || /^[ \t]*\[service\][ \t]*\r?$/m.test(h));
}

/** Grafana: one of its own sections (commented-out sections count: the shipped file is all comments). */
function isGrafanaIni(h: string): boolean {
  return /^[ \t]*[;#]?[ \t]*\[(auth\.anonymous|auth\.basic|users|analytics|dashboards|paths)\][ \t]*\r?$/m.test(h);
}

function isMattermostConfig(h: string): boolean {
  return h.includes('"ServiceSettings"') && h.includes('"TeamSettings"');
}

function isKeycloakRealm(h: string): boolean {
  return /^[ \t]*"realm"[ \t]*:[ \t]*"/m.test(h) && /"(clients|users|requiredActions)"[ \t]*:/.test(h);
}

function isHarborConfig(h: string): boolean {
  return /^hostname:/m.test(h) && /^harbor_admin_password:/m.test(h);
}

/** An argocd-cm / argocd-rbac-cm / argocd-cmd-params-cm ConfigMap, or the argo-cd chart's values. */
export function isArgoCdConfig(h: string): boolean {
  if (/^[ \t]*kind:[ \t]*ConfigMap[ \t]*\r?$/m.test(h) && /^[ \t]+name:[ \t]*["']?argocd-(rbac-|cmd-params-)?cm["']?[ \t]*\r?$/m.test(h)) return true;
  return /^configs:[ \t]*\r?$/m.test(h) && /^[ \t]{2}(cm|rbac|params):[ \t]*\r?$/m.test(h) && /argo/i.test(h);
}

export function sniffToolKind(path: string, lowerName: string, text: string | undefined): FileKind | undefined {
  const isIni = lowerName.endsWith('.ini');
  const isJson = lowerName.endsWith('.json');
  const isYaml = /\.ya?ml$/.test(lowerName);
  if (!isIni && !isJson && !isYaml) return undefined;
  if (text === undefined) {
    if (lowerName === 'app.ini') return 'gitea-ini';
    if (lowerName === 'grafana.ini') return 'grafana-ini';
    if (lowerName === 'harbor.yml' || lowerName === 'harbor.yaml') return 'harbor-config';
    if (/^argocd-(rbac-|cmd-params-)?cm\.ya?ml$/.test(lowerName)) return 'argocd-config';
    return undefined;
  }
  const h = head(text);
  if (isIni) {
    if (lowerName === 'app.ini' && isGiteaIni(h)) return 'gitea-ini';
    if (lowerName === 'grafana.ini' && /^[ \t]*[;#]?[ \t]*\[[\w.]+\][ \t]*\r?$/m.test(h)) return 'grafana-ini';
    if (lowerName === 'custom.ini' && isGrafanaIni(h)) return 'grafana-ini';
    return undefined;
  }
  if (isJson) {
    if (lowerName === 'config.json' && isMattermostConfig(h)) return 'mattermost-config';
    if (h.includes('"realm"') && isKeycloakRealm(h)) return 'keycloak-realm';
    return undefined;
  }
  if (/^kind:[ \t]*KeycloakRealmImport[ \t]*\r?$/m.test(h)) return 'keycloak-realm';
  if ((lowerName === 'harbor.yml' || lowerName === 'harbor.yaml') && isHarborConfig(h)) return 'harbor-config';
  if (!/(^|\/)\.github\//.test(path) && h.includes('argocd') && isArgoCdConfig(h)) return 'argocd-config';
  return undefined;
}
