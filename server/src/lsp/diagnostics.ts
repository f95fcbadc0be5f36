// Engine findings -> LSP diagnostics. Offsets become positions only here, at the edge.
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Diagnostic, Position } from 'vscode-languageserver';
import type { Finding, Severity } from '../engine/types';
import { docsUrl } from '../engine/docs-url';
import type { DiagnosticData } from './protocol';

export const SOURCE = 'outpost';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toLspSeverity(s: Severity): DiagnosticSeverity {
  return SEVERITY[s];
}

export function fromLspSeverity(s: DiagnosticSeverity | undefined): Severity {
  return s === DiagnosticSeverity.Error ? 'error' : s === DiagnosticSeverity.Warning ? 'warning' : 'info';
}

export interface PositionSource {
  positionAt(offset: number): Position;
}

export function findingToDiagnostic(f: Finding, doc: PositionSource, version: number | null): Diagnostic {
  const data: DiagnosticData = { version };
  if (f.fix) data.fix = f.fix;
  if (f.fingerprint) data.fingerprint = f.fingerprint;
  return {
    range: { start: doc.positionAt(f.range.start), end: doc.positionAt(f.range.end) },
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.ruleId,
    codeDescription: { href: docsUrl(f.ruleId) },
    message: f.message,
    data,
  };
}

/** A diagnostic of the server itself (no rule, no fix), e.g. a file over the size limit. */
export function serverDiagnostic(code: string, message: string, severity: Severity, line = 0, character = 0): Diagnostic {
  const data: DiagnosticData = { version: null };
  return {
    range: { start: { line, character }, end: { line, character } },
    severity: SEVERITY[severity],
    source: SOURCE,
    code,
    message,
    data,
  };
}

export function isOutpostDiagnostic(d: Diagnostic): boolean {
  return d.source === SOURCE && typeof d.code === 'string';
}

export function diagnosticData(d: Diagnostic): DiagnosticData | undefined {
  const data = d.data as DiagnosticData | undefined;
  if (typeof data !== 'object' || data === null) return undefined;
  if (data.version !== null && typeof data.version !== 'number') return undefined;
  return data;
}
