// Bundles the three entry points. The client keeps `vscode` external (the editor provides it);
// the server and the CLI are self-contained so the .vsix ships no node_modules.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const entries = [
  { name: 'cli', entry: 'server/src/cli.ts', external: [] },
  { name: 'server', entry: 'server/src/server.ts', external: [] },
  { name: 'client', entry: 'client/src/extension.ts', external: ['vscode'] },
].filter((e) => (!only || only.split(',').includes(e.name)) && existsSync(e.entry));

for (const e of entries) {
  const options = {
    entryPoints: [e.entry],
    outfile: `dist/${e.name}.js`,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: !production,
    minify: production,
    external: e.external,
    // jsonc-parser's UMD main build hides its requires from bundlers; its ESM build bundles cleanly.
    mainFields: ['module', 'main'],
    logLevel: 'warning',
    banner: e.name === 'cli' ? { js: '#!/usr/bin/env node' } : undefined,
  };
  if (watch) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  } else {
    await esbuild.build(options);
  }
}
