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

describe('.outpost.yml minConfidence and persona', () => {
  // A checkout that keeps its token (low confidence) and an issue title pasted into a script (high).
  const wf = 'on: issues\npermissions:\n  contents: read\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: echo "${{ github.event.issue.title }}"\n';
  const rules = (yml: string): string[] => {
    const { config, errors } = parseConfig(yml, '.outpost.yml');
    assert.deepEqual(errors, []);
    return analyze({ path: '.github/workflows/t.yml', text: wf, config }).findings.filter((f) => f.ruleId.startsWith('gha/')).map((f) => `${f.ruleId}:${f.confidence}`);
  };

  it('reports every confidence by default and only the surer ones when asked', () => {
    assert.deepEqual(rules('rules: {}\n'), ['gha/persist-credentials:low', 'gha/unpinned-action:low', 'gha/template-injection:high']);
    assert.deepEqual(rules('minConfidence: medium\n'), ['gha/template-injection:high']);
    assert.deepEqual(rules('minConfidence: high\n'), ['gha/template-injection:high']);
  });

  it('persona auditor also reports pull_request_target workflows that never fetch pull request code', () => {
    const labeller = 'on: pull_request_target\npermissions:\n  contents: read\n  pull-requests: write\njobs:\n  l:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/labeler@8558fd74291d67161a8a78ce36a881fa63b766a9\n';
    const found = (yml: string): string[] => analyze({ path: '.github/workflows/l.yml', text: labeller, config: parseConfig(yml, '.outpost.yml').config }).findings.map((f) => f.ruleId);
    assert.ok(!found('persona: regular\n').includes('gha/dangerous-trigger'));
    assert.ok(found('persona: auditor\n').includes('gha/dangerous-trigger'));
  });

  it('rejects unknown levels with file and line', () => {
    const { errors } = parseConfig('rules: {}\nminConfidence: sure\n', '.outpost.yml');
    assert.equal(errors[0]?.line, 2);
    assert.equal(parseConfig('persona: paranoid\n', '.outpost.yml').errors.length, 1);
  });
});
