// One posture model, many formats. A self-hosted tool's security-relevant settings are table
// entries (data, not code): which file, which key path, which values are unsafe, the safe value and
// why. The same collab/* rule ids judge them, whatever the file's syntax, because every parser
// yields `Entry` records with a key path (see parse/entry.ts):
//   INI          [section, key]                      grafana.ini: ['auth.anonymous', 'enabled']
//   properties   [key]                               bitbucket.properties: ['feature.public.access']
//   JSON / YAML  object keys and array indexes       config.json: ['ServiceSettings', 'EnableOpenServer']
//   HCL          [blockType, ...labels, attr, ...]   ['resource', 'gitlab_group', 'main', 'require_two_factor_authentication']
//   XML          element names, attributes as '@x'   ['Server', 'Service', 'Connector', '@secretRequired']
// Path patterns may use '*' for any one segment (a resource name, an array index).
import type { FileKind, Severity } from '../types';
import type { PathSegment } from '../parse/entry';
import type { Syntax } from '../kinds/detect-kind';

/** The facts the collab/* rules judge; each maps to one rule id. */
export type PostureFact =
  | 'mfa' // collab/mfa-not-required
  | 'allowlist' // collab/ip-allowlist-missing
  | 'anonymous-access' // collab/anonymous-access
  | 'public-signup' // collab/public-signup
  | 'audit-log' // collab/audit-log-disabled
  | 'tls' // collab/tls-disabled
  | 'admin-exposure'; // collab/admin-exposed

export interface ToolSetting {
  /** Display name used in messages: 'Grafana', 'Gitea', 'GitLab (Terraform)'. */
  tool: string;
  fact: PostureFact;
  /** Which files: kinds, optionally narrowed by a file-name test and/or a content sniff. */
  kinds: readonly FileKind[];
  fileName?: RegExp;
  sniff?: RegExp;
  /** Key path in the file's syntax; '*' matches one segment. Case-insensitive match on segments. */
  path: readonly PathSegment[];
  /** Values (compared case-insensitively after trimming quotes) that make the setting unsafe. */
  unsafe: readonly string[];
  /** Values matching this are unsafe too (a list that contains `0.0.0.0/0`, a non-empty provider list). */
  unsafeMatch?: RegExp;
  /** The safe value the fix writes, in the file's own syntax. */
  safe: string;
  /** True when the tool's default is unsafe, so a missing key is a finding too (range: the parent section / block). */
  missingIsUnsafe?: boolean;
  /** What an attacker gets; one sentence, for the message. */
  why: string;
  severity?: Severity;
  /** Vendor documentation for the key (docs pages link it). */
  source?: string;
  /**
   * Also any file written in these syntaxes whatever kind another detector gave it, when `sniff`
   * matches (an Argo CD ConfigMap is a Kubernetes manifest to the manifest rules). Needs `sniff`.
   */
  syntaxes?: readonly Syntax[];
  /** Only where a sibling under the same parent has this value (Keycloak `requiredActions[alias=CONFIGURE_TOTP]`). */
  where?: { key: string; value: string };
  /** When the safe value cannot be written for the user (a certificate, a CIDR): what to do instead; no quick fix. */
  manual?: string;
}
