// Command-line parsing without dependencies. Anything unexpected is a UsageError (exit 2).
import type { Severity } from '../engine/types';
import { parseReportArgs } from './report-args';
import type { ReportArgs } from './report-args';
import { eachArg, takeSharedOption, UsageError } from './shared-options';
import type { SharedOptions } from './shared-options';

export { UsageError };

export type Format = 'text' | 'json' | 'sarif' | 'gitlab';
export type FailOn = Severity | 'none';

export interface ScanArgs extends SharedOptions {
  command: 'scan' | 'baseline' | 'history';
  paths: string[];
  /** Paths came from the command line (not the default '.'). */
  explicitPaths?: boolean;
  /** scan --staged: the index's content of added and modified files. */
  staged?: boolean;
  /** history --since REV|DATE. */
  since?: string;
  /** history --all: every ref, not only the current branch. */
  allRefs?: boolean;
  format: Format;
  failOn: FailOn;
  maxFileSizeKB?: number;
  color: boolean;
}

export type Command = ScanArgs | ReportArgs | { command: 'help' } | { command: 'version' } | { command: 'rules'; format: 'text' | 'json' };

export const USAGE = `Usage:
  outpost scan [paths...]      find hardcoded credentials and weak access settings (default path: .)
  outpost baseline [paths...]  accept the current findings: write .outpost-baseline.json
  outpost rules [--format json] list every rule
  outpost scan --staged [paths...]
                               scan what is about to be committed (the index), for pre-commit hooks
  outpost history [path] [--since REV|DATE] [--all]
                               scan the added lines of every commit for secrets (current branch)
  outpost report [path]        the posture report (assets, findings, reviews due) as one HTML page
Options for report:
  --output FILE                write the report to FILE instead of stdout
  --format html|json           the page (default) or the data behind it
  --since OLD.json             add "changed since" (new and resolved findings, asset status changes)
                               against an earlier report written with --format json
  --date YYYY-MM-DD            judge review dates as of this day (default today)
  --config, --baseline, --no-baseline, --all-files, --jobs as for scan
Options for scan and baseline:
  --format text|json|sarif     output format (default text)
  --fail-on error|warning|info|none
                               exit 1 when a finding is at or above this severity (default warning)
  --all-files                  scan every text file for secrets, whatever its kind
  --baseline FILE              accepted findings (default: .outpost-baseline.json in the first folder, if present)
  --no-baseline                ignore any baseline
  --config FILE                configuration (default: .outpost.yml in the first folder, if present)
  --output FILE                write the report (or the baseline) to FILE instead of stdout
  --max-file-size KB           skip (and report) files larger than this (default 1024)
  --jobs N                     worker threads for large scans (default: one per core, up to 4)
  --no-color                   plain text output
Options for history:
  --since REV|DATE             only commits after REV (a commit, tag or branch) or since DATE (2024-01-31, "2 weeks ago")
  --all                        every branch and tag, not only the current branch
  --format gitlab              (scan and history) GitLab secret-detection report JSON
Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage or configuration error.`;

const FORMATS = ['text', 'json', 'sarif', 'gitlab'] as const;
const FAIL_ON = ['error', 'warning', 'info', 'none'] as const;

export function parseArgs(argv: readonly string[], isTty: boolean): Command {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === '-h' || cmd === '--help' || cmd === 'help') return { command: 'help' };
  if (cmd === '-v' || cmd === '--version') return { command: 'version' };
  if (cmd === 'rules') {
    if (rest.length === 0) return { command: 'rules', format: 'text' };
    if (rest.length === 2 && rest[0] === '--format' && (rest[1] === 'json' || rest[1] === 'text')) return { command: 'rules', format: rest[1] };
    throw new UsageError(`unexpected arguments to "rules": ${rest.join(' ')}`);
  }
  if (cmd === 'report') return parseReportArgs(rest);
  if (cmd !== 'scan' && cmd !== 'baseline' && cmd !== 'history') throw new UsageError(`unknown command "${cmd}"`);
  const out: ScanArgs = {
    command: cmd,
    paths: [],
    format: 'text',
    failOn: 'warning',
    allFiles: false,
    noBaseline: false,
    color: isTty && !process.env['NO_COLOR'],
  };
  eachArg(rest, (a, take) => {
    if (takeSharedOption(out, a, take)) return;
    switch (a) {
      case '--format': {
        const v = take();
        if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${v}"`);
        out.format = v as Format;
        break;
      }
      case '--fail-on': {
        const v = take();
        if (!(FAIL_ON as readonly string[]).includes(v)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, not "${v}"`);
        out.failOn = v as FailOn;
        break;
      }
      case '--max-file-size': {
        const v = take();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1) throw new UsageError(`--max-file-size must be a whole number of KB, not "${v}"`);
        out.maxFileSizeKB = n;
        break;
      }
      case '--no-color':
        out.color = false;
        break;
      case '--staged':
        out.staged = true;
        break;
      case '--since': {
        const v = take();
        // A value starting with '-' would reach git as an option.
        if (v.startsWith('-')) throw new UsageError(`--since needs a commit or a date, not "${v}"`);
        out.since = v;
        break;
      }
      case '--all':
        out.allRefs = true;
        break;
      case '--color':
        out.color = true;
        break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option "${a}"`);
        out.paths.push(a);
    }
  });
  if (out.paths.length > 0) out.explicitPaths = true;
  if (out.paths.length === 0) out.paths.push('.');
  if (out.staged && out.command !== 'scan') throw new UsageError('--staged applies to "scan" only');
  if ((out.since !== undefined || out.allRefs) && out.command !== 'history') throw new UsageError('--since and --all apply to "history" only');
  if (out.command === 'history' && out.paths.length > 1) throw new UsageError('"history" takes one repository folder');
  if (out.command === 'baseline' && out.format !== 'text') throw new UsageError('--format applies to "scan" only');
  return out;
}
