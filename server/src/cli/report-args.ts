// Arguments of `outpost report [PATH] [--output FILE] [--format html|json] [--since OLD.json]`.
// The scan options it shares with `outpost scan` mean the same thing here and are parsed by the same
// code (shared-options.ts). Its usage text is in args.ts (USAGE); this module takes only a type from
// args.ts, so the two do not import each other at run time.
import type { ScanArgs } from './args';
import { eachArg, takeSharedOption, UsageError } from './shared-options';
import type { SharedOptions } from './shared-options';

export interface ReportArgs extends SharedOptions {
  command: 'report';
  paths: string[];
  format: 'html' | 'json';
  since?: string;
  /** YYYY-MM-DD: judge review dates as of this day (default: today). */
  date?: string;
}

export function parseReportArgs(rest: readonly string[]): ReportArgs {
  const out: ReportArgs = { command: 'report', paths: [], format: 'html', noBaseline: false, allFiles: false };
  eachArg(rest, (a, take) => {
    if (takeSharedOption(out, a, take)) return;
    switch (a) {
      case '--format': {
        const v = take();
        if (v !== 'html' && v !== 'json') throw new UsageError(`--format for report must be html or json, not "${v}"`);
        out.format = v;
        break;
      }
      case '--since':
        out.since = take();
        break;
      case '--date': {
        const v = take();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T12:00:00Z`))) throw new UsageError(`--date must be a day as YYYY-MM-DD, not "${v}"`);
        out.date = v;
        break;
      }
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option "${a}" for report`);
        out.paths.push(a);
    }
  });
  if (out.paths.length > 1) throw new UsageError('report takes one folder (the workspace), not several');
  if (out.paths.length === 0) out.paths.push('.');
  return out;
}

/** The scan behind the report: every finding, nothing fails it. */
export function scanArgsFor(r: ReportArgs): ScanArgs {
  const s: ScanArgs = { command: 'scan', paths: r.paths, format: 'json', failOn: 'none', allFiles: r.allFiles, noBaseline: r.noBaseline, color: false };
  if (r.config !== undefined) s.config = r.config;
  if (r.baseline !== undefined) s.baseline = r.baseline;
  if (r.jobs !== undefined) s.jobs = r.jobs;
  return s;
}
