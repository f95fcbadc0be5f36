// Decides what a file is from its path (and, for the Outpost formats, a sniff of its content).
// Paths are normalised to forward slashes; matching is on the path's tail so absolute and
// workspace-relative paths give the same answer.
import type { FileKind } from '../types';
import { detectIacKind } from './iac-kinds';
import { sniffToolKind } from './tool-kinds';
import { detectServerConfigKind, XML_KINDS } from './server-config-kinds';
import { detectKubernetesKind } from './kubernetes-kinds';

const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
const YAML = /\.ya?ml$/i;

/** Outpost formats are recognised by content: `kind: AssetInventory` / `kind: CollaborationSettings`. */
function sniffOutpostKind(text: string | undefined): FileKind | undefined {
  if (!text) return undefined;
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  // Horizontal whitespace only (`[ \t]`, not `\s`): `^\s*` under /m also eats newlines, so on a
  // file of blank lines every line start rescanned the rest of the file (quadratic: seconds for
  // 64 KB of newlines). The key and its value sit on one line anyway.
  if (/^[ \t]*"?kind"?[ \t]*:[ \t]*"?AssetInventory"?[ \t]*,?[ \t]*\r?$/m.test(head)) return 'asset-inventory';
  if (/^[ \t]*"?kind"?[ \t]*:[ \t]*"?CollaborationSettings"?[ \t]*,?[ \t]*\r?$/m.test(head)) return 'collaboration-settings';
  return undefined;
}

/** `Dockerfile`, `Dockerfile.prod`, `prod.Dockerfile`, `Containerfile`, `*.dockerfile`. */
function isDockerfile(name: string): boolean {
  return /^(?:Dockerfile|Containerfile)(?:[.-][\w.-]+)?$/i.test(name) || /\.(?:dockerfile|containerfile)$/i.test(name);
}

/** Spring Boot `application*.yml|yaml|properties`, `bootstrap*.…`; .NET `appsettings*.json`. */
function isAppConfig(name: string): FileKind | undefined {
  if (/^(?:application|bootstrap)(?:[-.][\w.-]+)?\.(?:ya?ml|properties)$/i.test(name)) return 'spring-config';
  if (/^appsettings(?:\.[\w-]+)?\.json$/i.test(name)) return 'dotnet-appsettings';
  return undefined;
}

export function normalisePath(path: string): string {
  return path.replace(/\\/g, '/');
}

/**
 * The kind of a file, or `undefined` when Outpost has no business with it
 * (the caller may still scan it for secrets as `other` when the user opts in).
 */
