// network/* — exposure to the internet, judged on ExposureFacts from every extractor
// (exposure/extractors.ts): Terraform security groups/NSGs/firewalls, Kubernetes Ingress/Services.
import type { Rule } from '../../rule';
import { serverExposed } from './server-exposed';
import { adminPortExposed } from './admin-port-exposed';

export const networkRules: readonly Rule[] = [serverExposed, adminPortExposed];
