// .outpost.yml: valid settings take effect; invalid ones are errors naming file, line and problem.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../server/src/engine/config/load-config';
import { analyze } from '../../server/src/engine/analyze';

const PW = 'Vq7hNs2LmPx9';
const compose = `x:\n  DB_PASSWORD: ${PW}\n  ACME: acme_Zq8mN3vX5tLw7Kp2\n`;

describe('.outpost.yml', () => {
  it('reads rules, ignore paths, extra patterns and the vault template', () => {
    const { config, errors } = parseConfig(
      [
        'rules:',
        '  secret/generic-password: warning',
        '  gha/*: off',
        'ignorePaths: [vendor/, "*.generated.yml"]',
        'secrets:',
        '  extraPatterns:',
        '    - id: secret/acme-token',
        '      description: ACME deploy token',
        '      pattern: "acme_[A-Za-z0-9]{16}"',
        '      keywords: [ACME_]',
        'vaultReferenceTemplate: "vault:secret/data/{name}"',
        'maxFileSizeKB: 256',
        '',
      ].join('\n'),
      '.outpost.yml',
    );
    assert.deepEqual(errors, []);
    assert.equal(config.rules['secret/generic-password'], 'warning');
    assert.deepEqual(config.ignorePaths, ['vendor/', '*.generated.yml']);
    assert.equal(config.vaultReferenceTemplate, 'vault:secret/data/{name}');
    assert.equal(config.maxFileSizeKB, 256);
    assert.deepEqual(config.extraPatterns[0]!.keywords, ['acme_']);
    const findings = analyze({ path: 'docker-compose.yml', text: compose, config }).findings;
    assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [['secret/generic-password', 'warning'], ['secret/acme-token', 'error']]);
    assert.ok(!findings[1]!.message.includes('acme_Zq8mN3vX5tLw7Kp2'));
  });

  it('turns rules and families off', () => {
    for (const rules of ['secret/generic-password: off', 'secret/*: off', '"*": off']) {
      const { config, errors } = parseConfig(`rules:\n  ${rules}\n`, '.outpost.yml');
      assert.deepEqual(errors, []);
      assert.deepEqual(analyze({ path: 'docker-compose.yml', text: compose, config }).findings, [], rules);
    }
  });

  const bad: [string, string, RegExp, number][] = [
    ['unknown key', 'rules: {}\nrulez: {}\n', /Unknown setting `rulez`/, 2],
    ['bad severity', 'rules:\n  secret/jwt: loud\n', /must be one of `error`, `warning`, `info`, `off`/, 2],
    ['bad rule id', 'rules:\n  NotAnId: off\n', /not a valid rule id/, 2],
    ['wrong type', 'ignorePaths: vendor\n', /must be a list/, 1],
    ['missing field', 'secrets:\n  extraPatterns:\n    - id: secret/x\n      pattern: "x"\n      keywords: [xx]\n', /missing `description`/, 3],
    ['invalid regex', 'secrets:\n  extraPatterns:\n    - id: secret/x\n      description: X\n      pattern: "(unclosed"\n      keywords: [xx]\n', /not a valid RE2 regular expression/, 5],
    ['YAML syntax', 'rules: [\n', /YAML syntax error/, 2],
  ];
  for (const [name, text, message, line] of bad) {
    it(`reports ${name} with file and line`, () => {
      const { errors } = parseConfig(text, 'proj/.outpost.yml');
      assert.ok(errors.length > 0, 'expected an error');
      assert.match(errors[0]!.message, /^proj\/\.outpost\.yml: /);
      assert.match(errors[0]!.message, message);
      assert.equal(errors[0]!.line, line);
    });
  }
});

describe('.outpost.yml ruleOptions', () => {
  it('accepts the documented options and rejects misspelt ones', () => {
    const ok = parseConfig('ruleOptions:\n  gha/unpinned-action: { policy: all, trusted: [my-org] }\n  collab/too-many-admins: { max: 5 }\n', '.outpost.yml');
    assert.deepEqual(ok.errors, []);
    assert.deepEqual(ok.config.ruleOptions['collab/too-many-admins'], { max: 5 });
    const bad = parseConfig('ruleOptions:\n  gha/unpinned-action: { policcy: all }\n', '.outpost.yml');
    assert.match(bad.errors[0]!.message, /Unknown setting `policcy`/);
    assert.equal(bad.errors[0]!.line, 2);
  });
});
