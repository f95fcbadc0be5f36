// The engine's vocabulary. Everything here is plain data: no editor, no LSP, no I/O.
// Ranges are UTF-16 offsets into the analysed text (what JavaScript strings index);
// line/column conversion happens only at the edges (CLI output, LSP diagnostics).

export type Severity = 'error' | 'warning' | 'info';

/** How sure a rule is that a finding is real (zizmor's idea): high = certain, low = worth a look. */
export type Confidence = 'high' | 'medium' | 'low';

/** Half-open [start, end) offsets into the document text. */
export interface Range {
  start: number;
  end: number;
}

export type FileKind =
  | 'github-workflow'
  | 'github-action'
  | 'gitlab-ci'
  | 'bitbucket-pipelines'
  | 'azure-pipelines'
  | 'circleci'
  | 'jenkinsfile'
  | 'jenkins-casc'
  | 'repo-settings'
  | 'dependabot'
  | 'npmrc'
  | 'pypirc'
  | 'netrc'
  | 'git-credentials'
  | 'git-config'
  | 'docker-config'
  | 'dotenv'
  | 'docker-compose'
  | 'properties'
  | 'ansible-inventory'
  | 'asset-inventory'
  | 'asset-inventory-csv'
  | 'collaboration-settings'
  | 'gitlab-rb'
  | 'terraform'
  | 'vault-config'
  | 'gitea-ini'
  | 'grafana-ini'
  | 'mattermost-config'
  | 'keycloak-realm'
  | 'harbor-config'
  | 'argocd-config'
  | 'jira-dbconfig'
  | 'atlassian-cfg-xml'
  | 'seraph-config'
  | 'tomcat-server-xml'
  | 'maven-settings'
  | 'nuget-config'
  | 'kubernetes'
  | 'helm-values'
  | 'dockerfile'
  | 'spring-config'
  | 'dotnet-appsettings'
  | 'other';

/** Data a fix provider needs; travels in Diagnostic.data in the editor. */
export interface FixData {
  /** Which fix family can handle this finding, e.g. 'vault-reference', 'insert-setting'. */
  kind: string;
  [key: string]: unknown;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** What is wrong, why it matters, what to do. Never contains a full secret. */
  message: string;
  range: Range;
  /** For secrets: SHA-256 hex of `${ruleId}\0${secret}`; no line numbers, so moving lines keeps it. */
  fingerprint?: string;
  fix?: FixData;
  /** How sure the rule is; absent means high (a certain finding). */
  confidence?: Confidence;
}

/** A finding before the engine applies config (severity overrides, disabled rules, suppression). */
export type RawFinding = Omit<Finding, 'severity'> & { severity?: Severity };

export interface RuleMeta {
  /** Stable kebab-case id with a family prefix, e.g. `gha/unpinned-action`. */
  id: string;
  severity: Severity;
  /** One line for docs and SARIF `shortDescription`. */
  description: string;
  /** True when a quick fix exists for (some of) its findings. */
  fixable: boolean;
  /** File kinds the rule runs on; omitted means every kind. */
  kinds?: readonly FileKind[];
}
