// `outpost report`: scans the workspace like `outpost scan`, reads its asset inventories, and writes
// the posture page (one self-contained HTML file) or the data behind it (JSON). With --since, the
// page adds what changed since an earlier report's JSON. Exit 0 when written, 2 on usage errors.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { scanPaths } from './scan-files';
import { readTextFile } from '../node/read-text';
import { UsageError } from './args';
import type { ReportArgs } from './report-args';
import { scanArgsFor } from './report-args';
import { INVENTORY_KINDS } from '../engine/rules/inventory/assets';
import { buildPosture } from '../report/posture-model';
import type { LocatedAsset, PostureModel } from '../report/posture-model';
import { configuredReviewDays, locateAssets } from '../report/locate-assets';
import { changesSince, parsePreviousReport, PreviousReportError } from '../report/changes-since';
import type { PostureChanges } from '../report/changes-since';
import { renderPostureHtml } from '../report/render-html';

function readPrevious(path: string): PostureModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`--since ${path}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return parsePreviousReport(text);
  } catch (e) {
    if (e instanceof PreviousReportError) throw new UsageError(`--since ${path}: ${e.message}`);
    throw e;
  }
}

export async function runReport(args: ReportArgs): Promise<number> {
  // Read the previous report first: a bad --since should fail before a long scan.
  const previous = args.since ? readPrevious(args.since) : undefined;
  const outcome = await scanPaths(scanArgsFor(args));
  const assets: LocatedAsset[] = [];
  const files = new Set<string>();
  for (const f of outcome.scanned ?? []) {
    files.add(f.rel);
    if (!(INVENTORY_KINDS as readonly string[]).includes(f.kind)) continue;
    const read = await readTextFile(f.abs, outcome.config.maxFileSizeKB * 1024);
    if ('text' in read) assets.push(...locateAssets(f.rel, read.text, outcome.config));
  }
  assets.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  const now = args.date ? new Date(`${args.date}T12:00:00Z`) : new Date();
  const defaultReviewDays = configuredReviewDays(outcome.config);
  const model = buildPosture({
    workspace: basename(outcome.root),
    now,
    assets,
    files,
    findings: outcome.findings.map((f) => {
      const out = { ruleId: f.ruleId, severity: f.severity, message: f.message, path: f.rootPath, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn };
      return f.fingerprint ? { ...out, fingerprint: f.fingerprint } : out;
    }),
    ...(defaultReviewDays ? { defaultReviewDays } : {}),
  });
  const changes: PostureChanges | undefined = previous ? changesSince(previous, model) : undefined;
  const text = args.format === 'json' ? JSON.stringify(changes ? { ...model, changes } : model, null, 2) + '\n' : renderPostureHtml(model, { variant: 'file', nonce: randomBytes(16).toString('base64'), ...(changes ? { changes } : {}) });
  if (args.output) {
    writeFileSync(args.output, text);
    process.stderr.write(`Outpost: wrote the ${args.format === 'json' ? 'report data' : 'report'} of ${model.assets.length} asset${model.assets.length === 1 ? '' : 's'} and ${model.findings.total} finding${model.findings.total === 1 ? '' : 's'} to ${args.output}.\n`);
  } else process.stdout.write(text);
  return 0;
}