export function detectKind(rawPath: string, text?: string): FileKind | undefined {
  const path = normalisePath(rawPath);
  const name = base(path);
  const lower = name.toLowerCase();

  if (YAML.test(name) || /\.json$/i.test(name)) {
    const sniffed = sniffOutpostKind(text);
    if (sniffed) return sniffed;
  }
  const tool = sniffToolKind(path, lower, text);
  if (tool) return tool;
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path)) return 'github-workflow';
  if (/^action\.ya?ml$/i.test(name)) return 'github-action';
  if (/(^|\/)\.github\/settings\.ya?ml$/i.test(path)) return 'repo-settings';
  if (/(^|\/)\.github\/dependabot\.ya?ml$/i.test(path)) return 'dependabot';
  // `.gitlab-ci.yml`, split files such as `.gitlab-ci-base.yml`, and `deploy.gitlab-ci.yml` includes.
  if (/^\.gitlab-ci([-.][\w.-]*)?\.ya?ml$/i.test(name) || /\.gitlab-ci\.ya?ml$/i.test(name)) return 'gitlab-ci';
  if (lower === 'bitbucket-pipelines.yml' || lower === 'bitbucket-pipelines.yaml') return 'bitbucket-pipelines';
  if (/^azure-pipelines.*\.ya?ml$/i.test(name) || (/(^|\/)\.azure-pipelines\//i.test(path) && YAML.test(name))) return 'azure-pipelines';
  if (/(^|\/)\.circleci\/config\.ya?ml$/i.test(path)) return 'circleci';
  if (name === 'Jenkinsfile' || /\.jenkinsfile$/i.test(name) || /^Jenkinsfile\./.test(name)) return 'jenkinsfile';
  if (/^jenkins\.ya?ml$/i.test(name) || /^casc.*\.ya?ml$/i.test(name)) return 'jenkins-casc';
  if (lower === 'gitlab.rb') return 'gitlab-rb';
  const iac = detectIacKind(name, text);
  if (iac) return iac;
  const xml = detectServerConfigKind(lower, text);
  if (xml) return xml;
  if (lower === '.npmrc') return 'npmrc';
  if (lower === '.pypirc') return 'pypirc';
  if (lower === '.netrc' || lower === '_netrc') return 'netrc';
  if (lower === '.git-credentials') return 'git-credentials';
  if (/(^|\/)\.git\/config$/.test(path) || lower === '.gitmodules' || lower === '.gitconfig') return 'git-config';
  if (/(^|\/)\.docker\/config\.json$/.test(path) || (lower === 'config.json' && /docker/i.test(path))) return 'docker-config';
  if (lower === '.env' || lower.startsWith('.env.') || lower.endsWith('.env')) return 'dotenv';
  if (/^(docker-)?compose.*\.ya?ml$/i.test(name)) return 'docker-compose';
  if (isDockerfile(name)) return 'dockerfile';
  if (isAppConfig(name)) return isAppConfig(name);
  if (/\.properties$/i.test(name)) return 'properties';
  if (/^(assets|inventory).*\.csv$/i.test(name)) return 'asset-inventory-csv';
  const k8s = detectKubernetesKind(lower, text);
  if (k8s) return k8s;
  if (
    /(^|\/)(group_vars|host_vars)\//.test(path) ||
    /(^|\/)inventor(y|ies)[^/]*\//i.test(path) ||
    /^(hosts|inventory).*\.ya?ml$/i.test(name) ||
    ((lower === 'hosts' || /\.ini$/i.test(name)) && (text === undefined || /^\s*\[[^\]\n]+\]\s*$/m.test(text)))
  ) {
    return 'ansible-inventory';
  }
  return undefined;
}

/** Which syntax a kind is written in; drives parsing and comment syntax. */
export type Syntax = 'yaml' | 'json' | 'ini' | 'dotenv' | 'properties' | 'netrc' | 'csv' | 'groovy' | 'ruby' | 'hcl' | 'xml' | 'text';

export function syntaxOf(kind: FileKind, path: string): Syntax {
  const name = base(normalisePath(path)).toLowerCase();
  if (XML_KINDS.has(kind)) return 'xml';
  switch (kind) {
    case 'docker-config':
      return 'json';
    case 'asset-inventory':
    case 'collaboration-settings':
      return name.endsWith('.json') ? 'json' : 'yaml';
    case 'npmrc':
    case 'pypirc':
    case 'git-config':
      return 'ini';
    case 'dotenv':
      return 'dotenv';
    case 'properties':
      return 'properties';
    case 'netrc':
    case 'git-credentials':
      return 'netrc';
    case 'asset-inventory-csv':
      return 'csv';
    case 'jenkinsfile':
      return 'groovy';
    case 'gitlab-rb':
      return 'ruby';
    case 'terraform':
      return name.endsWith('.json') ? 'json' : 'hcl';
    case 'vault-config':
      return name.endsWith('.json') ? 'json' : 'hcl';
    case 'gitea-ini':
    case 'grafana-ini':
      return 'ini';
    case 'mattermost-config':
      return 'json';
    case 'keycloak-realm':
      return name.endsWith('.json') ? 'json' : 'yaml';
    case 'ansible-inventory':
      return YAML.test(name) ? 'yaml' : name.endsWith('.json') ? 'json' : 'ini';
    case 'dockerfile':
      return 'text';
    case 'spring-config':
      return name.endsWith('.properties') ? 'properties' : 'yaml';
    case 'dotnet-appsettings':
      return 'json';
    case 'other':
      if (YAML.test(name)) return 'yaml';
      if (/\.jsonc?$/.test(name)) return 'json';
      if (/\.(ini|cfg|conf|toml)$/.test(name)) return 'ini';
      if (/\.properties$/.test(name)) return 'properties';
      return 'text';
    default:
      return 'yaml';
  }
}
