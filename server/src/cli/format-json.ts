// Machine output; the shape is a contract: {"version":1,"findings":[{ruleId, severity, path,
// line, column, endLine, endColumn, message, fingerprint, confidence}]}, 1-based positions.
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
  }));
  return JSON.stringify({ version: 1, findings }, null, 2) + '\n';
}
