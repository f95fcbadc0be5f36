// GitLab's secret-detection report (the `secret_detection` artifact of a CI job), so findings
// show in merge requests and the vulnerability report. Shape from GitLab's published
// security-report-schemas (secret-detection-report-format.json, version 15.x): required are
// version, vulnerabilities[] {id, category, name, description, severity, location {file,
// start_line, commit.sha}, identifiers[]} and scan {analyzer, scanner, type, status, start_time,
// end_time}. Only secret findings belong in this report; posture findings stay in text/SARIF.
import { createHash } from 'node:crypto';
import { ruleCatalog } from '../engine/catalog';
import { docsUrl } from '../engine/docs-url';
import type { Severity } from '../engine/types';
import type { LocatedFinding, ScanOutcome } from './scan-files';

export const GITLAB_SCHEMA_VERSION = '15.2.1';

const SEVERITY: Record<Severity, string> = { error: 'Critical', warning: 'Medium', info: 'Info' };
/** No commit known (a scan outside CI of the working tree): GitLab still requires a sha. */
const NO_COMMIT = '0000000000000000000000000000000000000000';

/** GitLab's time format: no fraction, no zone (UTC). */
const gitlabTime = (d: Date): string => d.toISOString().slice(0, 19);

/** A stable UUID-shaped id: the same finding keeps its id across pipelines. */
function stableId(f: LocatedFinding): string {
  const h = createHash('sha256').update(`${f.ruleId}\0${f.fingerprint ?? ''}\0${f.rootPath}\0${f.fingerprint ? '' : f.line}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function formatGitlab(outcome: ScanOutcome, version: string, started: Date, ended = new Date()): string {
  const descriptions = new Map(ruleCatalog(outcome.config).map((r) => [r.id, r.description]));
  const ciCommit = process.env['CI_COMMIT_SHA'];
  const tool = { id: 'outpost', name: 'Outpost', version, vendor: { name: 'Outpost' } };
  const vulnerabilities = outcome.findings
    .filter((f) => f.ruleId.startsWith('secret/'))
    .map((f) => ({
      id: stableId(f),
      category: 'secret_detection',
      name: descriptions.get(f.ruleId) ?? f.ruleId,
      description: f.message,
      severity: SEVERITY[f.severity],
      confidence: f.ruleId.startsWith('secret/generic') ? 'Medium' : 'High',
      location: {
        file: f.rootPath,
        start_line: f.line,
        end_line: f.endLine,
        commit: f.history ? { sha: f.history.commit, author: f.history.author, date: f.history.date } : { sha: ciCommit && /^[0-9a-f]{7,64}$/.test(ciCommit) ? ciCommit : NO_COMMIT },
      },
      identifiers: [{ type: 'outpost_rule_id', name: `Outpost ${f.ruleId}`, value: f.ruleId, url: docsUrl(f.ruleId) }],
    }));
  const report = {
    version: GITLAB_SCHEMA_VERSION,
    vulnerabilities,
    scan: {
      analyzer: tool,
      scanner: tool,
      type: 'secret_detection',
      status: outcome.failures.length === 0 ? 'success' : 'failure',
      start_time: gitlabTime(started),
      end_time: gitlabTime(ended),
    },
  };
  return JSON.stringify(report, null, 2) + '\n';
}
