// "Ignore on this line" / "... with a comment above": the comment lands in the file's comment
// syntax, the finding goes away, and nothing is offered where a comment would change the data.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml } from '../../../server/src/engine/parse/yaml-entries';
import { applyFix, FAKE, findings, fixTitles } from './fix-helpers';

const THIS = 'Ignore secret/generic-password on this line';
const ABOVE = 'Ignore secret/generic-password on this line with a comment above';

describe('suppression fixes', () => {
  it('YAML: end-of-line and line-above comments, indented like the line, both silence the finding', () => {
    const text = `services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${FAKE.password}\n`;
    const eol = applyFix('docker-compose.yml', text, { title: THIS });
    assert.equal(eol.text, `services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${FAKE.password} # outpost-ignore[secret/generic-password]: reason\n`);
    assert.equal(eol.fix.safe, false);
    assert.deepEqual(findings('docker-compose.yml', eol.text).filter((f) => f.ruleId.startsWith('secret/')), []);
    const above = applyFix('docker-compose.yml', text, { title: ABOVE });
    assert.equal(above.text, `services:\n  db:\n    environment:\n      # outpost-ignore-next-line[secret/generic-password]: reason\n      POSTGRES_PASSWORD: ${FAKE.password}\n`);
    assert.deepEqual(findings('docker-compose.yml', above.text).filter((f) => f.ruleId.startsWith('secret/')), []);
    assert.equal(parseYaml(above.text).problems.length, 0);
  });

  it('adds the rule to an existing marker instead of a second comment, and keeps CRLF line endings', () => {
    const text = `env:\r\n  # outpost-ignore-next-line[secret/jwt]: test token\r\n  DB_PASSWORD: ${FAKE.password}\r\n`;
    const r = applyFix('docker-compose.yml', text, { title: ABOVE });
    assert.equal(r.text, `env:\r\n  # outpost-ignore-next-line[secret/jwt, secret/generic-password]: test token\r\n  DB_PASSWORD: ${FAKE.password}\r\n`);
    const plain = `env:\r\n  DB_PASSWORD: ${FAKE.password}\r\n`;
    assert.equal(applyFix('docker-compose.yml', plain, { title: ABOVE }).text, `env:\r\n  # outpost-ignore-next-line[secret/generic-password]: reason\r\n  DB_PASSWORD: ${FAKE.password}\r\n`);
  });

  it('inside a literal run: script, a # line is a shell comment and allowed; inside other block values nothing is offered', () => {
    const w = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -u bot:${FAKE.password} https://example.org\n`;
    const r = applyFix('.github/workflows/a.yml', w, { title: ABOVE });
    assert.ok(r.text.includes(`      - run: |\n          # outpost-ignore-next-line[secret/generic-password]: reason\n          curl -u bot:`), r.text);
    const block = `notes: |\n  backup key ${FAKE.aws}\n  more\n`;
    assert.deepEqual(
      fixTitles('x.yml', block, undefined).filter((t) => t.startsWith('Ignore')),
      [],
    );
  });

  it('INI and .properties get only the line-above form; JSON gets none', () => {
    const ini = `[server]\npassword = ${FAKE.password}\n`;
    assert.deepEqual(fixTitles('settings.ini', ini).filter((t) => t.startsWith('Ignore')), [ABOVE]);
    assert.equal(applyFix('settings.ini', ini, { title: ABOVE }).text, `[server]\n; outpost-ignore-next-line[secret/generic-password]: reason\npassword = ${FAKE.password}\n`);
    const props = `db.password=${FAKE.password}\n`;
    assert.equal(applyFix('app.properties', props, { title: ABOVE }).text, `# outpost-ignore-next-line[secret/generic-password]: reason\ndb.password=${FAKE.password}\n`);
    const json = `{ "password": "${FAKE.password}" }\n`;
    assert.deepEqual(fixTitles('settings.json', json).filter((t) => t.startsWith('Ignore')), []);
  });

  it('Jenkinsfile: // after a one-line string, # inside a multi-line sh script', () => {
    const one = `node {\n  sh 'curl -u bot:${FAKE.password} https://example.org'\n}\n`;
    assert.equal(applyFix('Jenkinsfile', one, { title: THIS }).text, `node {\n  sh 'curl -u bot:${FAKE.password} https://example.org' // outpost-ignore[secret/generic-password]: reason\n}\n`);
    const multi = `node {\n  sh '''\n    curl -u bot:${FAKE.password} https://example.org\n  '''\n}\n`;
    const r = applyFix('Jenkinsfile', multi, { title: ABOVE });
    assert.equal(r.text, `node {\n  sh '''\n    # outpost-ignore-next-line[secret/generic-password]: reason\n    curl -u bot:${FAKE.password} https://example.org\n  '''\n}\n`);
    assert.deepEqual(findings('Jenkinsfile', r.text).filter((f) => f.ruleId.startsWith('secret/')), []);
  });
});
