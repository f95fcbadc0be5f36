// `outpost report`: the posture page and its data from the bundled CLI — exit codes, usage errors,
// --since, and that the page is self-contained and shows no secret.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(__dirname, '../..');
const cli = join(repo, 'dist/cli.js');
const NPM = 'npm_Zq7RkT2pLmX9vB4nH6cJ8dF1gS3wE5yU0aQi';

function run(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'outpost-report-'));
  writeFileSync(join(dir, '.npmrc'), `//registry.npmjs.org/:_authToken=${NPM}\n`);
  writeFileSync(
    join(dir, 'assets.yaml'),
    'apiVersion: outpost/v1\nkind: AssetInventory\nreviewEveryDays: 90\nassets:\n' +
      '  - id: jira\n    type: saas\n    purpose: Tickets\n    owner: it@example.org\n    vendor: Atlassian\n    exposure: internet\n' +
      '    authentication: { method: sso, mfa: optional }\n    patching: { responsibility: vendor }\n    logging: { auditLog: true }\n    lastReviewed: 2026-10-01\n' +
      '  - id: "<script>x</script>"\n    exposure: internal\n    lastReviewed: 2026-11-20\n',
  );
  return dir;
}

describe('outpost report', () => {
  before(() => {
    if (!existsSync(cli)) execFileSync(process.execPath, ['esbuild.mjs', '--only=cli'], { cwd: repo });
  });

  it('writes one self-contained HTML page with the assets, the date, the workspace, masked findings; exits 0', () => {
    const ws = workspace();
    const out = join(ws, 'report.html');
    const r = run(['report', '.', '--output', out, '--date', '2026-12-02'], ws);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /wrote the report of 2 assets and \d+ findings/);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[^']+'; img-src data:">/);
    assert.match(html, /Outpost report of 2026-12-02/);
    assert.match(html, new RegExp(`Security posture of ${ws.slice(ws.lastIndexOf('/') + 1)}`));
    assert.match(html, /jira/);
    assert.match(html, /MFA required \(it is optional\)/);
    assert.match(html, /secret\/npm-token/);
    assert.ok(html.includes('&lt;script&gt;x&lt;/script&gt;'), 'asset ids are escaped');
    assert.ok(!/<script/i.test(html), 'the file variant carries no script at all');
    assert.ok(!html.includes(NPM.slice(4, 12)), 'no secret beyond the masked prefix');
    assert.ok(!/\s(src|srcset)=/i.test(html), 'nothing is loaded');
    assert.match(html, /@page\{size:A4/);
  });

  it('--format json writes the data; --since marks new, resolved and changed', () => {
    const ws = workspace();
    const old = join(ws, 'old.json');
    let r = run(['report', '--format', 'json', '--output', old, '--date', '2026-12-02'], ws);
    assert.equal(r.code, 0, r.stderr);
    const data = JSON.parse(readFileSync(old, 'utf8'));
    assert.equal(data.version, 1);
    assert.deepEqual(data.assets.map((a: { label: string; status: string }) => [a.label, a.status]), [['jira', 'missing'], ['<script>x</script>', 'missing']]);
    assert.ok(!JSON.stringify(data).includes(NPM.slice(4, 12)));

    writeFileSync(join(ws, '.npmrc'), 'registry=https://registry.npmjs.org/\n');
    r = run(['report', '--format', 'json', '--since', old, '--date', '2027-02-01'], ws);
    assert.equal(r.code, 0, r.stderr);
    const changes = JSON.parse(r.stdout).changes;
    assert.deepEqual(changes.resolvedFindings.map((f: { ruleId: string }) => f.ruleId), ['secret/npm-token']);
    assert.deepEqual(changes.newFindings, []);
    assert.deepEqual(changes.assetChanges.map((c: { label: string; from: string; to: string }) => [c.label, c.from, c.to]), [['jira', 'missing', 'overdue']]);
    r = run(['report', '--since', old], ws);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Changed since 2026-12-02/);
    assert.match(r.stdout, /Resolved findings <span class="count">1<\/span>/);
  });

  it('usage errors exit 2 with a message: bad --since, bad --format, bad --date, unknown option, two paths, missing folder', () => {
    const ws = workspace();
    writeFileSync(join(ws, 'bad.json'), '{"hello": 1}');
    writeFileSync(join(ws, 'broken.json'), '{');
    const cases: [string[], RegExp][] = [
      [['report', '--since', 'bad.json'], /--since bad\.json: it is not the data of an Outpost report/],
      [['report', '--since', 'broken.json'], /--since broken\.json: it is not JSON/],
      [['report', '--since', 'nope.json'], /--since nope\.json: cannot read it \(ENOENT\)/],
      [['report', '--since'], /--since needs a value/],
      [['report', '--format', 'sarif'], /--format for report must be html or json/],
      [['report', '--date', 'yesterday'], /--date must be a day as YYYY-MM-DD/],
      [['report', '--fail-on', 'error'], /unknown option "--fail-on" for report/],
      [['report', 'a', 'b'], /one folder/],
      [['report', 'missing-folder'], /missing-folder: no such file or folder/],
    ];
    for (const [args, message] of cases) {
      const r = run(args, ws);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message, args.join(' '));
    }
  });

  it('a workspace without inventory still gets a page that says how to start one', () => {
    const ws = mkdtempSync(join(tmpdir(), 'outpost-report-empty-'));
    const r = run(['report'], ws);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /No asset inventory found/);
    assert.match(r.stdout, /No findings\./);
  });
});
