// Exposure facts from Kubernetes manifests and Helm values:
//   Ingress                 published on 80/443; restricted only by an ingress-nginx allow list
//                           (`nginx.ingress.kubernetes.io/allowlist-source-range`, the older
//                           `whitelist-source-range`) or the AWS load balancer controller's
//                           `alb.ingress.kubernetes.io/inbound-cidrs`. Internal ones (ALB scheme
//                           internal, an ingress class named internal/private) are not exposed.
//   Service LoadBalancer    its ports; restricted by `spec.loadBalancerSourceRanges` or the
//                           `service.beta.kubernetes.io/load-balancer-source-ranges` annotation;
//                           internal-LB annotations (AWS, GKE, Azure) mean not exposed.
//   Helm values (Atlassian) `ingress.create`/`ingress.enabled: true` with no allow list in
//                           `ingress.annotations`.
// Hints for guessing the tool: names, namespaces, label values, hosts, backend service names.
// The fix inserts the allow list bound to PLACEHOLDER_CIDR, never an invented range: Outpost does
// not know the user's network. A placeholder left in place is reported by
// kubernetes/allowlist-placeholder until it is replaced (and it fails closed meanwhile: the API
// server rejects a Service whose loadBalancerSourceRanges is not a CIDR, and ingress-nginx denies
// a location whose allow list does not parse).
import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node as YamlNode, YAMLMap } from 'yaml';
import type { AnalysisContext } from '../context';
import type { FixData, Range } from '../types';
import type { ExposureExtractor, ExposureFact, PortRange } from './types';
import { isAnywhere } from './tools';
import { insertSetting } from '../fixes/settings/fix-data';
import { helmChartOf } from '../kinds/kubernetes-kinds';

export const PLACEHOLDER_CIDR = '<your-office-or-vpn-cidr>';
export const ALLOWLIST_ANNOTATION = 'nginx.ingress.kubernetes.io/allowlist-source-range';
const ALLOWLIST_KEYS = [ALLOWLIST_ANNOTATION, 'nginx.ingress.kubernetes.io/whitelist-source-range', 'alb.ingress.kubernetes.io/inbound-cidrs'];
const LB_RANGES_ANNOTATION = 'service.beta.kubernetes.io/load-balancer-source-ranges';
const INTERNAL_LB: Record<string, RegExp> = {
  'service.beta.kubernetes.io/aws-load-balancer-internal': /^(true|0\.0\.0\.0\/0)$/i,
  'service.beta.kubernetes.io/aws-load-balancer-scheme': /^internal$/i,
  'networking.gke.io/load-balancer-type': /^internal$/i,
  'cloud.google.com/load-balancer-type': /^internal$/i,
  'service.beta.kubernetes.io/azure-load-balancer-internal': /^true$/i,
  'service.beta.kubernetes.io/oci-load-balancer-internal': /^true$/i,
};
const WEB: readonly PortRange[] = [
  { from: 80, to: 80 },
  { from: 443, to: 443 },
];
const MAX_HINTS = 50;

const FILL_COMMENT = 'Outpost: replace with your office/VPN ranges (comma-separated CIDRs)';

function get(node: unknown, ...path: (string | number)[]): unknown {
  let cur = node;
  for (const seg of path) {
    if (isMap(cur)) cur = cur.get(seg, true);
    else if (isSeq(cur) && typeof seg === 'number') cur = cur.get(seg, true);
    else return undefined;
  }
  return cur;
}

function str(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}

// The text of the document being extracted (analysis is synchronous, one document at a time).
let source = '';

/** A node's range without the line breaks a block sequence's range runs on into. */
function rangeOf(node: unknown): Range | undefined {
  const r = (node as YamlNode | undefined)?.range;
  if (!r) return undefined;
  let end = r[1];
  while (end > r[0] && /\s/.test(source[end - 1] ?? '')) end--;
  return { start: r[0], end };
}

/** Scalar values anywhere below a node (labels, hosts, service names), bounded. */
function scalarsIn(node: unknown, out: string[], depth = 0): void {
  if (out.length >= MAX_HINTS || depth > 8) return;
  if (isScalar(node)) {
    if (node.value !== null && node.value !== undefined) out.push(String(node.value));
  } else if (isMap(node)) {
    for (const p of node.items) scalarsIn(p.value, out, depth + 1);
  } else if (isSeq(node)) {
    for (const i of node.items) scalarsIn(i, out, depth + 1);
  }
}

