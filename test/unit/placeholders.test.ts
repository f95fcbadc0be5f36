// References and placeholders are never findings (issue 2 lists every class): each is checked
// both by the classifier and end-to-end through analyze() under a secret-like key.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isLocator, isNonSecretShape, isPlaceholder, isReference } from '../../server/src/engine/secrets/placeholders';
import { analyze } from '../../server/src/engine/analyze';

const REFERENCES = [
  '${{ secrets.DEPLOY_TOKEN }}',
  '${{ vars.API_URL }}',
  '$DEPLOY_TOKEN',
  '${DEPLOY_TOKEN}',
  '${DEPLOY_TOKEN:-fallback}',
  '${DEPLOY_TOKEN:?must be set}',
  '$(DeployToken)',
  '%DEPLOY_TOKEN%',
  '{{ vault_deploy_token }}',
  "credentials('deploy-token')",
  'ENC[AES256_GCM,data:abc,iv:def,tag:ghi,type:str]',
  'ref+vault://secret/deploy#token',
  'op://Infra/Deploy/token',
  '{{resolve:secretsmanager:prod/deploy:SecretString:token}}',
  '$ANSIBLE_VAULT;1.1;AES256',
  '@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/x/)',
];
const PLACEHOLDERS = ['ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'glpat-XXXXXXXXXXXXXXXXXXXX', '', 'changeme', 'CHANGEME', '<token>', '<your-api-token>', 'your-token-here', 'your_api_key', 'xxxx', 'XXXXXXXXXXXXXXXX', '****', '********', 'AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'dummy-token', 'placeholder', 'REDACTED', 'insert_key_here'];
const NOT_SECRETS = [
  '123e4567-e89b-12d3-a456-426614174000',
  'sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824',
  'sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==',
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl user@host',
  '-----BEGIN CERTIFICATE-----\nMIIB',
];
const LOCATORS = ['https://example.org/path', 'ssh://git@example.org/repo.git', './scripts/token.sh', '/run/secrets/db_password', '~/.config/token'];

describe('placeholders and references', () => {
  for (const r of REFERENCES) it(`reference: ${r}`, () => assert.ok(isReference(r)));
  for (const p of PLACEHOLDERS) it(`placeholder: ${JSON.stringify(p)}`, () => assert.ok(isPlaceholder(p)));
  for (const n of NOT_SECRETS) it(`non-secret shape: ${n.slice(0, 30)}`, () => assert.ok(isNonSecretShape(n)));
  for (const l of LOCATORS) it(`locator (never a key's secret value): ${l}`, () => assert.ok(isLocator(l)));

  it('random-looking strings are none of these', () => {
    for (const v of ['Jx8kTq2mVw9pLs4N', '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', 'eXOzEcD4QaQnp']) {
      assert.equal(isReference(v) || isPlaceholder(v) || isNonSecretShape(v), false, v);
    }
  });

  it('none of them is reported under a secret-like key, in YAML, .env and JSON', () => {
    for (const v of [...REFERENCES, ...PLACEHOLDERS]) {
      const yaml = analyze({ path: '.github/workflows/ci.yml', text: `env:\n  API_TOKEN: '${v.replace(/'/g, "''")}'\n  DB_PASSWORD: '${v.replace(/'/g, "''")}'\n` });
      assert.deepEqual(yaml.findings.filter((f) => f.ruleId.startsWith('secret/')), [], `YAML ${v}`);
      const env = analyze({ path: '.env', text: `API_TOKEN="${v}"\nDB_PASSWORD="${v}"\n` });
      assert.deepEqual(env.findings, [], `.env ${v}`);
    }
  });

  it('!vault values, commit SHAs in uses:, image digests and checksums are not reported', () => {
    const text = [
      'jobs:',
      '  b:',
      '    container: node@sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824',
      '    steps:',
      '      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683',
      '      - run: echo "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  file.tgz" | sha256sum -c',
      '        env:',
      '          CHECKSUM_SHA256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      '          SIGNING_KEY_ID: 3AA5C34371567BD2',
      '',
    ].join('\n');
    assert.deepEqual(analyze({ path: '.github/workflows/ci.yml', text }).findings.filter((f) => f.ruleId.startsWith('secret/')), []);
    const vault = 'db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  6231336539666234\n';
    assert.deepEqual(analyze({ path: 'group_vars/all.yml', text: vault }).findings, []);
  });
});
