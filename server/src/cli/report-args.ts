// Arguments of `outpost report [PATH] [--output FILE] [--format html|json] [--since OLD.json]`.
// The scan options it shares with `outpost scan` mean the same thing here. Its usage text is in args.ts
// (USAGE), so neither module needs the other while it loads.
import type { ScanArgs } from './args';
import { UsageError } from './args';

export interface ReportArgs {
  command: 'report';
  paths: string[];
  format: 'html' | 'json';
  output?: string;
  since?: string;
  /** YYYY-MM-DD: judge review dates as of this day (default: today). */
  date?: string;
  config?: string;
  baseline?: string;
  noBaseline: boolean;
  allFiles: boolean;
  jobs?: number;
}

export function parseReportArgs(rest: readonly string[]): ReportArgs {
  const out: ReportArgs = { command: 'report', paths: [], format: 'html', noBaseline: false, allFiles: false };
  for (let i = 0; i < rest.length; i++) {
    let a = rest[i]!;
    let inline: string | undefined;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    if (eq > 0) {
      inline = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const take = (): string => {
      if (inline !== undefined) return inline;
      const v = rest[i + 1];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      i++;
      return v;
    };
    switch (a) {
      case '--format': {
        const v = take();
        if (v !== 'html' && v !== 'json') throw new UsageError(`--format for report must be html or json, not "${v}"`);
        out.format = v;
        break;
      }
      case '--output':
      case '-o':
        out.output = take();
        break;
      case '--since':
        out.since = take();
        break;
      case '--date': {
        const v = take();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T12:00:00Z`))) throw new UsageError(`--date must be a day as YYYY-MM-DD, not "${v}"`);
        out.date = v;
        break;
      }
      case '--config':
        out.config = take();
        break;
      case '--baseline':
        out.baseline = take();
        break;
      case '--no-baseline':
        out.noBaseline = true;
        break;
      case '--all-files':
        out.allFiles = true;
        break;
      case '--jobs': {
        const v = take();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${v}"`);
        out.jobs = n;
        break;
      }
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option "${a}" for report`);
        out.paths.push(a);
    }
  }
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
