// Explicit files behave like a folder scan: whichever way a file is named (from the root, from a
// subfolder, by absolute path, inside a nested folder), its kind, the configuration and the
// baseline come from the repository root, and findings and fingerprints equal those of `scan .`.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(__dirname, '../..');
const cli = join(repo, 'dist/cli.js');
const AWS = 'AKIA7JBD4R6CC6PKYQJR';

interface Row {
  ruleId: string;
  severity: string;
  path: string;
  line: number;
  column: number;
  fingerprint?: string;
}

function scan(args: string[], cwd: string): { code: number; findings: Row[] } {
  const r = spawnSync(process.execPath, [cli, 'scan', '--format', 'json', ...args], { cwd, encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return { code: r.status!, findings: (JSON.parse(r.stdout) as { findings: Row[] }).findings };
}

const WORKFLOW = `on: pull_request_target
permissions: write-all
jobs:
  b:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: ${AWS}
    steps:
      - uses: someone/deploy-action@main
`;

/** A repository: `.git` marks the work tree; the workflow sits two levels down in `svc/`. */
function repository(opts: { config?: string; nestedConfig?: boolean }): string {
  const dir = mkdtempSync(join(tmpdir(), 'outpost-root-'));
  mkdirSync(join(dir, '.git'));
  for (const base of ['', 'svc/api/']) {
    mkdirSync(join(dir, base, '.github/workflows'), { recursive: true });
    writeFileSync(join(dir, base, '.github/workflows/ci.yml'), WORKFLOW);
  }
  if (opts.config) writeFileSync(join(dir, opts.nestedConfig ? 'svc/.outpost.yml' : '.outpost.yml'), opts.config);
  return dir;
}

const key = (f: Row): string => `${f.ruleId} ${f.severity} ${f.line}:${f.column} ${f.fingerprint ?? ''}`;
const forFile = (rows: Row[], suffix: string): string[] => rows.filter((f) => f.path.endsWith(suffix)).map(key).sort();

describe('explicit files resolve from the repository root', () => {
  before(() => {
    if (!existsSync(cli)) execFileSync(process.execPath, ['esbuild.mjs', '--only=cli'], { cwd: repo });
  });

  it('a workflow named directly keeps its kind: the same findings and fingerprints as `scan .`', () => {
    const ws = repository({});
    const all = scan(['.'], ws).findings;
    const expected = forFile(all, 'svc/api/.github/workflows/ci.yml');
    assert.ok(expected.some((k) => k.startsWith('gha/dangerous-trigger')), 'the folder scan knows it is a workflow');
    assert.ok(expected.some((k) => k.startsWith('gha/unpinned-action')));
    const ways: [string[], string][] = [
      [['svc/api/.github/workflows/ci.yml'], ws],
      [['.github/workflows/ci.yml'], join(ws, 'svc/api')],
      [['ci.yml'], join(ws, 'svc/api/.github/workflows')],
      [[join(ws, 'svc/api/.github/workflows/ci.yml')], tmpdir()],
      [['api'], join(ws, 'svc')],
      [['.'], join(ws, 'svc/api/.github')],
    ];
    for (const [args, cwd] of ways) {
      const got = forFile(scan(args, cwd).findings, 'ci.yml');
      assert.deepEqual(got, expected, `scan ${args.join(' ')} from ${cwd}`);
    }
    // Also the root workflow: named from the root it equals its part of `scan .`.
    assert.deepEqual(forFile(scan(['.github/workflows/ci.yml'], ws).findings, 'ci.yml'), all.filter((f) => f.path === '.github/workflows/ci.yml').map(key).sort());
  });

  it('the root configuration applies to a file named from a subfolder', () => {
    const ws = repository({ config: 'rules:\n  gha/unpinned-action: off\n  secret/*: info\n' });
    const got = scan(['.github/workflows/ci.yml'], join(ws, 'svc/api')).findings;
    assert.ok(!got.some((f) => f.ruleId === 'gha/unpinned-action'), 'rule switched off at the root');
    const aws = got.find((f) => f.ruleId === 'secret/aws-access-key-id');
    assert.equal(aws?.severity, 'info');
  });

  it('the nearest configuration wins over the git root (a monorepo package with its own .outpost.yml)', () => {
    const ws = repository({ config: 'rules:\n  gha/dangerous-trigger: off\n', nestedConfig: true });
    const inner = scan(['svc/api/.github/workflows/ci.yml'], ws).findings;
    assert.ok(!inner.some((f) => f.ruleId === 'gha/dangerous-trigger'), 'svc/.outpost.yml applies');
    const outer = scan(['.github/workflows/ci.yml'], ws).findings;
    assert.ok(outer.some((f) => f.ruleId === 'gha/dangerous-trigger'), 'the root file has no configuration');
  });

  it('the root baseline accepts a finding whichever way the file is named', () => {
    const ws = repository({});
    const b = spawnSync(process.execPath, [cli, 'baseline', '.'], { cwd: ws, encoding: 'utf8' });
    assert.equal(b.status, 0, b.stderr);
    for (const [args, cwd] of [
      [['svc/api/.github/workflows/ci.yml'], ws],
      [['ci.yml'], join(ws, 'svc/api/.github/workflows')],
    ] as [string[], string][]) {
      const r = scan(args, cwd);
      assert.equal(r.findings.length, 0, `baseline applies to ${args.join(' ')} from ${cwd}`);
      assert.equal(r.code, 0);
    }
  });

  it('ignorePaths and the root .gitignore apply to a named subfolder as to the root scan', () => {
    const ws = repository({ config: 'ignorePaths:\n  - svc/api/.github/\n' });
    assert.equal(scan(['svc'], ws).findings.length, 0, 'ignorePaths is relative to the root');
    assert.equal(scan(['api'], join(ws, 'svc')).findings.length, 0);
    const ws2 = repository({});
    writeFileSync(join(ws2, '.gitignore'), 'svc/api/\n');
    assert.equal(scan(['svc'], ws2).findings.length, 0, 'the root .gitignore applies to svc/');
    assert.ok(scan(['.'], ws2).findings.every((f) => !f.path.startsWith('svc')));
  });
});
