// Machine output; the shape is a contract: {"version":1,"findings":[{ruleId, severity, path,
// line, column, endLine, endColumn, message, fingerprint, confidence}], skipped: [{path, reason, detail}]},
// 1-based positions. `skipped` lists files not (fully) analysed: binary, too-large, unreadable, too-slow.
// `outpost history` adds commit, author, date, count and presentAtHead to each finding.
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
  const skipped = outcome.skipped.map((s) => ({ path: s.path, reason: s.reason, detail: s.detail }));
  return JSON.stringify({ version: 1, findings, skipped }, null, 2) + '\n';
}
