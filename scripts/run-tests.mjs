// Runs node:test over the TypeScript test files under the given folders (Node 20's --test does
// not expand globs or pick up .ts files by itself). Usage: node scripts/run-tests.mjs test/unit test/rules x.test.ts
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: node scripts/run-tests.mjs <folder or file>...');
  process.exit(2);
}
const files = [];
const walk = (d) => {
  for (const n of readdirSync(d).sort()) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) {
      if (n !== 'node_modules' && n !== 'fixtures') walk(p);
    } else if (n.endsWith('.test.ts')) files.push(p);
  }
};
for (const d of dirs) {
  if (statSync(d).isDirectory()) walk(d);
  else files.push(d);
}
if (files.length === 0) {
  console.error(`no *.test.ts files under ${dirs.join(', ')}`);
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
