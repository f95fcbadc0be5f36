// kubernetes/* — checks specific to Kubernetes manifests and Helm values (exposure itself is
// judged by network/* on the facts of exposure/kubernetes.ts).
import type { Rule } from '../../rule';
import { allowlistPlaceholder } from './allowlist-placeholder';

export const kubernetesRules: readonly Rule[] = [allowlistPlaceholder];
