// Which server an exposed resource serves, and which ports are dangerous whatever it serves.
// Data, not code: a new tool is one row. Names are matched as words in the fact's hints (resource
// names, tags, descriptions, hosts, images); ports decide only when they are distinctive (7990 is
// Bitbucket, 8080 could be anything).
import type { ExposureFact, PortRange } from './types';

export interface ServerTool {
  /** Display name in messages. */
  name: string;
  /** Lower-case words that name the tool in hints (matched on word boundaries). */
  keywords: readonly string[];
  /** The tool's default ports (web UI, SSH for Git, API). */
  ports: readonly number[];
  /** Ports that on their own say which tool this is (no other common server uses them by default). */
  distinctivePorts?: readonly number[];
}

/** Collaboration and DevOps servers: the ones the incident is about. */
export const SERVER_TOOLS: readonly ServerTool[] = [
  { name: 'Jira', keywords: ['jira'], ports: [8080, 443, 80] },
  { name: 'Confluence', keywords: ['confluence'], ports: [8090, 8091, 443, 80], distinctivePorts: [8090, 8091] },
  { name: 'Bitbucket', keywords: ['bitbucket', 'stash'], ports: [7990, 7999, 443, 80], distinctivePorts: [7990, 7999] },
  { name: 'Bamboo', keywords: ['bamboo'], ports: [8085, 54663, 443], distinctivePorts: [54663] },
  { name: 'Crowd', keywords: ['crowd'], ports: [8095, 443], distinctivePorts: [8095] },
  { name: 'GitLab', keywords: ['gitlab'], ports: [443, 80, 22] },
  { name: 'Gitea', keywords: ['gitea', 'forgejo', 'gogs'], ports: [3000, 2222, 443, 22] },
  { name: 'Jenkins', keywords: ['jenkins'], ports: [8080, 50000, 443], distinctivePorts: [50000] },
  { name: 'Grafana', keywords: ['grafana'], ports: [3000, 443] },
  { name: 'SonarQube', keywords: ['sonarqube', 'sonar'], ports: [9000, 443] },
  { name: 'Nexus', keywords: ['nexus'], ports: [8081, 443] },
  { name: 'Artifactory', keywords: ['artifactory', 'jfrog'], ports: [8081, 8082, 443], distinctivePorts: [8082] },
  { name: 'Harbor', keywords: ['harbor'], ports: [443, 80] },
  { name: 'Argo CD', keywords: ['argocd', 'argo-cd', 'argo_cd'], ports: [443, 8080] },
  { name: 'Vault', keywords: ['vault'], ports: [8200, 8201, 443], distinctivePorts: [8200, 8201] },
  { name: 'Mattermost', keywords: ['mattermost'], ports: [8065, 443], distinctivePorts: [8065] },
  { name: 'Keycloak', keywords: ['keycloak'], ports: [8080, 8443, 443] },
  { name: 'Rocket.Chat', keywords: ['rocketchat', 'rocket-chat', 'rocket_chat'], ports: [3000, 443] },
  { name: 'TeamCity', keywords: ['teamcity'], ports: [8111, 443], distinctivePorts: [8111] },
  { name: 'Redmine', keywords: ['redmine'], ports: [3000, 443] },
  { name: 'Nextcloud', keywords: ['nextcloud', 'owncloud'], ports: [443, 80] },
  { name: 'Kibana', keywords: ['kibana'], ports: [5601, 443], distinctivePorts: [5601] },
  { name: 'Prometheus', keywords: ['prometheus', 'alertmanager'], ports: [9090, 9093, 443], distinctivePorts: [9090, 9093] },
  { name: 'Portainer', keywords: ['portainer'], ports: [9443, 9000, 443] },
  { name: 'Rancher', keywords: ['rancher'], ports: [443, 80] },
];

export interface AdminPort {
  port: number;
  /** What listens there, for messages. */
  service: string;
}

