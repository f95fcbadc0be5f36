// The CI integrations shipped in the repository: the GitHub Action (action.yml), the GitLab
// template and the organisation-wide examples. They parse, pin every action to a full commit,
// pass Outpost's own checks, and the action's scan step, run as GitHub would run it, writes
// SARIF and reports the exit code.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

const repo = join(__dirname, '../..');
const cli = join(repo, 'dist/cli.js');

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}

const FILES: [string, string][] = [
  ['action.yml', 'action.yml'],
  ['ci/gitlab/outpost-secret-detection.gitlab-ci.yml', '.gitlab-ci.yml'],
  ['ci/gitlab/outpost-group-scan.gitlab-ci.yml', 'group/.gitlab-ci.yml'],
  ['ci/github/outpost-org-scan.yml', '.github/workflows/outpost-org-scan.yml'],
];

describe('CI templates', () => {
  before(() => {
    if (!existsSync(cli)) execFileSync(process.execPath, ['esbuild.mjs', '--only=cli'], { cwd: repo });
  });

  it('each parses and Outpost finds nothing in it under its real name', () => {
    const ws = mkdtempSync(join(tmpdir(), 'outpost-ci-'));
    for (const [src, as] of FILES) {
      parse(readFileSync(join(repo, src), 'utf8'));
      mkdirSync(join(ws, as, '..'), { recursive: true });
      copyFileSync(join(repo, src), join(ws, as));
    }
    writeFileSync(join(ws, '.outpost.yml'), 'ruleOptions:\n  gha/unpinned-action:\n    policy: all\n');
    const r = spawnSync(process.execPath, [cli, 'scan', '.', '--fail-on', 'info', '--format', 'json'], { cwd: ws, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const files = (JSON.parse(r.stdout) as { findings: unknown[] }).findings;
    assert.deepEqual(files, []);
  });

  it('action.yml: composite, every uses pinned to a full SHA, inputs only through env', () => {
    const action = parse(readFileSync(join(repo, 'action.yml'), 'utf8')) as { runs: { using: string; steps: Step[] }; inputs: Record<string, unknown> };
    assert.equal(action.runs.using, 'composite');
    for (const s of action.runs.steps) {
      if (s.uses) assert.match(s.uses, /@[0-9a-f]{40}$/, `${s.uses} pinned`);
      if (s.run) assert.ok(!s.run.includes('${{'), `no expression inside run: ${s.run.slice(0, 40)}`);
    }
    assert.ok(action.runs.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@')));
    for (const k of ['path', 'mode', 'fail-on', 'sarif-file', 'upload']) assert.ok(k in action.inputs, `input ${k}`);
  });

  it("the action's scan step writes SARIF and the exit code, for scan and history", () => {
    const action = parse(readFileSync(join(repo, 'action.yml'), 'utf8')) as { runs: { steps: Step[] } };
    const step = action.runs.steps.find((s) => s.id === 'scan')!;
    const ws = mkdtempSync(join(tmpdir(), 'outpost-action-'));
    execFileSync('git', ['init', '-q'], { cwd: ws });
    writeFileSync(join(ws, '.env'), 'AWS_ACCESS_KEY_ID=AKIA7JBD4R6CC6PKYQJR\n');
    execFileSync('git', ['add', '.'], { cwd: ws });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'x'], { cwd: ws });
    for (const mode of ['scan', 'history']) {
      const out = join(ws, `out-${mode}.txt`);
      writeFileSync(out, '');
      const r = spawnSync('bash', ['-e', '-c', step.run!], {
        cwd: ws,
        encoding: 'utf8',
        env: { ...process.env, GITHUB_OUTPUT: out, OUTPOST_CLI: cli, OUTPOST_PATH: '.', OUTPOST_MODE: mode, OUTPOST_FAIL_ON: 'error', OUTPOST_SARIF: `${mode}.sarif`, OUTPOST_EXTRA: '' },
      });
      assert.equal(r.status, 0, r.stderr);
      const outputs = readFileSync(out, 'utf8');
      assert.match(outputs, new RegExp(`sarif-file=${mode}\\.sarif`));
      assert.match(outputs, /exit-code=1/);
      const sarif = JSON.parse(readFileSync(join(ws, `${mode}.sarif`), 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
      assert.equal(sarif.runs[0]!.results[0]!.ruleId, 'secret/aws-access-key-id');
      assert.ok(!r.stdout.includes('AKIA7JBD4R6CC6PKYQJR'));
    }
  });

  it('GitLab template: the job publishes the secret_detection report it writes', () => {
    const t = parse(readFileSync(join(repo, 'ci/gitlab/outpost-secret-detection.gitlab-ci.yml'), 'utf8')) as Record<string, { script: string[]; artifacts: { reports: { secret_detection: string } } }>;
    const job = t['outpost-secret-detection']!;
    const report = job.artifacts.reports.secret_detection;
    assert.ok(job.script.some((l) => l.includes('--format gitlab') && l.includes(`--output ${report}`)));
  });
});
