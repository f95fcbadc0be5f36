// ns per byte of the provider-detector pass (keyword prefilter + the detectors it selects) and of
// the whole secret scan, over the shared corpus (every file, read as text). Skips, saying so, when
// the corpus is absent. Usage: node --import tsx bench/provider-pass.ts [folder]
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AnalysisContext } from '../server/src/engine/context';
import { DEFAULT_CONFIG } from '../server/src/engine/config/config';
import { syntaxOf } from '../server/src/engine/kinds/detect-kind';
import { scanSecrets } from '../server/src/engine/secrets/scan-secrets';
import { KeywordPrefilter } from '../server/src/engine/secrets/keyword-prefilter';
import { providerDetectors } from '../server/src/engine/secrets/providers';
import { runDetector } from '../server/src/engine/secrets/scan-secrets';

const root = resolve(process.argv[2] ?? join(__dirname, '../../shared/corpus'));
if (!existsSync(root)) {
  console.log(`corpus not found at ${root}: skipped`);
  process.exit(0);
}
const files: { path: string; text: string }[] = [];
const walk = (d: string): void => {
  for (const n of readdirSync(d)) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else {
      const buf = readFileSync(p);
      if (!buf.subarray(0, 8192).includes(0)) files.push({ path: p, text: buf.toString('utf8') });
    }
  }
};
walk(root);
const bytes = files.reduce((n, f) => n + f.text.length, 0);
const ctxs = (): AnalysisContext[] => files.map((f) => new AnalysisContext(f.path, f.text, 'other', syntaxOf('other', f.path), DEFAULT_CONFIG, new Date()));

function best(label: string, run: (cs: AnalysisContext[]) => void): void {
  let min = Infinity;
  for (let i = 0; i < 7; i++) {
    const cs = ctxs();
    for (const c of cs) void c.lowerText; // lower-casing is shared by every check, not the detectors'
    const t = process.hrtime.bigint();
    run(cs);
    min = Math.min(min, Number(process.hrtime.bigint() - t));
  }
  console.log(`${label}: ${(min / bytes).toFixed(2)} ns/byte (${(min / 1e6).toFixed(1)} ms for ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB)`);
}

const pf = new KeywordPrefilter(providerDetectors);
console.log(`${providerDetectors.length} provider detectors, ${new Set(providerDetectors.flatMap((d) => d.keywords)).size} keywords`);
best('provider pass (prefilter + selected detectors)', (cs) => {
  for (const c of cs) for (const d of pf.candidates(c.lowerText)) runDetector({ ...d, keywords: [] }, c, []);
});
best('whole secret scan (providers + generic + fix data)', (cs) => {
  for (const c of cs) scanSecrets(c);
});
