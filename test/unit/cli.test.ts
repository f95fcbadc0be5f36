// The bundled CLI end to end: formats, exit codes, config and baseline handling, skipped files.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import sarifSubset from '../support/sarif-subset.schema.json';

const repo = join(__dirname, '../..');
const cli = join(repo, 'dist/cli.js');
const AWS = 'AKIA7JBD4R6CC6PKYQJR';
const PW = 'Vq7hNs2LmPx9';

function run(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'outpost-cli-'));
  mkdirSync(join(dir, '.github/workflows'), { recursive: true });
  writeFileSync(join(dir, '.github/workflows/ci.yml'), `on: push\npermissions:\n  contents: read\njobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: ${AWS}\n    steps:\n      - run: echo ok\n`);
  writeFileSync(join(dir, '.env'), `DB_PASSWORD=${PW}\n`);
  writeFileSync(join(dir, 'notes.txt'), `password=${PW}\n`);
  writeFileSync(join(dir, 'yarn.lock'), `password=${PW}\n`);
  mkdirSync(join(dir, 'vendor'));
  writeFileSync(join(dir, 'vendor/.env'), `DB_PASSWORD=${PW}\n`);
  writeFileSync(join(dir, '.gitignore'), 'vendor/\n');
  return dir;
}

describe('outpost CLI', () => {
  before(() => {
    if (!existsSync(cli)) execFileSync(process.execPath, ['esbuild.mjs', '--only=cli'], { cwd: repo });
  });

  it('text: lists findings masked, honours .gitignore, exits 1', () => {
    const ws = workspace();
    const r = run(['scan', '.'], ws);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /\.github\/workflows\/ci\.yml\n\s+8:26\s+error\s+Hardcoded AWS access key ID \(AKIA…\)/);
    assert.match(r.stdout, /\.env\n\s+1:13\s+error/);
    assert.ok(!r.stdout.includes('vendor'), 'vendor/ is git-ignored');
    assert.match(r.stdout, /notes\.txt\n\s+1:10\s+error/, 'every text file is scanned for secrets by default');
    assert.ok(!r.stdout.includes('yarn.lock'), 'lockfiles need --all-files');
    assert.ok(!r.stdout.includes(AWS) && !r.stdout.includes(PW), 'no full secret in the output');
  });

  it('json: exactly the documented shape, 1-based, paths relative to the current folder', () => {
    const ws = workspace();
    const r = run(['scan', ws, '--format', 'json'], join(ws, '.github'));
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(out), ['version', 'findings', 'skipped']);
    assert.equal(out.version, 1);
    assert.deepEqual(out.skipped, [], 'nothing in this workspace is skipped');
    const aws = out.findings.find((f: { ruleId: string }) => f.ruleId === 'secret/aws-access-key-id');
    assert.deepEqual(Object.keys(aws), ['ruleId', 'severity', 'path', 'line', 'column', 'endLine', 'endColumn', 'message', 'fingerprint', 'confidence']);
    assert.equal(aws.confidence, 'high');
    assert.equal(aws.path, 'workflows/ci.yml');
    assert.deepEqual([aws.line, aws.column, aws.endLine, aws.endColumn], [8, 26, 8, 46]);
    assert.match(aws.fingerprint, /^[0-9a-f]{64}$/);
    assert.ok(!r.stdout.includes(AWS));
  });

  it('sarif: valid SARIF 2.1.0 with rules, helpUri, regions and fingerprints', () => {
    const ws = workspace();
    const r = run(['scan', '.', '--format', 'sarif'], ws);
    assert.equal(r.code, 1);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- walked dynamically after schema validation
    const sarif: any = JSON.parse(r.stdout);
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile<unknown>(sarifSubset);
    assert.equal(validate(sarif), true, JSON.stringify(validate.errors));
    const run0 = sarif.runs[0];
    for (const res of run0.results) {
      assert.equal(run0.tool.driver.rules[res.ruleIndex].id, res.ruleId);
      assert.match(run0.tool.driver.rules[res.ruleIndex].helpUri, /docs\/rules\/.+\.md$/);
      assert.match(res.partialFingerprints['outpostFingerprint/v1'], /^[0-9a-f]{64}$/);
      assert.ok(['high', 'medium', 'low'].includes(res.properties.confidence), 'each result says how sure the rule is');
      assert.equal(res.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
    }
    assert.ok(run0.results.some((x: { locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri === '.github/workflows/ci.yml' && x.locations[0]!.physicalLocation.region.startLine === 8));
    assert.ok(!r.stdout.includes(AWS) && !r.stdout.includes(PW));
  });

  it('--fail-on decides the exit code', () => {
    const ws = workspace();
    assert.equal(run(['scan', '.', '--fail-on', 'none'], ws).code, 0);
    assert.equal(run(['scan', '.', '--fail-on', 'error'], ws).code, 1);
    writeFileSync(join(ws, '.outpost.yml'), 'rules:\n  secret/*: info\n');
    assert.equal(run(['scan', '.', '--fail-on', 'warning'], ws).code, 0);
    assert.equal(run(['scan', '.', '--fail-on', 'info'], ws).code, 1);
  });

  it('exits 0 on a clean folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'outpost-clean-'));
    writeFileSync(join(dir, '.env'), 'DB_PASSWORD=${DB_PASSWORD}\n');
    const r = run(['scan', '.'], dir);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /No problems found in 1 file\./);
  });

  it('--all-files also scans lockfiles; an explicitly named file is always scanned', () => {
    const ws = workspace();
    assert.match(run(['scan', '.', '--all-files', '--format', 'json'], ws).stdout, /"path": "yarn\.lock"/);
    assert.match(run(['scan', 'yarn.lock', '--format', 'json'], ws).stdout, /"path": "yarn\.lock"/);
  });

  it('reports skipped binary and oversized files instead of dropping them', () => {
    const ws = workspace();
    writeFileSync(join(ws, '.npmrc'), Buffer.from([0x72, 0x00, 0x01, 0x02]));
    writeFileSync(join(ws, 'docker-compose.yml'), `x: "${'a'.repeat(3000)}"\n`);
    const r = run(['scan', '.', '--max-file-size', '2'], ws);
    assert.match(r.stdout, /skipped \.npmrc: looks binary/);
    assert.match(r.stdout, /skipped docker-compose\.yml: is 3 KB, over the 2 KB limit/);
    const j = run(['scan', '.', '--max-file-size', '2', '--format', 'json'], ws);
    assert.match(j.stderr, /skipped \.npmrc: looks binary/);
  });

  it('baseline: writes fingerprints without secrets, then accepts those findings', () => {
    const ws = workspace();
    const b = run(['baseline', '.'], ws);
    assert.equal(b.code, 0, b.stderr);
    const text = readFileSync(join(ws, '.outpost-baseline.json'), 'utf8');
    assert.ok(!text.includes(AWS) && !text.includes(PW));
    assert.equal(JSON.parse(text).findings.length, 2);
    assert.equal(run(['scan', '.'], ws).code, 0);
    assert.equal(run(['scan', '.', '--no-baseline'], ws).code, 1);
    writeFileSync(join(ws, '.env'), `DB_PASSWORD=${PW}\nSMTP_PASSWORD=Zt5rQm8pLk2W\n`);
    const r = run(['scan', '.', '--format', 'json'], ws);
    assert.equal(r.code, 1);
    assert.deepEqual(JSON.parse(r.stdout).findings.map((f: { line: number }) => f.line), [2]);
  });

  it('exits 2 with a message on usage errors', () => {
    const ws = workspace();
    for (const args of [['frobnicate'], ['scan', '--format', 'xml'], ['scan', '--fail-on', 'loud'], ['scan', '--bogus'], ['scan', 'no/such/dir'], ['scan', '--baseline', 'missing.json'], ['scan', '--config']]) {
      const r = run(args, ws);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^outpost: /, args.join(' '));
    }
  });

  it('exits 2 naming file, line and problem on an invalid config or baseline', () => {
    const ws = workspace();
    writeFileSync(join(ws, '.outpost.yml'), 'rules:\n  secret/jwt: loud\n');
    const r = run(['scan', '.'], ws);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.outpost\.yml:2:\d+: .*must be one of/);
    writeFileSync(join(ws, '.outpost.yml'), 'rules: {}\n');
    writeFileSync(join(ws, '.outpost-baseline.json'), '{"version": 1');
    const b = run(['scan', '.'], ws);
    assert.equal(b.code, 2);
    assert.match(b.stderr, /\.outpost-baseline\.json: the baseline is not valid JSON/);
  });

  it('honours ignorePaths from .outpost.yml', () => {
    const ws = workspace();
    writeFileSync(join(ws, '.outpost.yml'), 'ignorePaths: [".env"]\n');
    const r = run(['scan', '.', '--format', 'json'], ws);
    // .env is ignored; notes.txt (a text file of no known kind) is scanned for secrets by default.
    assert.deepEqual(JSON.parse(r.stdout).findings.map((f: { path: string }) => f.path).sort(), ['.github/workflows/ci.yml', 'notes.txt']);
  });

  it('prints help and version', () => {
    assert.match(run(['--help'], repo).stdout, /outpost scan \[paths\.\.\.\]/);
    assert.match(run(['--version'], repo).stdout, /^\d+\.\d+\.\d+\n$/);
    assert.match(run(['rules'], repo).stdout, /secret\/aws-access-key-id/);
  });

  it('new flags: --staged, history --since/--all, --format gitlab are parsed; misuse exits 2 naming the problem', () => {
    const ws = workspace();
    const cases: [string[], RegExp][] = [
      [['baseline', '--staged'], /--staged applies to "scan" only/],
      [['scan', '--since', 'HEAD~1'], /--since and --all apply to "history" only/],
      [['scan', '--all'], /--since and --all apply to "history" only/],
      [['history', 'a', 'b'], /"history" takes one repository folder/],
      [['history', '--since', '-p'], /--since needs a commit or a date/],
      [['history', '--since=--output=x'], /--since needs a commit or a date/],
      [['history', '--since'], /--since needs a value/],
      [['history', ws], /not inside a git repository/],
      [['scan', '--staged'], /--staged needs a git repository/],
    ];
    for (const [args, message] of cases) {
      const r = run(args, ws);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message, args.join(' '));
    }
    const gl = run(['scan', '.', '--format', 'gitlab'], ws);
    assert.equal(gl.code, 1);
    assert.equal(JSON.parse(gl.stdout).scan.type, 'secret_detection');
    const help = run(['--help'], repo).stdout;
    for (const s of ['outpost scan --staged', 'outpost history [path] [--since REV|DATE] [--all]', '--format gitlab']) assert.ok(help.includes(s), s);
  });

  it('a named file ends its report with how to suppress or baseline; a folder scan does not', () => {
    const ws = workspace();
    assert.match(run(['scan', '.env'], ws).stdout, /outpost-ignore\[<rule id>\].*outpost baseline/s);
    assert.doesNotMatch(run(['scan', '.'], ws).stdout, /outpost-ignore\[<rule id>\]/);
  });
});
