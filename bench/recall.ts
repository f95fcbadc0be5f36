// Does the scan that was timed also find what was planted? Runs the Outpost CLI (JSON) once on a
// generated workspace and compares with its manifest: planted files without a secret finding
// (misses) and secret findings in files without a planted secret (false positives).
//
//   node --import tsx bench/recall.ts [--files 20000]
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { CLI } from './lib/tools';
import { ensureWorkspace, defaultWorkspaceDir, manifestPath } from './workspace/generate';
import type { Manifest } from './workspace/generate';

export interface Recall {
  planted: number;
  found: number;
  missed: { path: string; type: string }[];
  falsePositives: { path: string; ruleIds: string[] }[];
}

export function recall(files: number): Recall {
  const dir = defaultWorkspaceDir(files);
  ensureWorkspace(files, dir);
  const m = JSON.parse(readFileSync(manifestPath(dir), 'utf8')) as Manifest;
  const out = execFileSync(process.execPath, [CLI, 'scan', '.', '--format', 'json', '--fail-on', 'none'], { cwd: dir, maxBuffer: 1 << 30, encoding: 'utf8' });
  const findings = (JSON.parse(out) as { findings: { ruleId: string; path: string }[] }).findings.filter((f) => f.ruleId.startsWith('secret/'));
  const byPath = new Map<string, string[]>();
  for (const f of findings) byPath.set(f.path, [...(byPath.get(f.path) ?? []), f.ruleId]);
  const planted = new Set(m.planted.map((p) => p.path));
  const missed = m.planted.filter((p) => !byPath.has(p.path));
  return {
    planted: m.planted.length,
    found: m.planted.length - missed.length,
    missed,
    falsePositives: [...byPath].filter(([p]) => !planted.has(p)).map(([path, ruleIds]) => ({ path, ruleIds })),
  };
}

if (require.main === module) {
  const i = process.argv.indexOf('--files');
  const r = recall(i > 0 ? Number(process.argv[i + 1]) : 20000);
  console.log(`planted ${r.planted}, found ${r.found}, missed ${r.missed.length}, secret findings outside planted files ${r.falsePositives.length}`);
  if (r.missed.length) console.log('missed:', r.missed.slice(0, 20));
  if (r.falsePositives.length) console.log('false positives:', r.falsePositives.slice(0, 20));
}
