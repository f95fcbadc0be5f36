// Inline suppression in each comment syntax, and the fingerprint baseline.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import { parseBaseline, parseBaselineFile, serializeBaseline, BaselineError } from '../../server/src/engine/suppress/baseline';
import { fingerprint } from '../../server/src/engine/secrets/mask';

const PW = 'Vq7hNs2LmPx9';
const ids = (path: string, text: string, baseline?: Set<string>): string[] =>
  analyze({ path, text, ...(baseline ? { baseline } : {}) }).findings.map((f) => f.ruleId);

describe('inline suppression', () => {
  const cases: [string, string, string][] = [
    ['YAML, same line', 'docker-compose.yml', `x:\n  DB_PASSWORD: ${PW} # outpost-ignore[secret/generic-password]: rotated test fixture\n`],
    ['YAML, next line', 'docker-compose.yml', `x:\n  # outpost-ignore-next-line[secret/generic-password]: local only\n  DB_PASSWORD: ${PW}\n`],
    ['.env', '.env', `# outpost-ignore-next-line[secret/generic-password]: dev db\nDB_PASSWORD=${PW}\n`],
    ['INI with ;', '.pypirc', `[pypi]\n; outpost-ignore-next-line[secret/generic-password]: reason\npassword = ${PW}\n`],
    ['Groovy //', 'Jenkinsfile', `// outpost-ignore-next-line[secret/generic-password]: reason\nsh 'curl -u bot:${PW} https://x.org'\n`],
    ['Groovy /* */', 'Jenkinsfile', `sh 'curl -u bot:${PW} https://x.org' /* outpost-ignore[secret/generic-password]: reason */\n`],
    ['a family', 'docker-compose.yml', `x:\n  DB_PASSWORD: ${PW} # outpost-ignore[secret/*]: reason\n`],
    ['several ids', 'docker-compose.yml', `x:\n  DB_PASSWORD: ${PW} # outpost-ignore[gha/unpinned-action, secret/generic-password]: reason\n`],
    ['bracket-less: every rule on the line', 'docker-compose.yml', `x:\n  DB_PASSWORD: ${PW} # outpost-ignore: reason\n`],
  ];
  for (const [name, path, text] of cases) {
    it(`suppresses: ${name}`, () => {
      assert.deepEqual(ids(path, text.replace(/ # outpost-ignore.*| \/\* outpost-ignore.*|.*outpost-ignore-next-line.*\n/g, '')), ['secret/generic-password'], 'the finding exists without the comment');
      assert.deepEqual(ids(path, text), []);
    });
  }
  it('does not suppress another rule, nor a line further away', () => {
    assert.deepEqual(ids('docker-compose.yml', `x:\n  DB_PASSWORD: ${PW} # outpost-ignore[secret/jwt]: wrong id\n`), ['secret/generic-password']);
    assert.deepEqual(ids('docker-compose.yml', `x:\n  # outpost-ignore-next-line[secret/generic-password]: r\n\n  DB_PASSWORD: ${PW}\n`), ['secret/generic-password']);
  });
});

describe('baseline', () => {
  const text = `x:\n  DB_PASSWORD: ${PW}\n`;
  const fp = fingerprint('secret/generic-password', PW);

  it('fingerprints are SHA-256 of rule id and secret, independent of position', () => {
    const a = analyze({ path: 'docker-compose.yml', text }).findings[0]!;
    const b = analyze({ path: 'other/docker-compose.yml', text: `\n\n# moved\n${text}` }).findings[0]!;
    assert.equal(a.fingerprint, fp);
    assert.equal(b.fingerprint, fp);
    assert.match(fp, /^[0-9a-f]{64}$/);
  });
  it('drops accepted findings, still shows a new secret on the same line', () => {
    const baseline = parseBaseline(serializeBaseline([{ ruleId: 'secret/generic-password', fingerprint: fp, path: 'docker-compose.yml' }]));
    assert.deepEqual(ids('docker-compose.yml', text, baseline), []);
    assert.deepEqual(ids('docker-compose.yml', text.replace(PW, 'Zt5rQm8pLk2W'), baseline), ['secret/generic-password']);
  });
  it('serialises without secrets, sorted, merged with the previous file', () => {
    const prev = parseBaselineFile(serializeBaseline([{ ruleId: 'secret/jwt', fingerprint: 'a'.repeat(64), path: 'b.yml' }]));
    const out = serializeBaseline([{ ruleId: 'secret/generic-password', fingerprint: fp, path: 'a.yml' }], prev);
    assert.ok(!out.includes(PW));
    assert.deepEqual(JSON.parse(out).findings.map((f: { path: string }) => f.path), ['a.yml', 'b.yml']);
  });
  it('rejects malformed baselines with a clear error', () => {
    assert.throws(() => parseBaseline('{'), BaselineError);
    assert.throws(() => parseBaseline('{"version": 2, "findings": []}'), /version/);
    assert.throws(() => parseBaseline('{"version": 1, "findings": [{"ruleId": "x", "fingerprint": "nothex"}]}'), /fingerprint/);
  });
});
