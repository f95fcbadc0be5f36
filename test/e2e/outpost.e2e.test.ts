// Outpost in a real VS Code: code-server in headless Chromium, driven through the UI as a person would.
// Needs `bash test/e2e/install.sh` (Debian packages + code-server) and the packaged outpost.vsix
// (`npm run test:e2e` packages it first). Screenshots of every step go to test-output/e2e/.
import { after, before, describe, test } from 'node:test';
import type { TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT, startCodeServer, until } from './support/code-server';
import type { CodeServer } from './support/code-server';
import { Workbench } from './support/workbench';

const OUTPUT = join(REPO_ROOT, 'test-output', 'e2e');
const VSIX = join(REPO_ROOT, 'outpost.vsix');
const FIXTURE = join(__dirname, 'fixtures', 'workspace');
const EXAMPLES = join(REPO_ROOT, 'examples');
const CHROMIUM = process.env.OUTPOST_CHROMIUM ?? '/usr/bin/chromium';

const WORKFLOW = '.github/workflows/deploy.yml';
const PLANTED_KEY = 'AKIAQ3EGUEPWZ7XK4M2R';
/** Files the test never opens; the workspace scan must report them. */
const UNOPENED = ['.gitlab-ci.yml', 'docker-compose.yml', '.npmrc'];

const timings: Record<string, number> = {};

/** The steps build on each other (the fix needs the diagnostic, the count needs the scan): after a failed step
 * the later ones report as skipped instead of each waiting for its own timeout. */
let failedStep: string | undefined;
function step(name: string, fn: (t: TestContext) => Promise<void>): void {
  test(name, async (t) => {
    if (failedStep) {
      t.skip(`needs "${failedStep}", which failed`);
      return;
    }
    try {
      await fn(t);
    } catch (error) {
      failedStep = name;
      throw error;
    }
  });
}

