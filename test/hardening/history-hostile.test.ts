// A hostile repository through `outpost history`: a 200 MB blob, a binary blob, a Git LFS pointer,
// a submodule, paths with quotes, tabs and non-ASCII, ref names that look like options or shell,
// and a repository config that names programs (external diff, textconv, fsmonitor, pager, gpg for
// a signed commit). Outpost must finish with exit 0/1/2, never crash, never run those programs,
// note what it skipped, and never print a full secret.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync, chmodSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo } from '../support/git-repo';
import type { TestRepo } from '../support/git-repo';
import { CLI, requireBuilt } from './support/run-guarded';

const SECRET = 'AKIA7JBD4R6CC6PKYQJR';
const ODD_SECRET = 'AKIAQ3EGRWJ7KLMNP5T2';
const BIG_SECRET_LINE = `aws_access_key_id = AKIAZ4XK2BPQ7RMW3NVY\n`;

/** Writes `bytes` of a repeated line into the object store without a working-tree file. */
function hashObjectStream(r: TestRepo, line: string, bytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['hash-object', '-w', '--stdin'], { cwd: r.dir });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`hash-object exit ${code}`))));
    const chunk = Buffer.from(line.repeat(Math.ceil((1 << 20) / line.length)));
    let written = 0;
    const pump = (): void => {
      while (written < bytes) {
        written += chunk.length;
        if (!child.stdin.write(chunk)) return void child.stdin.once('drain', pump);
      }
      child.stdin.end();
    };
    pump();
  });
}

let r: TestRepo;
let marker: string;

