// The rule fixture harness (secretlint-style). Each rule has a folder test/rules/<rule-id>/ with
//   ok.<case>.<ext> | ok.<case>/...   documents that must give no finding of the rule
//   ng.<case>.<ext> | ng.<case>/...   documents that must give findings of the rule, exactly as
//   snapshot.json                     records them (1-based line/column, masked message)
//   fixture.json (optional)           { "virtualPath": ".github/workflows/{file}", "now": "2026-11-27", "caseConfig": {"ok.x": {...}},
//                                       "config": { ...partial OutpostConfig... } }
// A case folder is a small workspace: every file in it is analysed at its relative path.
// UPDATE_SNAPSHOTS=1 rewrites snapshot.json (OUTPOST_RULES=<id prefix> limits it); review the diff.
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import { withDefaults } from '../../server/src/engine/config/config';
import type { OutpostConfig } from '../../server/src/engine/config/config';
import { LineIndex } from '../../server/src/engine/line-index';
import { workspacePassFindings } from './workspace-pass';

export interface FixtureFinding {
  file?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

interface FixtureOptions {
  virtualPath?: string;
  now?: string;
  config?: Partial<OutpostConfig>;
  /** Config for single cases, merged over `config` (e.g. one ok case that looks only at certain findings). */
  caseConfig?: Record<string, Partial<OutpostConfig>>;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

/** Analyses one case (file or folder) and returns the findings of `ruleId` in snapshot form. */
export function runCase(ruleDir: string, caseName: string, ruleId: string): { findings: FixtureFinding[]; leaks: string[] } {
  const optsPath = join(ruleDir, 'fixture.json');
  const opts: FixtureOptions = existsSync(optsPath) ? JSON.parse(readFileSync(optsPath, 'utf8')) : {};
  const casePath = join(ruleDir, caseName);
  const isDir = statSync(casePath).isDirectory();
  const files = isDir ? filesUnder(casePath) : [casePath];
  const config = withDefaults({ scanAllFiles: true, ...(opts.config ?? {}), ...(opts.caseConfig?.[caseName] ?? {}) });
  const now = new Date(opts.now ?? '2026-11-27T12:00:00Z');
  const findings: FixtureFinding[] = [];
  const leaks: string[] = [];
  for (const file of files) {
    const rel = isDir ? relative(casePath, file).split('\\').join('/') : caseName;
    const path = opts.virtualPath ? opts.virtualPath.replace('{file}', rel) : rel;
    const text = readFileSync(file, 'utf8');
    const lines = new LineIndex(text);
    const result = analyze({ path, text, config, now });
    assert.deepEqual(result.failures, [], `${caseName}: a rule threw`);
    // A case folder is a workspace: the cross-file pass (inventory vs config) runs over it too.
    const crossFile = isDir ? workspacePassFindings(files.map((f) => ({ path: relative(casePath, f).split('\\').join('/'), text: readFileSync(f, 'utf8') })), config).get(rel) ?? [] : [];
    for (const f of [...result.findings, ...crossFile]) {
      if (f.ruleId !== ruleId) continue;
      const s = lines.positionAt(f.range.start);
      const e = lines.positionAt(f.range.end);
      const item: FixtureFinding = { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, message: f.message };
      if (isDir) item.file = rel;
      findings.push(item);
      const covered = text.slice(f.range.start, f.range.end);
      if (ruleId.startsWith('secret/') && covered.length > 4 && f.message.includes(covered)) leaks.push(covered.slice(0, 4));
    }
  }
  return { findings, leaks };
}

/** Registers node:test cases for every rule folder under `root` (recursively: ids contain '/'). */
export function ruleFolders(root: string): { ruleId: string; dir: string }[] {
  const out: { ruleId: string; dir: string }[] = [];
  const walk = (dir: string): void => {
    const names = readdirSync(dir);
    if (names.some((n) => /^(ok|ng)\./.test(n))) {
      out.push({ ruleId: relative(root, dir).split('\\').join('/'), dir });
      return;
    }
    for (const n of names) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) walk(p);
    }
  };
  walk(root);
  return out.sort((a, b) => a.ruleId.localeCompare(b.ruleId));
}

export function readSnapshot(dir: string): Record<string, FixtureFinding[]> {
  const p = join(dir, 'snapshot.json');
  return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : {};
}

export function writeSnapshot(dir: string, snap: Record<string, FixtureFinding[]>): void {
  writeFileSync(join(dir, 'snapshot.json'), JSON.stringify(snap, null, 2) + '\n');
}
