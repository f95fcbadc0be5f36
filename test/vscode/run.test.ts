// Runs the extension-host suite (test/vscode/suite) inside a real VS Code desktop build with @vscode/test-electron.
// A VS Code build is needed: VSCODE_EXECUTABLE_PATH, or OUTPOST_VSCODE_DOWNLOAD=1 where the machine can download
// one. Without either, the test is reported as skipped (with the reason), not as passed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = join(__dirname, '..', '..');
const executable = process.env.VSCODE_EXECUTABLE_PATH;
const download = process.env.OUTPOST_VSCODE_DOWNLOAD === '1';

const skip = executable
  ? existsSync(executable)
    ? false
    : `VSCODE_EXECUTABLE_PATH=${executable} does not exist`
  : download
    ? false
    : 'no VS Code build: set VSCODE_EXECUTABLE_PATH to a VS Code (>= 1.100) executable, or OUTPOST_VSCODE_DOWNLOAD=1 on a machine that can download one (this one cannot)';

if (skip) console.log(`test:vscode skipped: ${skip}`);

test('the extension-host suite passes in VS Code (@vscode/test-electron)', { skip, timeout: 600_000 }, async () => {
  for (const bundle of ['dist/client.js', 'dist/server.js']) {
    assert.ok(existsSync(join(ROOT, bundle)), `${bundle} is built (npm run build)`);
  }
  // The suite runs inside the extension host, which loads JavaScript: bundle it next to the repo so `mocha`
  // and `vscode` resolve (node_modules by walking up; `vscode` is provided by the host).
  const outDir = join(ROOT, '.cache', 'vscode-test', 'out');
  await esbuild.build({
    entryPoints: [join(__dirname, 'suite', 'index.ts')],
    outfile: join(outDir, 'suite.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    external: ['vscode'],
    sourcemap: true,
    logLevel: 'warning',
  });

  const scratch = mkdtempSync(join(tmpdir(), 'outpost-vscode-test-'));
  const workspace = join(scratch, 'workspace');
  cpSync(join(ROOT, 'test', 'e2e', 'fixtures', 'workspace'), workspace, { recursive: true });
  const { runTests } = await import('@vscode/test-electron');
  try {
    const exitCode = await runTests({
      ...(executable ? { vscodeExecutablePath: executable } : { version: '1.100.3' }),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(outDir, 'suite.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(scratch, 'user-data'), '--skip-welcome', '--skip-release-notes'],
      extensionTestsEnv: { OUTPOST_TEST_WORKSPACE: workspace },
    });
    assert.equal(exitCode, 0, 'the mocha suite in the extension host passed');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
