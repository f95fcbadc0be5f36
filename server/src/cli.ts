// `outpost` command line: scan | baseline | rules. Exit codes: 0 nothing at or above --fail-on,
// 1 findings, 2 usage or configuration errors (with a message on stderr).
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, UsageError, USAGE } from './cli/args';
import type { FailOn, ScanArgs } from './cli/args';
import { ConfigFileError, scanPaths } from './cli/scan-files';
import type { ScanOutcome } from './cli/scan-files';
import { formatText } from './cli/format-text';
import { formatJson } from './cli/format-json';
import { formatSarif } from './cli/format-sarif';
import { ruleCatalog } from './engine/catalog';
import { BASELINE_FILE, serializeBaseline } from './engine/suppress/baseline';
import type { Severity } from './engine/types';
import { version } from '../../package.json';
import { runScanWorkerIfWorker } from './node/parallel-scan';
import { scanStaged } from './cli/scan-staged';
import { runHistory } from './cli/scan-history';
import { formatHistoryText, SUPPRESS_HINT } from './cli/format-history-text';
import { formatGitlab } from './cli/format-gitlab';
import { GitError } from './node/git/safe-git';
import { runReport } from './cli/report';

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

export function exitCodeFor(outcome: ScanOutcome, failOn: FailOn): number {
  if (failOn === 'none') return 0;
  return outcome.findings.some((f) => RANK[f.severity] >= RANK[failOn]) ? 1 : 0;
}

function progress(enabled: boolean): { tick: (n: number) => void; done: () => void } {
  if (!enabled) return { tick: () => undefined, done: () => undefined };
  let last = 0;
  return {
    tick: (n) => {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      process.stderr.write(`\rOutpost: ${n} files scanned…`);
    },
    done: () => process.stderr.write('\r\x1b[K'),
  };
}

function namesAFile(paths: readonly string[]): boolean {
  return paths.some((p) => {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  });
}

function emit(text: string, output: string | undefined): void {
  if (output) writeFileSync(output, text);
  else process.stdout.write(text);
}

async function runScan(args: ScanArgs): Promise<number> {
  const p = progress(process.stderr.isTTY === true);
  if (args.command === 'history') {
    const started = new Date();
    const h = await runHistory(args, p.tick);
    p.done();
    if (args.format !== 'text') for (const s of h.skipped) process.stderr.write(`Outpost: skipped ${s.path}: ${s.detail}\n`);
    emit(args.format === 'json' ? formatJson(h) : args.format === 'sarif' ? formatSarif(h, version) : args.format === 'gitlab' ? formatGitlab(h, version, started) : formatHistoryText(h, args.color && !args.output), args.output);
    return exitCodeFor(h, args.failOn);
  }
  const started = new Date();
  const outcome = args.staged ? scanStaged(args) : await scanPaths(args, p.tick);
  p.done();
  if (args.command === 'baseline') {
    const target = args.output ?? args.baseline ?? join(outcome.root, BASELINE_FILE);
    writeFileSync(target, serializeBaseline(outcome.findings.map((f) => ({ ruleId: f.ruleId, fingerprint: f.fingerprint!, path: f.rootPath }))));
    process.stderr.write(`Outpost: wrote ${outcome.findings.length} accepted finding${outcome.findings.length === 1 ? '' : 's'} to ${target}. Secrets in it still count as leaked: rotate them.\n`);
    return 0;
  }
  if (args.format !== 'text') {
    for (const s of outcome.skipped) process.stderr.write(`Outpost: skipped ${s.path}: ${s.detail}\n`);
  }
  let text = args.format === 'json' ? formatJson(outcome) : args.format === 'sarif' ? formatSarif(outcome, version) : args.format === 'gitlab' ? formatGitlab(outcome, version, started) : formatText(outcome, args.color && !args.output);
  // Pre-commit and lint-staged users meet Outpost in a failed commit: say how to move on.
  if (args.format === 'text' && outcome.findings.length > 0 && (args.staged || namesAFile(args.paths))) text += SUPPRESS_HINT + '\n';
  emit(text, args.output);
  return exitCodeFor(outcome, args.failOn);
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const cmd = parseArgs(argv, process.stdout.isTTY === true);
    switch (cmd.command) {
      case 'help':
        process.stdout.write(USAGE + '\n');
        return 0;
      case 'version':
        process.stdout.write(version + '\n');
        return 0;
      case 'rules': {
        const rules = ruleCatalog();
        process.stdout.write(cmd.format === 'json' ? JSON.stringify(rules, null, 2) + '\n' : rules.map((r) => `${r.id.padEnd(44)} ${r.severity.padEnd(8)} ${r.description}`).join('\n') + '\n');
        return 0;
      }
      case 'report':
        return await runReport(cmd);
      default:
        return await runScan(cmd);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`outpost: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof GitError) {
      process.stderr.write(`outpost: ${e.message}\n`);
      return 2;
    }
    if (e instanceof ConfigFileError) {
      process.stderr.write(`outpost: configuration error\n${e.message}\n`);
      return 2;
    }
    process.stderr.write(`outpost: unexpected error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    return 2;
  }
}

// The same bundle serves as the scan worker thread (see node/parallel-scan.ts).
if (require.main === module && !runScanWorkerIfWorker()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}
