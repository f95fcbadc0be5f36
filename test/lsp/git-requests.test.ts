// The git requests of the language server over stdio: outpost/stagedFindings (the status bar's
// staged count) and outpost/scanHistory (the Scan History command), in a repository built here.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestClient, uriOf } from './support/lsp-client';
import { makeRepo } from '../support/git-repo';
import type { TestRepo } from '../support/git-repo';

const PW = ['Vq7h', 'Ns2LmPx9'].join('');
const AWS = ['AKIA', '7JBD4R6CC6PKYQJR'].join('');

interface Staged {
  gitRepository: boolean;
  findings: { uri: string; path: string; line: number; ruleId: string; message: string }[];
}
interface History {
  gitRepository: boolean;
  commits: number;
  secrets: { path: string; line: number; ruleId: string; presentAtHead: boolean; count: number; commit: string; uri?: string; message: string }[];
}

describe('git requests', () => {
  let r: TestRepo;
  let client: TestClient;
  let first: string;

  before(async () => {
    r = makeRepo('outpost-lsp-git-');
    r.write('deploy/.env', `AWS_ACCESS_KEY_ID=${AWS}\n`);
    first = r.commit('add key');
    r.remove('deploy/.env');
    r.write('app/.env', `DB_PASSWORD=${PW}\n`);
    r.commit('remove key, add password');
    client = await TestClient.start({ folders: [r.dir], settings: { debounceMs: 20 } });
  });
  after(async () => {
    await client.stop();
  });

  it('stagedFindings: counts what the next commit would add, from the index', async () => {
    const none = (await client.conn.sendRequest('outpost/stagedFindings')) as Staged;
    assert.deepEqual(none, { gitRepository: true, findings: [], filesScanned: 0 });
    r.write('ci/.env', `API_PASSWORD=${PW}z\n`);
    r.git('add', 'ci/.env');
    r.write('ci/.env', 'API_PASSWORD=\n');
    const staged = (await client.conn.sendRequest('outpost/stagedFindings')) as Staged;
    assert.equal(staged.findings.length, 1);
    assert.deepEqual([staged.findings[0]!.path, staged.findings[0]!.line, staged.findings[0]!.ruleId, staged.findings[0]!.uri], ['ci/.env', 1, 'secret/generic-password', uriOf(join(r.dir, 'ci/.env'))]);
    assert.ok(!staged.findings[0]!.message.includes(PW));
    r.git('reset', '-q');
  });

  it('scanHistory: lists historic secrets, present or removed', async () => {
    const h = (await client.conn.sendRequest('outpost/scanHistory', {})) as History;
    assert.equal(h.gitRepository, true);
    assert.equal(h.commits, 2);
    const byPath = new Map(h.secrets.map((s) => [s.path, s]));
    assert.equal(byPath.get('deploy/.env')?.presentAtHead, false);
    assert.equal(byPath.get('deploy/.env')?.commit, first);
    assert.equal(byPath.get('deploy/.env')?.uri, undefined, 'the file is gone');
    assert.equal(byPath.get('app/.env')?.presentAtHead, true);
    assert.equal(byPath.get('app/.env')?.uri, uriOf(join(r.dir, 'app/.env')));
    assert.ok(!JSON.stringify(h).includes(AWS) && !JSON.stringify(h).includes(PW));
  });

  it('a workspace outside git: no repository, no count', async () => {
    const other = await TestClient.start({ folders: [mkdtempSync(join(tmpdir(), 'outpost-lsp-nogit-'))] });
    try {
      assert.deepEqual(await other.conn.sendRequest('outpost/stagedFindings'), { gitRepository: false, findings: [], filesScanned: 0 });
      assert.deepEqual(await other.conn.sendRequest('outpost/scanHistory', {}), { gitRepository: false, commits: 0, secrets: [] });
    } finally {
      await other.stop();
    }
  });
});