function splitSources(v: string): string[] {
  return v.split(',').map((s) => s.trim()).filter(Boolean);
}

function annotationsOf(meta: unknown): YAMLMap | undefined {
  const a = get(meta, 'annotations');
  return isMap(a) ? a : undefined;
}

function allowListIn(annotations: YAMLMap | undefined): { key: string; node: unknown } | undefined {
  for (const key of ALLOWLIST_KEYS) {
    const node = annotations?.get(key, true);
    if (node !== undefined) return { key, node };
  }
  return undefined;
}

function sourcesFact(node: unknown): { sources: string[]; fromAnywhere: boolean } {
  const sources: string[] = [];
  if (isSeq(node)) for (const i of node.items) sources.push(...splitSources(str(i) ?? ''));
  else sources.push(...splitSources(str(node) ?? ''));
  return { sources, fromAnywhere: sources.length === 0 || sources.some(isAnywhere) };
}

function ingressFact(doc: Document.Parsed, di: number): ExposureFact | undefined {
  const c = doc.contents;
  const meta = get(c, 'metadata');
  const name = str(get(meta, 'name')) ?? 'unnamed';
  const annotations = annotationsOf(meta);
  if (/^internal$/i.test(str(annotations?.get('alb.ingress.kubernetes.io/scheme', true)) ?? '')) return undefined;
  const ingressClass = str(get(c, 'spec', 'ingressClassName')) ?? str(annotations?.get('kubernetes.io/ingress.class', true));
  if (ingressClass && /internal|private/i.test(ingressClass)) return undefined;
  const hints: string[] = [name];
  scalarsIn(get(meta, 'namespace'), hints);
  scalarsIn(get(meta, 'labels'), hints);
  scalarsIn(get(c, 'spec', 'rules'), hints);
  scalarsIn(get(c, 'spec', 'tls'), hints);
  scalarsIn(get(c, 'spec', 'defaultBackend'), hints);
  scalarsIn(get(c, 'spec', 'backend'), hints);
  const allow = allowListIn(annotations);
  const { sources, fromAnywhere } = allow ? sourcesFact(allow.node) : { sources: [], fromAnywhere: true };
  const range = (allow && rangeOf(allow.node)) ?? rangeOf(get(meta, 'name')) ?? rangeOf(get(c, 'kind'));
  if (!range) return undefined;
  const fact: ExposureFact = { resource: `Ingress ${name}`, range, ports: WEB, sources, fromAnywhere, hints };
  // The nginx annotation means nothing to other controllers (ALB, Traefik, GCE): no fix there.
  const nginx = !ingressClass || /nginx/i.test(ingressClass);
  if (fromAnywhere && (nginx || allow?.key.startsWith('alb.'))) {
    const key = allow && allow.key !== ALLOWLIST_ANNOTATION ? allow.key : ALLOWLIST_ANNOTATION;
    fact.fix = allowListFix(di, ['metadata', 'annotations'], key, PLACEHOLDER_CIDR, `Restrict Ingress ${name} to an allow list you fill in`);
  }
  return fact;
}

function allowListFix(doc: number, path: string[], key: string, value: unknown, title: string): FixData {
  // Not safe for a fix-all: the placeholder blocks traffic until the user writes their ranges.
  return insertSetting({ doc, path, key, value, comment: FILL_COMMENT, replace: true, title, safe: false });
}

function portsOf(spec: unknown): PortRange[] {
  const out: PortRange[] = [];
  const ports = get(spec, 'ports');
  if (isSeq(ports)) {
    for (const p of ports.items) {
      const n = Number(str(get(p, 'port')));
      if (Number.isInteger(n) && n > 0 && n < 65536) out.push({ from: n, to: n });
    }
  }
  return out;
}

