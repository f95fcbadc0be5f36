// The two ways to run the extension-host suite (test/vscode/suite):
// - a VS Code desktop build through @vscode/test-electron (VSCODE_EXECUTABLE_PATH, or a download where allowed);
// - code-server's extension host: its web workbench accepts the same development options (extension folder,
//   tests path) in the page URL and runs the suite in the Node extension host on this machine.
// Both load the extension from the repository (dist/client.js, dist/server.js), not from a .vsix.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { CODE_SERVER_BIN, REPO_ROOT, startCodeServer } from '../e2e/support/code-server';
import type { SuiteReport } from './suite/index';

const FIXTURE = join(REPO_ROOT, 'test', 'e2e', 'fixtures', 'workspace');
const OUT_DIR = join(REPO_ROOT, '.cache', 'vscode-test', 'out');
const SUITE = join(OUT_DIR, 'suite.js');
const REPORT = join(OUT_DIR, 'report.json');
const OUTPUT = join(REPO_ROOT, 'test-output', 'vscode');

/**
 * Bundles the suite for the extension host, which loads JavaScript. It sits inside the repository so `mocha`
 * resolves from node_modules by walking up; `vscode` is provided by the host.
 */
async function buildSuite(): Promise<void> {
  for (const bundle of ['dist/client.js', 'dist/server.js']) {
    if (!existsSync(join(REPO_ROOT, bundle))) throw new Error(`${bundle} is missing: run \`npm run build\` first.`);
  }
  await esbuild.build({
    entryPoints: [join(__dirname, 'suite', 'index.ts')],
    outfile: SUITE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    external: ['vscode'],
    sourcemap: true,
    logLevel: 'warning',
  });
  rmSync(REPORT, { force: true });
}

function readReport(exitCode: number): SuiteReport & { exitCode: number } {
  if (!existsSync(REPORT)) {
    throw new Error(`The extension host ended (exit code ${exitCode}) without a test report: the suite did not run. See test-output/vscode/.`);
  }
  return { ...(JSON.parse(readFileSync(REPORT, 'utf8')) as SuiteReport), exitCode };
}

export type HostResult = SuiteReport & { exitCode: number };

export function electronSkipReason(): string | false {
  const executable = process.env.VSCODE_EXECUTABLE_PATH;
  if (executable) return existsSync(executable) ? false : `VSCODE_EXECUTABLE_PATH=${executable} does not exist`;
  if (process.env.OUTPOST_VSCODE_DOWNLOAD === '1') return false;
  return 'no VS Code desktop build: set VSCODE_EXECUTABLE_PATH to a VS Code (>= 1.100) executable, or OUTPOST_VSCODE_DOWNLOAD=1 on a machine that can download one (this one cannot)';
}

export async function runInElectron(): Promise<HostResult> {
  await buildSuite();
  const scratch = mkdtempSync(join(tmpdir(), 'outpost-vscode-test-'));
  const workspace = join(scratch, 'workspace');
  cpSync(FIXTURE, workspace, { recursive: true });
  const { runTests } = await import('@vscode/test-electron');
  const executable = process.env.VSCODE_EXECUTABLE_PATH;
  try {
    let exitCode: number;
    try {
      exitCode = await runTests({
        ...(executable ? { vscodeExecutablePath: executable } : { version: '1.100.3' }),
        extensionDevelopmentPath: REPO_ROOT,
        extensionTestsPath: SUITE,
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(scratch, 'user-data'), '--skip-welcome', '--skip-release-notes'],
      });
    } catch {
      exitCode = 1; // runTests rejects when the suite fails; the report says which tests
    }
    return readReport(exitCode);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function codeServerSkipReason(): string | false {
  return existsSync(CODE_SERVER_BIN) ? false : `code-server is not installed at ${CODE_SERVER_BIN} (run \`npm run e2e:install\`)`;
}

export async function runInCodeServer(): Promise<HostResult> {
  await buildSuite();
  mkdirSync(OUTPUT, { recursive: true });
  const server = await startCodeServer({ fixture: FIXTURE, logFile: join(OUTPUT, 'code-server.log') });
  const browser = await chromium.launch({
    executablePath: process.env.OUTPOST_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = await browser.newPage();
    // The workbench calls window.codeAutomationExit(code) when the extension host finishes the tests.
    const exited = new Promise<number>((resolve) => void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code)));
    const remote = (path: string): string => `vscode-remote://${new URL(server.origin).host}${path}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(REPO_ROOT)],
      ['extensionTestsPath', remote(SUITE)],
    ]);
    await page.goto(`${server.url}&payload=${encodeURIComponent(payload)}`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('The extension-host suite did not finish within 5 minutes.')), 300_000);
    });
    try {
      return readReport(await Promise.race([exited, timeout]));
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}
