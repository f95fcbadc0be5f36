// `outpost report` of examples/ rendered in headless Chromium: the page a quarterly review meeting
// reads. It must show every asset of the example inventories, load nothing from anywhere (with the
// network watched and script turned off), never show a planted secret beyond its masked prefix,
// and print to A4. The screenshot and the PDF are kept in test-output/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { REPO_ROOT } from './support/code-server';
import { analyze } from '../../server/src/engine/analyze';
import { DOCS_BASE } from '../../server/src/engine/docs-url';
import { walkFiles } from '../../server/src/node/walk';
import { locateAssets } from '../../server/src/report/locate-assets';

const OUTPUT = join(REPO_ROOT, 'test-output');
const EXAMPLES = join(REPO_ROOT, 'examples');
const CHROMIUM = process.env.OUTPOST_CHROMIUM ?? '/usr/bin/chromium';
const REPORT = join(OUTPUT, 'report-examples.html');

/** The assets of examples/ and every secret planted there, read with the engine itself. */
async function examplesTruth(): Promise<{ assets: string[]; secrets: string[] }> {
  const assets: string[] = [];
  const secrets = new Set<string>();
  for await (const f of walkFiles(EXAMPLES)) {
    const text = readFileSync(f.path, 'utf8');
    assets.push(...locateAssets(f.rel, text).map((a) => a.label));
    for (const finding of analyze({ path: f.rel, text }).findings) {
      if (finding.ruleId.startsWith('secret/')) secrets.add(text.slice(finding.range.start, finding.range.end));
    }
  }
  return { assets, secrets: [...secrets] };
}

describe('outpost report of examples/ in headless Chromium', () => {
  let browser: Browser;

  before(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    // The e2e run packages the extension (client and server bundles); the CLI bundle is built here.
    execFileSync(process.execPath, ['esbuild.mjs', '--only=cli'], { cwd: REPO_ROOT });
    const r = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/cli.js'), 'report', EXAMPLES, '--output', REPORT], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  after(async () => {
    await browser?.close();
  });

  test('every asset is listed, nothing is fetched, no secret shows, it reads without script and prints on A4', async (t) => {
    const { assets, secrets } = await examplesTruth();
    assert.ok(assets.length >= 3, `examples/ has an inventory (${assets.join(', ')})`);
    assert.ok(secrets.length >= 5, `examples/ plants secrets (${secrets.length})`);

    // Script off: the report must be complete without it.
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (req) => requests.push(req.url()));
    page.on('console', (msg) => msg.type() === 'error' && consoleErrors.push(msg.text()));
    await page.goto(pathToFileURL(REPORT).href);

    const rows = (await page.locator('table.assets tbody th .asset-label').allTextContents()).map((s) => s.trim());
    assert.deepEqual([...rows].sort(), [...assets].sort(), 'one row per asset of the inventories');
    assert.equal(await page.locator('figure.chart svg').count(), 3, 'three charts drawn as inline SVG');
    for (const chart of ['Findings by area and severity', 'Assets by status', 'Reviews due by month']) {
      await page.locator('figure.chart figcaption', { hasText: chart }).waitFor();
    }
    assert.ok((await page.locator('.area h3', { hasText: 'Secrets' }).count()) === 1, 'the findings are grouped by area');

    // Nothing but the page itself was requested, and the only absolute URLs are plain links to rule pages.
    assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), []);
    const urls = await page.evaluate(
      `[...document.querySelectorAll('[src],[href],[srcset],[poster],[data]')].flatMap((e) => ['src','href','srcset','poster','data'].map((a) => e.tagName + ' ' + a + ' ' + (e.getAttribute(a) || '')).filter((s) => !s.endsWith(' ')))`,
    ) as string[];
    for (const u of urls) assert.ok(u.startsWith(`A href ${DOCS_BASE}`), `only links to rule pages: ${u}`);
    const html = await page.content();
    assert.doesNotMatch(html.replace(/<a href="https:\/\/[^"]*"/g, ''), /https?:\/\//, 'no other absolute URL anywhere (styles, SVG, text)');
    assert.doesNotMatch(html, /url\(/, 'no CSS url()');
    assert.deepEqual(consoleErrors, [], 'no Content-Security-Policy violation or other error');

    // Masked messages only: no planted secret, nor its part beyond the 4-character prefix.
    const raw = readFileSync(REPORT, 'utf8');
    for (const s of secrets) {
      assert.ok(!raw.includes(s), `the report shows a full secret (${s.slice(0, 4)}…)`);
      if (s.length > 8) assert.ok(!raw.includes(s.slice(4)), `the report shows a secret beyond its prefix (${s.slice(0, 4)}…)`);
    }

    const shot = join(OUTPUT, 'report-examples.png');
    await page.screenshot({ path: shot, fullPage: true });
    // Printing: Chromium's A4 PDF of the same page (print CSS applies).
    await page.emulateMedia({ media: 'print' });
    const pdf = join(OUTPUT, 'report-examples.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: false, preferCSSPageSize: true });
    assert.ok(statSync(pdf).size > 10_000, 'the PDF has content');
    t.diagnostic(`screenshot: ${shot}; PDF: ${pdf}; ${rows.length} assets, ${secrets.length} planted secrets checked`);
    await context.close();
  });
});