function serviceFact(doc: Document.Parsed, di: number): ExposureFact | undefined {
  const c = doc.contents;
  const spec = get(c, 'spec');
  const typeNode = get(spec, 'type');
  if (str(typeNode) !== 'LoadBalancer') return undefined;
  const meta = get(c, 'metadata');
  const name = str(get(meta, 'name')) ?? 'unnamed';
  const annotations = annotationsOf(meta);
  for (const [k, re] of Object.entries(INTERNAL_LB)) if (re.test(str(annotations?.get(k, true)) ?? '')) return undefined;
  const hints: string[] = [name];
  scalarsIn(get(meta, 'namespace'), hints);
  scalarsIn(get(meta, 'labels'), hints);
  scalarsIn(get(spec, 'selector'), hints);
  const ports = get(spec, 'ports');
  if (isSeq(ports)) for (const p of ports.items) scalarsIn(get(p, 'name'), hints);
  const rangesNode = get(spec, 'loadBalancerSourceRanges') ?? annotations?.get(LB_RANGES_ANNOTATION, true);
  const { sources, fromAnywhere } = rangesNode !== undefined ? sourcesFact(rangesNode) : { sources: [], fromAnywhere: true };
  const range = (rangesNode !== undefined && rangeOf(rangesNode)) || rangeOf(typeNode);
  if (!range) return undefined;
  const fact: ExposureFact = { resource: `Service ${name} (LoadBalancer)`, range, ports: portsOf(spec), sources, fromAnywhere, hints };
  if (fromAnywhere) fact.fix = allowListFix(di, ['spec'], 'loadBalancerSourceRanges', [PLACEHOLDER_CIDR], `Restrict Service ${name} to source ranges you fill in`);
  return fact;
}

/** Helm values of a chart with an `ingress:` section (Atlassian: `create`; most charts: `enabled`). */
function helmIngressFact(doc: Document.Parsed, di: number, chart: string, hintsFromFile: string[]): ExposureFact | undefined {
  const ingress = get(doc.contents, 'ingress');
  if (!isMap(ingress)) return undefined;
  const on = get(ingress, 'create') ?? get(ingress, 'enabled');
  if (str(on) !== 'true') return undefined;
  const annotations = get(ingress, 'annotations');
  const allow = allowListIn(isMap(annotations) ? annotations : undefined);
  const { sources, fromAnywhere } = allow ? sourcesFact(allow.node) : { sources: [], fromAnywhere: true };
  const range = (allow && rangeOf(allow.node)) || rangeOf(on);
  if (!range) return undefined;
  const hints = [chart, ...hintsFromFile];
  scalarsIn(get(ingress, 'host'), hints);
  scalarsIn(get(ingress, 'hosts'), hints);
  const fact: ExposureFact = { resource: `The Ingress of this Helm chart (${chart})`, range, ports: WEB, sources, fromAnywhere, hints };
  if (fromAnywhere && !(str(get(ingress, 'className')) ?? 'nginx').match(/internal|private/i)) {
    fact.fix = allowListFix(di, ['ingress', 'annotations'], allow?.key ?? ALLOWLIST_ANNOTATION, PLACEHOLDER_CIDR, `Restrict the chart's Ingress to an allow list you fill in`);
  }
  return fact;
}

export const kubernetesExposure: ExposureExtractor = {
  name: 'kubernetes',
  applies: (ctx: AnalysisContext) => (ctx.kind === 'kubernetes' && /\b(Ingress|LoadBalancer)\b/.test(ctx.text)) || (ctx.kind === 'helm-values' && ctx.text.includes('ingress')),
  extract(ctx) {
    source = ctx.text;
    const out: ExposureFact[] = [];
    const docs = ctx.yaml?.docs ?? [];
    if (ctx.kind === 'helm-values') {
      const chart = helmChartOf(ctx.path.slice(ctx.path.lastIndexOf('/') + 1).toLowerCase(), ctx.text) ?? 'Helm';
      // The chart's product key (`jira:`, `confluence:`) names the tool.
      const products = (docs[0] && isMap(docs[0].contents) ? docs[0].contents.items.map((p) => str(p.key) ?? '') : []).filter((k) => /^(jira|confluence|bitbucket|crowd|bamboo|gitlab|harbor|mattermost|grafana|vault)$/.test(k));
      docs.forEach((d, di) => {
        const f = helmIngressFact(d, di, chart, [...products, ctx.path]);
        if (f) out.push(f);
      });
      return out;
    }
    docs.forEach((d, di) => {
      const kind = str(get(d.contents, 'kind'));
      const f = kind === 'Ingress' ? ingressFact(d, di) : kind === 'Service' ? serviceFact(d, di) : undefined;
      if (f) out.push(f);
    });
    return out;
  },
};
