// Kubernetes manifests and Helm chart values, by content (any file name: `deploy.yaml`,
// `k8s/app.yml`, `manifests/all.yaml`).
//   kubernetes   a YAML file with a top-level `apiVersion:` and `kind:` (any document of a
//                multi-document file); checked with two anchored, line-bounded regexes on the
//                first 64 KB, so it costs next to nothing on the YAML files that are not manifests.
//   helm-values  `values*.yaml` of the charts the research notes name, recognised by their own
//                top-level keys (a table: one row per chart family).
import type { FileKind } from '../types';

const HEAD = 65536;
const API_VERSION = /^apiVersion:[ \t]*["']?[\w.-]+(?:\/[\w.-]+)?["']?[ \t]*\r?$/m;
const KIND = /^kind:[ \t]*["']?[A-Z]\w{0,80}["']?[ \t]*\r?$/m;

interface HelmChart {
  chart: string;
  /** Every pattern must occur (multiline, on the file's first 64 KB). */
  all: readonly RegExp[];
}

/** Charts whose values files carry credentials or an Ingress for the servers Outpost is about. */
export const HELM_CHARTS: readonly HelmChart[] = [
  // atlassian/data-center-helm-charts: a top-level product key plus the chart's own sections.
  { chart: 'atlassian-data-center', all: [/^(jira|confluence|bitbucket|crowd|bamboo):[ \t]*\r?$/m, /^(database|ingress|volumes|monitoring):[ \t]*\r?$/m] },
  // gitlab/gitlab: `global:` with the initial root password or the `hosts` block.
  { chart: 'gitlab', all: [/^global:[ \t]*\r?$/m, /^[ \t]{2}(initialRootPassword|hosts|psql|gitaly):/m, /gitlab/i] },
  // goharbor/harbor-helm
  { chart: 'harbor', all: [/^expose:[ \t]*\r?$/m, /^harborAdminPassword:/m] },
  // mattermost/mattermost-helm
  { chart: 'mattermost', all: [/^(mattermostApp|mattermostOperator|externalDB):/m] },
  // hashicorp/vault-helm
  { chart: 'vault', all: [/^injector:[ \t]*\r?$/m, /^server:[ \t]*\r?$/m] },
  // grafana/helm-charts grafana chart
  { chart: 'grafana', all: [/^adminPassword:/m, /^(grafana\.ini|persistence):/m] },
  // Bitnami charts: images from the bitnami repository and the `auth`/`existingSecret` convention.
  { chart: 'bitnami', all: [/^[ \t]+repository:[ \t]*["']?bitnami\//m, /^[ \t]*existingSecret:/m] },
];

function head(text: string): string {
  return text.length > HEAD ? text.slice(0, HEAD) : text;
}

export function isKubernetesManifest(text: string): boolean {
  const h = head(text);
  return h.includes('apiVersion') && h.includes('kind') && API_VERSION.test(h) && KIND.test(h);
}

export function helmChartOf(lowerName: string, text: string): string | undefined {
  if (!/^values[\w.-]*\.ya?ml$/.test(lowerName)) return undefined;
  const h = head(text);
  return HELM_CHARTS.find((c) => c.all.every((re) => re.test(h)))?.chart;
}

export function detectKubernetesKind(lowerName: string, text: string | undefined): FileKind | undefined {
  if (text === undefined || !/\.ya?ml$/.test(lowerName)) return undefined;
  if (isKubernetesManifest(text)) return 'kubernetes';
  if (helmChartOf(lowerName, text)) return 'helm-values';
  return undefined;
}
