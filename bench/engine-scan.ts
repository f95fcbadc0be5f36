// Scans a folder with the engine in this process, the way the CLI does (walk, read, analyze),
// without formatting output. Used to profile the engine (`--cpu-prof`) and to check the generated
// workspace: every planted secret found, no secret finding in a file without one.
//
//   node --import tsx bench/engine-scan.ts DIR... [--all-files] [--manifest DIR.manifest.json]
import { readFileSync } from 'node:fs';
import { analyze } from '../server/src/engine/analyze';
import { withDefaults } from '../server/src/engine/config/config';
import { readTextFile } from '../server/src/node/read-text';
import { walkFiles } from '../server/src/node/walk';
import type { Manifest } from './workspace/generate';

export interface EngineScanSummary {
  files: number;
  analysed: number;
  bytes: number;
  findings: number;
  secretFindingsByFile: Map<string, string[]>;
  failures: number;
  ms: number;
}

export async function engineScan(roots: readonly string[], allFiles = false): Promise<EngineScanSummary> {
  const config = withDefaults({ scanAllFiles: allFiles });
  const t0 = performance.now();
  const s: EngineScanSummary = { files: 0, analysed: 0, bytes: 0, findings: 0, secretFindingsByFile: new Map(), failures: 0, ms: 0 };
  for (const root of roots) for await (const f of walkFiles(root)) {
    s.files++;
    const r = await readTextFile(f.path, config.maxFileSizeKB * 1024);
    if (!('text' in r)) continue;
    s.bytes += r.text.length;
    const res = analyze({ path: f.rel, text: r.text, config });
    if (res.kind) s.analysed++;
    s.findings += res.findings.length;
    s.failures += res.failures.length;
    const secrets = res.findings.filter((x) => x.ruleId.startsWith('secret/')).map((x) => x.ruleId);
    if (secrets.length > 0) s.secretFindingsByFile.set(f.rel, secrets);
  }
  s.ms = performance.now() - t0;
  return s;
}

/** Planted files without a secret finding (misses) and secret findings elsewhere (false positives). */
export function compareWithManifest(s: EngineScanSummary, m: Manifest): { missed: Manifest['planted']; falsePositives: [string, string[]][] } {
  const planted = new Set(m.planted.map((p) => p.path));
  return {
    missed: m.planted.filter((p) => !s.secretFindingsByFile.has(p.path)),
    falsePositives: [...s.secretFindingsByFile].filter(([p]) => !planted.has(p)),
  };
}

if (require.main === module) {
  const mi = process.argv.indexOf('--manifest');
  const roots = process.argv.slice(2).filter((a, i) => !a.startsWith('--') && i + 2 !== mi + 1);
  if (roots.length === 0) throw new Error('usage: engine-scan.ts DIR... [--all-files] [--manifest FILE]');
  void engineScan(roots, process.argv.includes('--all-files')).then((s) => {
    console.log(`${s.files} files (${s.analysed} analysed), ${(s.bytes / 1048576).toFixed(1)} MB, ${s.findings} findings, ${s.failures} rule failures, ${(s.ms / 1000).toFixed(2)} s, ${(s.files / (s.ms / 1000)).toFixed(0)} files/s`);
    if (mi > 0) {
      const c = compareWithManifest(s, JSON.parse(readFileSync(process.argv[mi + 1]!, 'utf8')) as Manifest);
      console.log(`missed planted: ${c.missed.length}`, c.missed.slice(0, 20));
      console.log(`secret findings outside planted files: ${c.falsePositives.length}`, c.falsePositives.slice(0, 20));
    }
  });
}
