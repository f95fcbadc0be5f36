// One document's analysis for the editor: the size limit, the engine, rule failures logged one
// line each, and the findings turned into diagnostics.
import type { Diagnostic } from 'vscode-languageserver';
import { analyze, analyzeBinary } from '../engine/analyze';
import { LineIndex } from '../engine/line-index';
import type { OutpostConfig } from '../engine/config/config';
import type { FileKind, Finding } from '../engine/types';
import { findingToDiagnostic, serverDiagnostic } from './diagnostics';
import type { PositionSource } from './diagnostics';
import { ServerCodes } from './protocol';
import type { Logger } from './log';

export interface DocumentInput {
  uri: string;
  /** Path used for kind detection: relative to the workspace folder when inside one. */
  path: string;
  text: string;
  /** Document version, or null for a file read from disk. */
  version: number | null;
  config: OutpostConfig;
  baseline: ReadonlySet<string> | undefined;
  positions: PositionSource;
}

export interface DocumentResult {
  kind: FileKind | undefined;
  findings: Finding[];
  diagnostics: Diagnostic[];
  analyzeMs: number;
  /** The analysis ran past its budget and was stopped (the diagnostics include one outpost/analysis-budget). */
  tooSlow?: boolean;
}

export function tooLargeDiagnostic(sizeBytes: number, limitKB: number): Diagnostic {
  return serverDiagnostic(
    ServerCodes.fileTooLarge,
    `Outpost did not check this file: it is ${Math.ceil(sizeBytes / 1024)} KB, over the ${limitKB} KB limit, so secrets in it would go unnoticed. ` +
      'Raise "outpost.maxFileSizeKB" (or maxFileSizeKB in .outpost.yml) to check it.',
    'info',
  );
}

export function analyzeDocument(input: DocumentInput, log: Logger): DocumentResult {
  const limit = input.config.maxFileSizeKB * 1024;
  // String length counts UTF-16 units; close enough to bytes for a limit meant to stop huge files.
  if (input.text.length > limit) {
    return { kind: undefined, findings: [], diagnostics: [tooLargeDiagnostic(input.text.length, input.config.maxFileSizeKB)], analyzeMs: 0 };
  }
  const started = performance.now();
  const result = analyze({ path: input.path, text: input.text, config: input.config, ...(input.baseline ? { baseline: input.baseline } : {}) });
  const analyzeMs = performance.now() - started;
  for (const f of result.failures) log.error(`Outpost: rule ${f.ruleId} failed on ${input.uri}: ${f.message.split('\n')[0]}`);
  if (result.budgetExceeded) log.info(`Outpost: stopped analysing ${input.uri} after ${result.budgetExceeded.elapsedMs} ms (budget ${result.budgetExceeded.limitMs} ms).`);
  const out: DocumentResult = {
    kind: result.kind,
    findings: result.findings,
    diagnostics: result.findings.map((f) => findingToDiagnostic(f, input.positions, input.version)),
    analyzeMs,
  };
  if (result.budgetExceeded) out.tooSlow = true;
  return out;
}

/** A binary file's findings (keystores, DER keys: by name) as diagnostics on its first position. */
export function binaryFileDiagnostics(path: string, config: OutpostConfig, baseline: ReadonlySet<string> | undefined): { findings: Finding[]; diagnostics: Diagnostic[] } {
  const findings = analyzeBinary({ path, config, ...(baseline ? { baseline } : {}) });
  const positions = new LineIndex('');
  return { findings, diagnostics: findings.map((f) => findingToDiagnostic(f, positions, null)) };
}