describe('Outpost in code-server (VS Code 1.100 in headless Chromium)', () => {
  let server: CodeServer;
  let browser: Browser;
  let page: Page;
  let wb: Workbench;

  const shot = async (name: string): Promise<string> => {
    const path = join(OUTPUT, name);
    await page.screenshot({ path, animations: 'disabled' });
    return path;
  };

  before(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    server = await startCodeServer({ vsix: VSIX, fixture: FIXTURE, logFile: join(OUTPUT, 'code-server.log') });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    wb = new Workbench(page);
  });

  after(async () => {
    writeFileSync(join(OUTPUT, 'timings.json'), JSON.stringify(timings, null, 2));
    await page?.screenshot({ path: join(OUTPUT, 'last.png') }).catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  step('1. opening a workflow with a planted AWS key shows the Outpost diagnostic in the Problems panel', async (t) => {
    const opened = Date.now();
    await page.goto(server.url);
    await wb.waitUntilReady();
    timings.workbenchReadyMs = Date.now() - opened;

    const fileOpened = Date.now();
    await wb.openFile(WORKFLOW);
    // The squiggle under the key: the first sign of the diagnostic a person sees.
    await wb.editor().locator('.squiggly-error').first().waitFor({ timeout: 60_000 });
    timings.fileOpenToSquiggleMs = Date.now() - fileOpened;
    timings.openWorkspaceToFirstDiagnosticMs = Date.now() - opened;
    const rows = await wb.showProblems();
    const diagnostic = rows.filter({ hasText: 'secret/aws-access-key-id' });
    await diagnostic.first().waitFor({ timeout: 60_000 });

    const text = (await diagnostic.first().textContent()) ?? '';
    assert.match(text, /AWS access key/i, 'the message names what was found');
    assert.match(text, /outpost/, 'the source is outpost');
    assert.ok(!text.includes(PLANTED_KEY), 'the message never shows the full key');
    t.diagnostic(`screenshot: ${await shot('1-diagnostic-in-problems.png')}`);
    t.diagnostic(`workspace opened -> squiggle under the key: ${timings.openWorkspaceToFirstDiagnosticMs} ms (file tab shown -> squiggle: ${timings.fileOpenToSquiggleMs} ms)`);
  });

  step('2. Ctrl+. "Move to secret store" rewrites the line to ${{ secrets.… }} on disk', async (t) => {
    const lines = readFileSync(join(server.workspace, WORKFLOW), 'utf8').split('\n');
    const lineIndex = lines.findIndex((l) => l.includes(PLANTED_KEY));
    assert.ok(lineIndex >= 0, 'the fixture holds the planted key');
    await wb.goTo(lineIndex + 1, lines[lineIndex]!.indexOf(PLANTED_KEY) + 1);

    await wb.openQuickFixMenu('Move to secret store');
    t.diagnostic(`screenshot: ${await shot('2a-quick-fix-menu.png')}`);
    await wb.chooseFromQuickFixMenu('Move to secret store');
    await wb.save();

    const onDisk = await until('the fixed workflow on disk', 30_000, () => {
      const text = readFileSync(join(server.workspace, WORKFLOW), 'utf8');
      return text.includes(PLANTED_KEY) ? undefined : text;
    });
    const fixedLine = onDisk.split('\n')[lineIndex]!;
    assert.match(fixedLine, /^\s+AWS_ACCESS_KEY_ID: \$\{\{ secrets\.[A-Z][A-Z0-9_]* \}\}$/, `the line now reads: ${fixedLine}`);
    assert.ok(!onDisk.includes(PLANTED_KEY.slice(4)), 'no part of the key beyond its prefix is left in the file');

    // The user is told how to store the value and that the old one must be rotated (expanded for the screenshot).
    const followUp = wb.notification(/gh secret set/).first();
    await followUp.waitFor({ timeout: 30_000 });
    assert.match((await followUp.textContent()) ?? '', /rotate|leaked/i, 'the follow-up says the old value must be replaced');
    await wb.expandNotification(followUp);
    // And the diagnostic is gone from the Problems panel.
    await wb.problemRows().filter({ hasText: 'secret/aws-access-key-id' }).first().waitFor({ state: 'detached', timeout: 30_000 });
    t.diagnostic(`fixed line: ${fixedLine.trim()}`);
    t.diagnostic(`screenshot: ${await shot('2-quick-fix-applied.png')}`);
  });

  step('3. "Outpost: Scan Workspace" lists findings of files that were never opened', async (t) => {
    const started = Date.now();
    await wb.runCommand('Outpost: Scan Workspace');
    await wb.notification(/Outpost scanned \d+ files?/).first().waitFor({ timeout: 120_000 });
    timings.workspaceScanMs = Date.now() - started;
    // The cancellable progress notification closes when the scan is done.
    await wb.notification('Outpost: scanning workspace').first().waitFor({ state: 'detached', timeout: 30_000 });
    const rows = await wb.showProblems();
    for (const name of UNOPENED) {
      await rows.filter({ hasText: name }).first().waitFor({ timeout: 30_000 });
    }
    // None of them has an editor tab: the findings come from the scan, not from opening them.
    for (const name of UNOPENED) {
      assert.equal(await page.locator('.tabs-container .tab', { hasText: name }).count(), 0, `${name} was never opened`);
    }
    t.diagnostic(`screenshot: ${await shot('3-workspace-scan.png')}`);
  });

  step('4. the status bar item shows the count of open secret findings', async (t) => {
    const item = wb.statusBarItem(/Outpost: \d+ secrets?/);
    await item.waitFor({ timeout: 30_000 });
    // The count must match the secret findings the Problems panel lists. Rows end in "outpost(secret/…)"; the
    // parentheses are drawn by CSS, so the row's text reads "outpostsecret/…".
    const secretRows = async (): Promise<number> =>
      (await wb.problemRows().allTextContents()).filter((text) => /outpost\(?secret\//.test(text)).length;
    const shown = await until('the status bar to agree with the Problems panel', 30_000, async () => {
      const count = Number(/Outpost: (\d+)/.exec((await item.textContent()) ?? '')?.[1]);
      return count === (await secretRows()) ? count : undefined;
    }).catch(async (error: Error) => {
      throw new Error(`${error.message}\nstatus bar: ${await item.textContent()}\nproblems:\n${(await wb.problemRows().allTextContents()).join('\n')}`);
    });
    assert.ok(shown >= UNOPENED.length, `at least one secret per unopened file (status bar says ${shown})`);
    await item.hover();
    await page.locator('.monaco-hover', { hasText: 'Click to scan the whole workspace' }).first().waitFor({ timeout: 30_000 });
    t.diagnostic(`status bar: ${shown} secrets`);
    t.diagnostic(`screenshot: ${await shot('4-status-bar.png')}`);

    // Clicking it scans the workspace again: a fresh summary notification appears.
    await wb.runCommand('Notifications: Clear All Notifications');
    await wb.notification(/Outpost scanned/).first().waitFor({ state: 'detached', timeout: 30_000 });
    await item.click();
    await wb.notification(/Outpost scanned \d+ files?/).first().waitFor({ timeout: 120_000 });
    await wb.notification('Outpost: scanning workspace').first().waitFor({ state: 'detached', timeout: 30_000 });
  });

  step('5. "Outpost: Open Rule Documentation" offers the rules of the open findings and opens the rule page', async (t) => {
    await wb.runCommand('Outpost: Open Rule Documentation');
    const choice = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'secret/npm-token' }).first();
    await choice.waitFor({ timeout: 30_000 });
    t.diagnostic(`screenshot: ${await shot('5a-rule-documentation-pick.png')}`);
    await choice.click();
    // code-server asks before opening an external page: the dialog names the rule's page.
    const dialog = page.locator('.monaco-dialog-box', { hasText: 'docs/rules/secret/npm-token.md' });
    await dialog.waitFor({ timeout: 30_000 });
    t.diagnostic(`screenshot: ${await shot('5-rule-documentation.png')}`);
    await dialog.locator('.monaco-button', { hasText: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
  });

  step('6. "Outpost: Show Output" shows the Outpost log', async (t) => {
    await wb.runCommand('Outpost: Show Output');
    await page.locator('.part.panel .output-view, .part.panel .monaco-editor', { hasText: 'Outpost language server started' }).first().waitFor({ timeout: 30_000 });
    t.diagnostic(`screenshot: ${await shot('6-output.png')}`);
  });

  step('7. "Outpost: Create Baseline" records the open secrets in .outpost-baseline.json and they stop being reported', async (t) => {
    await wb.runCommand('Outpost: Create Baseline');
    const confirm = page.locator('.monaco-dialog-box', { hasText: 'Create a baseline' });
    await confirm.waitFor({ timeout: 30_000 });
    t.diagnostic(`screenshot: ${await shot('7a-create-baseline-confirm.png')}`);
    await confirm.locator('.monaco-button', { hasText: 'Create Baseline' }).click();
    const baseline = await until('.outpost-baseline.json on disk', 60_000, () => {
      const path = join(server.workspace, '.outpost-baseline.json');
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    });
    for (const secret of ['glpat-', 'npm_', 'Vq7#']) assert.ok(!baseline.includes(secret), `the baseline holds fingerprints, not ${secret}…`);
    await wb.notification(/wrote \d+ findings? to the baseline/).first().waitFor({ timeout: 30_000 });
    await page.locator('.notification-toast .monaco-progress-container.active').first().waitFor({ state: 'detached', timeout: 30_000 });
    await wb.statusBarItem('Outpost: 0 secrets').waitFor({ timeout: 30_000 });
    t.diagnostic(`screenshot: ${await shot('7-baseline-created.png')}`);
  });

  step('8. the JSON schema for asset inventories checks assets.json as it is opened (contributes.jsonValidation)', async (t) => {
    await wb.openFile('assets.json');
    const rows = await wb.showProblems();
    // VS Code's JSON support reports it against the schema the extension ships, not Outpost's server.
    const schemaError = rows.filter({ hasText: /maximum of 366/ }).first();
    await schemaError.waitFor({ timeout: 60_000 });
    assert.doesNotMatch((await schemaError.textContent()) ?? '', /outpost\(?[a-z]+\//, 'the schema check, not an Outpost rule');
    t.diagnostic(`screenshot: ${await shot('8-asset-inventory-schema.png')}`);
  });

  step('9. the example workspace: time from opening it to the first Outpost diagnostics (scan on startup)', async (t) => {
    const { url } = server.addFolder(EXAMPLES, 'examples', { 'outpost.scanOnStartup': true });
    const examplePage = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    try {
      const examples = new Workbench(examplePage);
      const opened = Date.now();
      await examplePage.goto(url);
      await examples.waitUntilReady();
      timings.examplesWorkbenchReadyMs = Date.now() - opened;
      const rows = await examples.showProblems();
      await rows.filter({ hasText: /outpost\(?[a-z]+\// }).first().waitFor({ timeout: 120_000 });
      timings.examplesOpenToFirstDiagnosticMs = Date.now() - opened;
      await examples.statusBarItem(/Outpost: [1-9]\d* secrets?/).waitFor({ timeout: 120_000 });
      await examplePage.screenshot({ path: join(OUTPUT, '9-examples-scan-on-startup.png'), animations: 'disabled' });
      t.diagnostic(`examples: workbench ready ${timings.examplesWorkbenchReadyMs} ms, first diagnostic ${timings.examplesOpenToFirstDiagnosticMs} ms after opening`);
    } finally {
      await examplePage.close();
    }
  });
});
