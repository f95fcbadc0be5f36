// One file of a workspace scan, read and analysed: the unit of work the CLI (and a worker thread
// of parallel-scan.ts) performs per file. Pure apart from reading the file; returns plain data
// (structured-clone safe) with 1-based positions already computed, so a worker never has to
// send the file's text back.
import { createHash } from 'node:crypto';
import { analyze, analyzeBinary } from '../engine/analyze';
import type { RuleFailure } from '../engine/analyze';
import type { OutpostConfig } from '../engine/config/config';
import { detectKind } from '../engine/kinds/detect-kind';
import { LineIndex } from '../engine/line-index';
import type { FileKind, Finding } from '../engine/types';
import { readTextFileSync } from './read-text';
import { ANALYSIS_BUDGET_RULE } from '../engine/budget';
import type { SkipReason } from './read-text';

export interface ScanJob {
  /**
   * Set by the parallel scan when a worker had to be stopped on this file (past the hard limit):
   * the job is then reported as skipped instead of analysed again.
   */
  timedOut?: number;
  /** Absolute path to read. */
  path: string;
  /** Path relative to the scan root (decides the file kind). */
  rel: string;
  /** Named on the command line: analysed whatever its kind. */
  explicit: boolean;
}

export interface ScanSettings {
  config: OutpostConfig;
  /** Accepted fingerprints (an array: it crosses to worker threads). */
  baseline?: readonly string[];
  maxBytes: number;
  /** Hash each file's text into its result (the per-file cache needs it; scanInParallel sets it). */
  hashContent?: boolean;
}

export interface PositionedFinding extends Finding {
  /** 1-based. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type JobResult =
  | {
      job: ScanJob;
      kind: FileKind | undefined;
      chars: number;
      findings: PositionedFinding[];
      failures: RuleFailure[];
      /** The text's SHA-256, when the settings asked for it. */
      sha256?: string;
      /** Set when the analysis ran past its budget: what to say about the file (the findings are those found before the stop). */
      tooSlow?: string;
    }
  | { job: ScanJob; skipped: SkipReason; detail: string; pathKind: FileKind | undefined };

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const baselineSets = new WeakMap<readonly string[], Set<string>>();

/** "<path> took too long: …" for a file whose analysis was stopped. */
export function tooSlowDetail(limitMs: number, hard: boolean): string {
  return hard
    ? `took too long: its analysis was stopped after ${limitMs} ms (a hard limit) and the file was not checked`
    : `took too long: Outpost stopped analysing it after its ${limitMs} ms budget (analysisBudgetMs in .outpost.yml), so it was only partly checked`;
}

export function runScanJob(job: ScanJob, s: ScanSettings): JobResult {
  if (job.timedOut !== undefined) return { job, skipped: 'too-slow', detail: tooSlowDetail(job.timedOut, true), pathKind: detectKind(job.rel) };
  const read = readTextFileSync(job.path, s.maxBytes);
  let baseline: Set<string> | undefined;
  if (s.baseline) {
    baseline = baselineSets.get(s.baseline);
    if (!baseline) baselineSets.set(s.baseline, (baseline = new Set(s.baseline)));
  }
  if ('skipped' in read) {
    // A binary keystore or DER key is a finding by its name; other skipped files are reported as skipped.
    const named = read.skipped === 'binary' ? analyzeBinary({ path: job.rel, config: s.config, ...(baseline ? { baseline } : {}) }) : [];
    if (named.length > 0) {
      const findings = named.map((f) => ({ ...f, line: 1, column: 1, endLine: 1, endColumn: 1 }));
      return { job, kind: 'other', chars: 0, findings, failures: [] };
    }
    return { job, skipped: read.skipped, detail: read.detail, pathKind: detectKind(job.rel) };
  }
  const config = job.explicit ? { ...s.config, scanAllFiles: true } : s.config;
  const result = analyze({ path: job.rel, text: read.text, config, ...(baseline ? { baseline } : {}) });
  let findings: PositionedFinding[] = [];
  // The CLI reports a stopped file in its `skipped` list (and SARIF notifications) instead of as a finding.
  const kept = result.budgetExceeded ? result.findings.filter((f) => f.ruleId !== ANALYSIS_BUDGET_RULE) : result.findings;
  if (kept.length > 0) {
    const lines = new LineIndex(read.text);
    findings = kept.map((f) => {
      const a = lines.positionAt(f.range.start);
      const b = lines.positionAt(f.range.end);
      const p: PositionedFinding = { ...f, line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
      // Fix data serves the editor's code actions; no report prints it. Dropped here, it is neither
      // copied from a worker nor kept for every finding of a large scan.
      delete p.fix;
      return p;
    });
  }
  // The content hash lets a result cache recognise a file that was touched but not changed.
  const out: JobResult = { job, kind: result.kind, chars: read.text.length, findings, failures: result.failures };
  if (s.hashContent) out.sha256 = contentHash(read.text);
  if (result.budgetExceeded) out.tooSlow = tooSlowDetail(result.budgetExceeded.limitMs, false);
  return out;
}