/** Remote administration and database ports: never open to the whole internet, whatever the server is. */
export const ADMIN_PORTS: readonly AdminPort[] = [
  { port: 22, service: 'SSH' },
  { port: 23, service: 'Telnet' },
  { port: 3389, service: 'Remote Desktop (RDP)' },
  { port: 5985, service: 'WinRM' },
  { port: 5986, service: 'WinRM over HTTPS' },
  { port: 5900, service: 'VNC' },
  { port: 445, service: 'Windows file sharing (SMB)' },
  { port: 135, service: 'Windows RPC' },
  { port: 161, service: 'SNMP' },
  { port: 3306, service: 'MySQL' },
  { port: 5432, service: 'PostgreSQL' },
  { port: 1433, service: 'SQL Server' },
  { port: 1521, service: 'Oracle' },
  { port: 27017, service: 'MongoDB' },
  { port: 6379, service: 'Redis' },
  { port: 9200, service: 'Elasticsearch' },
  { port: 11211, service: 'Memcached' },
  { port: 5984, service: 'CouchDB' },
  { port: 9042, service: 'Cassandra' },
  { port: 2375, service: 'the Docker API' },
  { port: 2376, service: 'the Docker API (TLS)' },
  { port: 2379, service: 'etcd' },
  { port: 6443, service: 'the Kubernetes API' },
  { port: 10250, service: 'the kubelet API' },
];

/** Ports a web front end (load balancer, ingress) serves any tool on. */
export const WEB_PORTS: readonly number[] = [80, 443, 8080, 8443];

const wordCache = new Map<string, RegExp>();
function word(k: string): RegExp {
  let re = wordCache.get(k);
  if (!re) {
    // Letters/digits around the keyword end the match ("jira" in "jira-sg", not in "ajirak").
    re = new RegExp(`(?:^|[^a-z0-9])${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^a-z0-9])`);
    wordCache.set(k, re);
  }
  return re;
}

export function portsCover(ranges: readonly PortRange[], port: number): boolean {
  return ranges.length === 0 || ranges.some((r) => r.from <= port && port <= r.to);
}

/** The tool a fact serves: by name in its hints first, then by a distinctive open port. */
export function guessTool(fact: Pick<ExposureFact, 'hints' | 'ports'>): ServerTool | undefined {
  const hints = fact.hints.map((h) => h.toLowerCase().slice(0, 2000));
  for (const tool of SERVER_TOOLS) {
    if (tool.keywords.some((k) => hints.some((h) => h.includes(k) && word(k).test(h)))) return tool;
  }
  if (fact.ports.length === 0) return undefined;
  for (const tool of SERVER_TOOLS) {
    if (tool.distinctivePorts?.some((p) => fact.ports.some((r) => r.from === p && r.to === p))) return tool;
  }
  return undefined;
}

/** Admin/database ports the fact opens (all of them when it opens every port). */
export function openAdminPorts(fact: Pick<ExposureFact, 'ports'>): AdminPort[] {
  return ADMIN_PORTS.filter((a) => portsCover(fact.ports, a.port));
}

/** Sources that mean "anyone": IPv4/IPv6 any, and the wildcards and service tags of the clouds. */
export function isAnywhere(source: string): boolean {
  const s = source.trim().replace(/^["']|["']$/g, '').toLowerCase();
  return s === '0.0.0.0/0' || s === '::/0' || s === '0.0.0.0' || s === '*' || s === 'internet' || s === 'any' || s === '0::0/0' || s === '::0/0';
}

/** A short tool-derived name for variables: `Argo CD` → `argo_cd`. */
export function toolSlug(tool: ServerTool | undefined): string {
  return tool ? tool.name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '') : 'ingress';
}

export function describePorts(ranges: readonly PortRange[]): string {
  if (ranges.length === 0) return 'every port';
  const parts = ranges.slice(0, 4).map((r) => (r.from === r.to ? String(r.from) : r.from === 0 && r.to >= 65535 ? 'every port' : `${r.from}-${r.to}`));
  return `port${ranges.length > 1 || ranges[0]!.from !== ranges[0]!.to ? 's' : ''} ${parts.join(', ')}${ranges.length > 4 ? ', …' : ''}`;
}
