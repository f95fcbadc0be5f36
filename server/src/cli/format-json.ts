// Machine output; the shape is a contract: {"version":1,"findings":[{ruleId, severity, path,
// line, column, endLine, endColumn, message, fingerprint, confidence}]}, 1-based positions; `outpost history`
// adds commit, author, date, count and presentAtHead to each finding.
import type { ScanOutcome } from './scan-files';

export function formatJson(outcome: ScanOutcome): string {
  const findings = outcome.findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    path: f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    message: f.message,
    fingerprint: f.fingerprint,
    confidence: f.confidence ?? 'high',
    ...(f.history ? { commit: f.history.commit, author: f.history.author, date: f.history.date, count: f.history.count, presentAtHead: f.history.presentAtHead } : {}),
  }));
  return JSON.stringify({ version: 1, findings }, null, 2) + '\n';
}
