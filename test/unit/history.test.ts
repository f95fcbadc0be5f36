// `outpost history`: secrets in the added lines of every commit, one finding per secret at its
// first introduction, with presentAtHead; same formats, exit codes, baseline and suppression.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import sarifSubset from '../support/sarif-subset.schema.json';
import { makeRepo } from '../support/git-repo';
import type { TestRepo } from '../support/git-repo';

const repo = join(__dirname, '../..');
const cli = join(repo, 'dist/cli.js');
const MOVED = 'AKIA7JBD4R6CC6PKYQJR';
const KEPT = 'AKIAQ3EGRWJ7KLMNP5T2';
const HUSHED = 'AKIAZ4XK2BPQ7RMW3NVY';

function run(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

interface Row {
  ruleId: string;
  path: string;
  line: number;
  column: number;
  fingerprint: string;
  commit: string;
  author: string;
  date: string;
  count: number;
  presentAtHead: boolean;
}

/** added in a.yml → moved to b.yml (and into a workflow) → deleted; another kept; one suppressed. */
function history(): { r: TestRepo; first: string; keptAt: string } {
  const r = makeRepo('outpost-history-');
  r.write('README.md', 'docs\n');
  r.commit('init');
  r.write('deploy/a.yml', `name: deploy\naws:\n  key_id: ${MOVED}\n`);
  const first = r.commit('add deploy config');
  r.remove('deploy/a.yml');
  r.write('deploy/b.yml', `# moved\nname: deploy\naws:\n  key_id: ${MOVED}\n`);
  r.write('.github/workflows/ci.yml', `on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: ${MOVED}\n    steps: [{run: make}]\n`);
  r.commit('move it');
  r.remove('deploy/b.yml');
  r.remove('.github/workflows/ci.yml');
  r.commit('remove the key');
  r.write('app/.env', `X=1\nAWS_ACCESS_KEY_ID=${KEPT}\n`);
  const keptAt = r.commit('app settings');
  r.write('test/fixture.yml', `key: ${HUSHED} # outpost-ignore[secret/aws-access-key-id]: documented example key\n`);
  r.commit('fixture');
  return { r, first, keptAt };
}

describe('outpost history', () => {
  before(() => {
    if (!existsSync(cli)) execFileSync(process.execPath, ['esbuild.mjs', '--only=cli'], { cwd: repo });
  });

  it('a moved-then-deleted secret is one finding at its first commit, not present at HEAD; a kept one is', () => {
    const { r, first, keptAt } = history();
    const out = run(['history', '--format', 'json'], r.dir);
    assert.equal(out.code, 1, out.stderr);
    const rows = (JSON.parse(out.stdout) as { findings: Row[] }).findings;
    const aws = rows.filter((f) => f.ruleId === 'secret/aws-access-key-id');
    assert.equal(aws.length, 2, JSON.stringify(rows, null, 1));
    const moved = aws.find((f) => f.path === 'deploy/a.yml')!;
    assert.ok(moved, 'located where it was first introduced');
    assert.deepEqual([moved.line, moved.column, moved.commit, moved.author, moved.count, moved.presentAtHead], [3, 11, first, 'Ann Dev', 2, false]);
    assert.match(moved.date, /^2023-11-15T/);
    const kept = aws.find((f) => f.path === 'app/.env')!;
    assert.deepEqual([kept.line, kept.commit, kept.count, kept.presentAtHead], [2, keptAt, 1, true]);
    assert.ok(!rows.some((f) => f.path === 'test/fixture.yml'), 'outpost-ignore on the added line suppresses it');
    assert.ok(!rows.some((f) => !f.ruleId.startsWith('secret/')), 'history is about secrets only');
    for (const s of [MOVED, KEPT, HUSHED]) assert.ok(!out.stdout.includes(s), 'no full secret in the output');
  });

  it('text names commit, author, date, count and whether HEAD still has it', () => {
    const { r, first } = history();
    const out = run(['history'], r.dir);
    assert.equal(out.code, 1);
    assert.match(out.stdout, new RegExp(`deploy/a\\.yml:3:11 +error .*AKIA…[^\\n]*\\n +first added in ${first.slice(0, 12)} by Ann Dev on 2023-11-15, added again in 1 more commit; removed since`));
    assert.match(out.stdout, /app\/\.env:2:19 +error[^\n]*\n[^\n]*still in HEAD/);
    assert.match(out.stdout, /2 secrets in the history of 6 commits .* 1 still in HEAD/);
  });

  it('SARIF: valid against the subset schema, the commit in the location properties', () => {
    const { r, first } = history();
    const out = run(['history', '--format', 'sarif'], r.dir);
    assert.equal(out.code, 1);
    const sarif = JSON.parse(out.stdout) as { runs: { results: unknown[] }[] };
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(sarifSubset);
    assert.ok(validate(sarif), JSON.stringify(validate.errors));
    const results = sarif.runs[0]!.results as { locations: { physicalLocation: { artifactLocation: { uri: string } }; properties: Record<string, unknown> }[] }[];
    const loc = results.map((x) => x.locations[0]!).find((l) => l.physicalLocation.artifactLocation.uri === 'deploy/a.yml')!;
    assert.equal(loc.properties['commit'], first);
    assert.equal(loc.properties['presentAtHead'], false);
  });

  it('--since REV and --since DATE limit the commits; a bad revision option is refused', () => {
    const { r, first } = history();
    const after = (JSON.parse(run(['history', '--since', first, '--format', 'json'], r.dir).stdout) as { findings: Row[] }).findings;
    const moved = after.find((f) => f.fingerprint && f.path !== 'app/.env')!;
    assert.equal(moved.path, 'deploy/b.yml', 'the first commit is excluded: the move is the first sighting');
    assert.equal(moved.count, 1, 'b.yml and the workflow are one commit');
    assert.equal(run(['history', '--since', '2030-01-01'], r.dir).code, 0, 'nothing since 2030');
    const bad = run(['history', '--since', '--output=/tmp/x'], r.dir);
    assert.equal(bad.code, 2);
  });

  it('--all includes other branches; the baseline accepts a historic secret', () => {
    const { r } = history();
    r.git('checkout', '-q', '-b', 'feature');
    r.write('side.env', 'GITHUB_TOKEN=ghp_0123456789abcdefghijABCDEFGHIJ012345\n');
    r.commit('side');
    r.git('checkout', '-q', 'main');
    const cur = (JSON.parse(run(['history', '--format', 'json'], r.dir).stdout) as { findings: Row[] }).findings;
    const all = (JSON.parse(run(['history', '--all', '--format', 'json'], r.dir).stdout) as { findings: Row[] }).findings;
    assert.ok(!cur.some((f) => f.path === 'side.env'));
    assert.ok(all.some((f) => f.path === 'side.env'));
    writeFileSync(join(r.dir, '.outpost-baseline.json'), JSON.stringify({ version: 1, findings: cur.map((f) => ({ ruleId: f.ruleId, fingerprint: f.fingerprint })) }));
    const accepted = run(['history'], r.dir);
    assert.equal(accepted.code, 0, accepted.stdout);
    assert.match(accepted.stdout, /No secrets found in 6 commits/);
  });

  it('an empty repository, a folder outside git, and a subfolder', () => {
    const empty = makeRepo();
    const e = run(['history'], empty.dir);
    assert.equal(e.code, 0, e.stderr);
    assert.match(e.stdout, /No secrets found in 0 commits/);
    assert.equal(run(['history', join(empty.dir, '.git')], empty.dir).code, 2);
    const { r } = history();
    const sub = (JSON.parse(run(['history', 'app', '--format', 'json'], r.dir).stdout) as { findings: Row[] }).findings;
    assert.deepEqual(sub.map((f) => f.path), ['app/.env'], 'a subfolder limits the history to its files');
  });
});
