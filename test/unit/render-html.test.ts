// The posture page renderer shared by `outpost report` and the editor's webview: the two variants,
// the Content-Security-Policy, escaping of everything the workspace wrote, and the changed-since part.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPosture } from '../../server/src/report/posture-model';
import type { LocatedAsset } from '../../server/src/report/posture-model';
import { changesSince } from '../../server/src/report/changes-since';
import { renderPostureHtml } from '../../server/src/report/render-html';

const NOW = new Date('2026-12-02T10:00:00Z');
const hostile: LocatedAsset = { label: '<img src=x onerror=alert(1)>', owner: '"><script>bad()</script>', exposure: 'internet', ipAllowlist: [], path: 'a&b/assets.yaml', line: 3, lastReviewed: '2026-11-01' };
const model = buildPosture({
  workspace: 'town <hall>',
  now: NOW,
  assets: [hostile],
  findings: [{ ruleId: 'secret/npm-token', severity: 'error', message: 'Hardcoded npm token (npm_…) <b>here</b>', path: '.npmrc', line: 1, column: 2 }],
});

describe('posture page renderer', () => {
  it('file variant: no script at all, styles by nonce only, everything escaped', () => {
    const html = renderPostureHtml(model, { variant: 'file', nonce: 'N0nce' });
    assert.match(html, /content="default-src 'none'; style-src 'nonce-N0nce'; img-src data:"/);
    assert.ok(!/<script/i.test(html.replace(/&lt;script&gt;/g, '')), 'no script element');
    assert.match(html, /<style nonce="N0nce">/);
    assert.ok(!html.includes('<img'), 'an asset label never becomes markup');
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(html.includes('&lt;b&gt;here&lt;/b&gt;'), 'messages are text');
    assert.match(html, /Security posture of town &lt;hall&gt;/);
    assert.match(html, /a&amp;b\/assets\.yaml:3/);
    assert.match(html, /--op-fg:#1f2328/, 'a print-friendly palette of its own');
    assert.ok(!html.includes('--vscode-'), 'no theme variables outside the editor');
  });

  it('webview variant: theme variables, the sort script allowed by the same nonce, the webview source named', () => {
    const html = renderPostureHtml(model, { variant: 'webview', nonce: 'abc', cspSource: 'https://file+.vscode-resource.vscode-cdn.net' });
    assert.match(html, /default-src 'none'; style-src 'nonce-abc'; script-src 'nonce-abc'; img-src https:\/\/file\+\.vscode-resource\.vscode-cdn\.net data:/);
    assert.match(html, /<script nonce="abc">\(function \(\) \{/);
    assert.equal(html.match(/<script/g)?.length, 1, 'exactly one script, ours');
    assert.match(html, /--op-fg:var\(--vscode-foreground\)/);
    assert.match(html, /table class="assets sortable"/);
  });

  it('the changed-since section lists new and resolved findings and asset changes', () => {
    const later = buildPosture({ workspace: 'town', now: new Date('2027-03-01T10:00:00Z'), assets: [hostile], findings: [] });
    const html = renderPostureHtml(later, { variant: 'file', nonce: 'n', changes: changesSince(model, later) });
    assert.match(html, /Changed since 2026-12-02/);
    assert.match(html, /Resolved findings <span class="count">1<\/span>/);
    assert.match(html, /New findings <span class="count">0<\/span>/);
    assert.match(html, /Missing something → Review overdue/);
  });
});