describe('history on a hostile repository', () => {
  before(async () => {
    requireBuilt(CLI);
    r = makeRepo('outpost-history-hostile-');
    marker = join(r.dir, 'PWNED');
    const evil = join(r.dir, 'evil.sh');
    writeFileSync(evil, `#!/bin/sh\ntouch ${JSON.stringify(marker)}\ncat\n`);
    chmodSync(evil, 0o755);
    r.write('.env', `AWS_ACCESS_KEY_ID=${SECRET}\n`);
    r.write('.gitattributes', '* diff=evil filter=evil\n');
    r.commit('start');
    // 200 MB text blob (with a secret in it), a binary blob, an LFS pointer and a submodule.
    const big = await hashObjectStream(r, BIG_SECRET_LINE, 200 * 1024 * 1024);
    writeFileSync(join(r.dir, 'bin.tmp'), Buffer.concat([Buffer.from('PK\0\0'), Buffer.from(`password=${SECRET}\0\0\0`)]));
    const binOid = r.git('hash-object', '-w', 'bin.tmp').trim();
    const lfs = join(r.dir, 'lfs.tmp');
    writeFileSync(lfs, `version https://git-lfs.github.com/spec/v1\noid sha256:${'a'.repeat(64)}\nsize 123456\n`);
    const lfsOid = r.git('hash-object', '-w', 'lfs.tmp').trim();
    r.git('update-index', '--add', '--cacheinfo', `100644,${big},dump/big.env`);
    r.git('update-index', '--add', '--cacheinfo', `100644,${binOid},assets/blob.env`);
    r.git('update-index', '--add', '--cacheinfo', `100644,${lfsOid},models/weights.env`);
    r.git('update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},vendor/sub`);
    r.write('we"ird\tname ünï.env', `AWS_ACCESS_KEY_ID=${ODD_SECRET}\n`);
    r.git('add', '--', 'we"ird\tname ünï.env');
    r.git('commit', '-q', '--no-verify', '-m', 'hostile objects');
    // A commit carrying a (fake) signature: with log.showSignature git would run gpg.program.
    const head = r.git('rev-parse', 'HEAD').trim();
    const tree = r.git('rev-parse', 'HEAD^{tree}').trim();
    const signed = `tree ${tree}\nparent ${head}\nauthor Ann Dev <a@b> 1700100000 +0000\ncommitter Ann Dev <a@b> 1700100000 +0000\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----\n\nsigned\n`;
    writeFileSync(join(r.dir, 'commit.tmp'), signed);
    const signedOid = r.git('hash-object', '-t', 'commit', '-w', 'commit.tmp').trim();
    r.git('update-ref', 'refs/heads/main', signedOid);
    // Ref names that look like options or shell.
    r.git('update-ref', 'refs/tags/--output=pwned', signedOid);
    r.git('update-ref', 'refs/heads/x/;touch${IFS}PWNED', head);
    r.git('update-ref', 'refs/heads/ünï/cödé', head);
    // Last (the test's own git commands above would run it): config that would run evil.sh if Outpost let it: every program-naming key we know of.
    for (const [k, v] of [
      ['diff.external', evil],
      ['diff.evil.command', evil],
      ['diff.evil.textconv', evil],
      ['filter.evil.smudge', evil],
      ['filter.evil.clean', evil],
      ['core.fsmonitor', evil],
      ['core.pager', evil],
      ['pager.log', evil],
      ['log.showSignature', 'true'],
      ['gpg.program', evil],
      ['core.hooksPath', r.dir],
      ['core.bigFileThreshold', '4g'],
      ['diff.noprefix', 'true'],
      ['core.quotePath', 'true'],
    ]) r.git('config', k!, v!);
  });

  after(() => rmSync(r.dir, { recursive: true, force: true }));

  for (const extra of [[], ['--all'], ['--since', '--output=pwned'], ['--since', 'x/;touch${IFS}PWNED']] as string[][]) {
    it(`history ${extra.join(' ')}: bounded, no program run, skips noted, no full secret`, () => {
      for (const format of ['json', 'text', 'sarif', 'gitlab']) {
        const res = spawnSync(process.execPath, [CLI, 'history', ...extra, '--format', format], { cwd: r.dir, encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
        assert.equal(res.error, undefined, `finished: ${String(res.error)}`);
        assert.ok([0, 1, 2].includes(res.status ?? -1), `exit ${res.status}: ${res.stderr}`);
        assert.ok(!/unexpected error/.test(res.stderr), res.stderr);
        for (const s of [SECRET, ODD_SECRET, 'AKIAZ4XK2BPQ7RMW3NVY']) assert.ok(!res.stdout.includes(s) && !res.stderr.includes(s), `no full secret (${format})`);
        assert.ok(!existsSync(marker), `a repository-configured program ran (${format} ${extra.join(' ')})`);
        assert.ok(!existsSync(join(r.dir, 'pwned')) && !existsSync(join(r.dir, '--output=pwned')), 'a ref name reached git as an option');
        if (extra[0] === '--since' && extra[1]!.startsWith('-')) {
          assert.equal(res.status, 2, 'an option-like --since is a usage error');
          continue;
        }
        if (format !== 'json') continue;
        if (extra[0] === '--since') {
          // The shell-looking branch is a revision like any other: it points at the parent of the
          // last (signed, empty) commit, so nothing is left to scan.
          assert.equal(res.status, 0, res.stderr);
          assert.deepEqual((JSON.parse(res.stdout) as { findings: unknown[] }).findings, []);
          continue;
        }
        assert.equal(res.status, 1, res.stderr);
        const rows = (JSON.parse(res.stdout) as { findings: { path: string; ruleId: string; presentAtHead: boolean }[] }).findings;
        assert.ok(rows.some((f) => f.path === '.env' && f.presentAtHead), JSON.stringify(rows));
        assert.ok(rows.some((f) => f.path === 'we"ird\tname ünï.env'), `odd path parsed: ${JSON.stringify(rows.map((f) => f.path))}`);
        assert.ok(!rows.some((f) => ['dump/big.env', 'assets/blob.env', 'models/weights.env', 'vendor/sub'].includes(f.path)), 'skipped objects give no finding');
        for (const p of ['dump/big.env', 'assets/blob.env', 'models/weights.env', 'vendor/sub']) assert.match(res.stderr, new RegExp(`skipped ${p.replace(/[./]/g, '\\$&')} \\(commit`), `skip of ${p} noted`);
      }
    });
  }
});
