// Network exposure is one fact, whatever file it comes from: a Terraform security group, an Azure
// NSG rule, a GCP firewall, a Kubernetes Ingress or LoadBalancer Service. Extractors (one per
// format) turn a parsed file into facts; the network/* rules judge facts, so a new source of
// exposure is an extractor and a fixture, not a new rule.
import type { AnalysisContext } from '../context';
import type { FixData, Range } from '../types';

export interface PortRange {
  from: number;
  to: number;
}

export interface ExposureFact {
  /** What is exposed, for messages: `aws_security_group.jira`, `Ingress confluence`. */
  resource: string;
  /** Where the finding goes: the source list (`cidr_blocks = ["0.0.0.0/0"]`) or, when none is written, the resource's name/key. */
  range: Range;
  /** Open ports; empty means all ports (or "whatever the backend serves", for an Ingress: 80/443). */
  ports: readonly PortRange[];
  /** Sources as written (`0.0.0.0/0`, `::/0`, `*`, `Internet`); empty when no source restriction exists at all. */
  sources: readonly string[];
  /** True when the sources include anywhere (or there is no restriction). */
  fromAnywhere: boolean;
  /** Text that tells which tool the resource serves: names, tags, descriptions, hosts, images, service names. */
  hints: readonly string[];
  /** A fix that inserts an allow-list reference the user fills (never an invented CIDR). */
  fix?: FixData;
}

export interface ExposureExtractor {
  /** Short name for failures and docs: 'terraform-aws', 'kubernetes-ingress'. */
  name: string;
  applies(ctx: AnalysisContext): boolean;
  extract(ctx: AnalysisContext): ExposureFact[];
}
