// Analyses text that is not read from the working tree (a staged blob, the added lines of a
// commit) and positions the findings 1-based, as runScanJob does for files on disk.
import { analyze } from '../engine/analyze';
import type { AnalyzeResult } from '../engine/analyze';
import type { OutpostConfig } from '../engine/config/config';
import { LineIndex } from '../engine/line-index';
import type { PositionedFinding } from './scan-job';

export interface PositionedResult {
  kind: AnalyzeResult['kind'];
  findings: PositionedFinding[];
  failures: AnalyzeResult['failures'];
}

export function analyzeText(path: string, text: string, config: OutpostConfig, baseline?: ReadonlySet<string>): PositionedResult {
  const result = analyze({ path, text, config, ...(baseline ? { baseline } : {}) });
  if (result.findings.length === 0) return { kind: result.kind, findings: [], failures: result.failures };
  const lines = new LineIndex(text);
  const findings = result.findings.map((f) => {
    const a = lines.positionAt(f.range.start);
    const b = lines.positionAt(f.range.end);
    return { ...f, line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
  });
  return { kind: result.kind, findings, failures: result.failures };
}

/** Binary content, as read-text.ts decides it: a NUL byte in the first 8 KiB. */
export function looksBinary(buf: Buffer): boolean {
  return buf.subarray(0, 8192).includes(0);
}
