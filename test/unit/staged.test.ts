// `outpost scan --staged` reads what is about to be committed (the index), not the working tree;
// and the pre-commit manifest at the repository root runs that on the files pre-commit passes.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { makeRepo } from '../support/git-repo';

const repo = join(__dirname, '../..');
const cli = join(repo, 'dist/cli.js');
const PW = 'Vq7hNs2LmPx9';
const AWS = 'AKIA7JBD4R6CC6PKYQJR';

function run(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

interface Row {
  ruleId: string;
  path: string;
  line: number;
}
const json = (args: string[], cwd: string): Row[] => {
  const r = run([...args, '--format', 'json'], cwd);
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  return (JSON.parse(r.stdout) as { findings: Row[] }).findings;
};

describe('scan --staged', () => {
  before(() => {
    if (!existsSync(cli)) execFileSync(process.execPath, ['esbuild.mjs', '--only=cli'], { cwd: repo });
  });

  it('a secret staged but removed from the working tree is found; the working-tree scan misses it', () => {
    const r = makeRepo();
    r.write('README.md', 'hello\n');
    r.commit('init');
    r.write('config/.env', `DB_PASSWORD=${PW}\n`);
    r.git('add', 'config/.env');
    r.write('config/.env', 'DB_PASSWORD=\n');
    const staged = run(['scan', '--staged'], r.dir);
    assert.equal(staged.code, 1, staged.stderr);
    assert.match(staged.stdout, /config\/\.env\n\s+1:13\s+error\s+Hardcoded password/);
    assert.match(staged.stdout, /outpost-ignore\[<rule id>\]/, 'says how to suppress');
    assert.match(staged.stdout, /outpost baseline/, 'says how to baseline');
    assert.ok(!staged.stdout.includes(PW));
    assert.equal(run(['scan', 'config/.env'], r.dir).code, 0, 'the working tree is clean');
  });

  it('a secret only in the working tree (not staged) is not reported; modified files use the staged version', () => {
    const r = makeRepo();
    r.write('.env', 'DB_PASSWORD=\n');
    r.write('ci/.gitlab-ci.yml', 'build:\n  script: [make]\n');
    r.commit('init');
    r.write('.env', `DB_PASSWORD=${PW}\n`); // unstaged edit
    r.write('ci/.gitlab-ci.yml', `build:\n  variables:\n    AWS_ACCESS_KEY_ID: ${AWS}\n  script: [make]\n`);
    r.git('add', 'ci/.gitlab-ci.yml');
    const rows = json(['scan', '--staged'], r.dir);
    assert.deepEqual(rows.map((f) => `${f.path}:${f.line} ${f.ruleId}`), ['ci/.gitlab-ci.yml:3 secret/aws-access-key-id']);
    assert.equal(run(['scan', '.env'], r.dir).code, 1, 'the working tree has it');
  });

  it('paths are relative to the repository top, from a subfolder too; named paths narrow the scan', () => {
    const r = makeRepo();
    r.write('a/.env', `DB_PASSWORD=${PW}\n`);
    r.write('b/.env', `DB_PASSWORD=${PW}x\n`);
    r.git('add', '.');
    assert.deepEqual(json(['scan', '--staged'], join(r.dir, 'a')).map((f) => f.path).sort(), ['a/.env', 'b/.env']);
    assert.deepEqual(json(['scan', '--staged', 'b/.env'], r.dir).map((f) => f.path), ['b/.env']);
    assert.deepEqual(json(['scan', '--staged', '.env'], join(r.dir, 'a')).map((f) => f.path), ['a/.env']);
  });

  it('honours the root configuration, baseline and inline suppression in the staged content', () => {
    const r = makeRepo();
    r.write('.env', `DB_PASSWORD=${PW}\n`);
    r.write('.outpost.yml', 'rules:\n  secret/generic-password: info\n');
    r.write('x/.env', `API_PASSWORD=${PW}y # outpost-ignore[secret/generic-password]: test account\n`);
    r.git('add', '.');
    const rows = json(['scan', '--staged'], r.dir);
    assert.deepEqual(rows.map((f) => f.path), ['.env'], 'x/.env is suppressed inline');
    assert.equal(run(['scan', '--staged'], r.dir).code, 0, 'info is below --fail-on warning');
    const b = run(['baseline', '.'], r.dir);
    assert.equal(b.code, 0, b.stderr);
    r.git('add', '.outpost-baseline.json');
    assert.deepEqual(json(['scan', '--staged', '--fail-on', 'info'], r.dir), []);
  });

  it('outside a repository: exit 2 with a message', () => {
    const r = makeRepo();
    const out = run(['scan', '--staged'], join(r.dir, '.git'));
    assert.equal(out.code, 2);
    assert.match(out.stderr, /git repository|work tree/);
  });

  it('.pre-commit-hooks.yaml: a valid hook whose entry, run on the staged files, blocks the commit', () => {
    const hooks = parse(readFileSync(join(repo, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    assert.ok(Array.isArray(hooks));
    const hook = hooks.find((h) => h['id'] === 'outpost');
    assert.ok(hook, 'hook id outpost');
    for (const k of ['id', 'name', 'entry', 'language']) assert.equal(typeof hook[k], 'string', `${k} is required by pre-commit`);
    assert.equal(hook['language'], 'node');
    assert.equal(hook['pass_filenames'], true);
    const entry = String(hook['entry']).split(' ');
    assert.equal(entry[0], 'outpost', 'the package.json bin name');
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
    assert.equal(pkg.bin['outpost'], 'dist/cli.js');
    assert.ok(pkg.scripts['prepack'], 'npm pack (how pre-commit installs node hooks) builds the CLI');

    const r = makeRepo();
    r.write('deploy/.env', `DB_PASSWORD=${PW}\n`);
    r.write('ok.txt', 'nothing here\n');
    r.git('add', '.');
    r.write('deploy/.env', 'DB_PASSWORD=\n'); // pre-commit stashes unstaged changes; --staged does not need it
    const staged = r.git('diff', '--cached', '--name-only', '-z').split('\0').filter(Boolean);
    const blocked = run([...entry.slice(1), ...staged], r.dir);
    assert.equal(blocked.code, 1, blocked.stdout + blocked.stderr);
    assert.match(blocked.stdout, /deploy\/\.env\n\s+1:13/);
    r.git('rm', '-q', '-f', '--cached', 'deploy/.env');
    assert.equal(run([...entry.slice(1), 'ok.txt'], r.dir).code, 0, 'a clean commit passes');
  });
});
