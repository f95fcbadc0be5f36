// Argo CD: the argocd-cm / argocd-rbac-cm / argocd-cmd-params-cm ConfigMaps (`data:` keys) and the
// same keys in the argo-cd Helm chart's values (`configs.cm`, `configs.rbac`, `configs.params`).
// The rows match on a content sniff in any YAML file, whatever kind the manifest detectors gave it.
import type { ToolSetting } from '../tool-setting';
import type { PathSegment } from '../../parse/entry';

const SOURCE = 'https://github.com/argoproj/argo-cd/blob/master/docs/operator-manual/argocd-rbac-cm.yaml';
const CM = /^[ \t]+name:[ \t]*["']?argocd-cm["']?[ \t]*\r?$/m;
const RBAC = /^[ \t]+name:[ \t]*["']?argocd-rbac-cm["']?[ \t]*\r?$/m;
const PARAMS = /^[ \t]+name:[ \t]*["']?argocd-cmd-params-cm["']?[ \t]*\r?$/m;
const HELM = /^configs:[ \t]*\r?$/m;

type Row = Omit<ToolSetting, 'tool' | 'kinds' | 'path' | 'sniff' | 'syntaxes' | 'source'>;

/** The same row as a ConfigMap key and as a Helm value. */
function both(configMap: RegExp, helmSection: string, key: string, row: Row): ToolSetting[] {
  const common = { tool: 'Argo CD', kinds: ['argocd-config'] as const, syntaxes: ['yaml'] as const, source: SOURCE, ...row };
  const cmPath: PathSegment[] = ['data', key];
  const helmPath: PathSegment[] = ['configs', helmSection, key];
  return [
    { ...common, path: cmPath, sniff: configMap },
    { ...common, path: helmPath, sniff: HELM },
  ];
}

export const argocdSettings: readonly ToolSetting[] = [
  ...both(CM, 'cm', 'users.anonymous.enabled', {
    fact: 'anonymous-access',
    unsafe: ['true'],
    safe: 'false',
    why: 'signed-out visitors get the default role, so they can see (or, with role:admin, change) what Argo CD deploys',
    severity: 'error',
  }),
  ...both(CM, 'cm', 'admin.enabled', {
    fact: 'admin-exposure',
    unsafe: ['true'],
    safe: 'false',
    why: 'the built-in admin account keeps a password login next to SSO; one leaked or guessed password gives full control of every cluster Argo CD deploys to',
    severity: 'warning',
  }),
  ...both(RBAC, 'rbac', 'policy.default', {
    fact: 'admin-exposure',
    unsafe: ['role:admin'],
    safe: '',
    why: 'every user who can sign in (and anonymous users, if allowed) is an administrator of every application and cluster',
    severity: 'error',
  }),
  ...both(RBAC, 'rbac', 'policy.default', {
    fact: 'admin-exposure',
    unsafe: ['role:readonly'],
    safe: '',
    why: 'every user who can sign in can read every application, its manifests and its parameters; grant roles explicitly instead',
    severity: 'warning',
  }),
  ...both(PARAMS, 'params', 'server.insecure', {
    fact: 'tls',
    unsafe: ['true'],
    safe: 'false',
    why: 'the API server speaks plain HTTP, so session tokens cross the network unencrypted unless the ingress terminates TLS',
    severity: 'warning',
  }),
];
