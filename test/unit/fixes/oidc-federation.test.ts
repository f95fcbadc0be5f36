// The second fix for a cloud key in a workflow: OIDC federation instead of any stored key. The
// login step with placeholders, `permissions: id-token: write`, the key lines gone; parseable,
// idempotent, the secret finding gone, and a follow-up that says what to create on the cloud side.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findings, fixTitles, FAKE } from './fix-helpers';

const PATH = '.github/workflows/deploy.yml';
const AWS_SECRET = ['wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCYzq8mN3vX5tLw'].join('');
const AZURE_SECRET = ['Xk8Q~', 'cLq0tI1jkszp88r7fYkDc96kVncLVP41Q'].join('');

const envKeys = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: aws s3 sync dist s3://bucket
        env:
          AWS_ACCESS_KEY_ID: ${FAKE.aws}
          AWS_SECRET_ACCESS_KEY: ${AWS_SECRET}
`;

const loginKeys = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${FAKE.aws}
          aws-secret-access-key: ${AWS_SECRET}
          aws-region: eu-west-1
      - run: aws s3 sync dist s3://bucket
`;

const azure = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: az login --service-principal -u "$AZURE_CLIENT_ID" -p "$AZURE_CLIENT_SECRET" --tenant "$AZURE_TENANT_ID"
        env:
          AZURE_CLIENT_ID: 00000000-0000-0000-0000-000000000000
          AZURE_CLIENT_SECRET: ${AZURE_SECRET}
`;

const TITLE = 'Use ';

function checkFederated(before: string, expectIn: string[], cloudRule: RegExp): string {
  const { fix, text } = applyFix(PATH, before, { title: TITLE });
  for (const e of expectIn) assert.ok(text.includes(e), `${e}\n---\n${text}`);
  assert.match(fix.followUp ?? '', /treat it as leaked/);
  assert.match(fix.followUp ?? '', /https:\/\//);
  assert.equal(fix.safe, false, 'placeholders must be filled in: never part of fix-all');
  const left = findings(PATH, text);
  assert.ok(!left.some((f) => cloudRule.test(f.ruleId)), `no cloud key left: ${left.map((f) => f.ruleId).join(', ')}`);
  assert.ok(!left.some((f) => f.ruleId === 'outpost/parse-error'));
  const unpinned = (fs: { ruleId: string }[]) => fs.filter((f) => f.ruleId === 'gha/unpinned-action').length;
  assert.ok(unpinned(left) <= unpinned(findings(PATH, before)), 'the inserted login step is pinned by SHA: no new unpinned-action finding');
  // Applying again: there is no key left to offer it on, and nothing changes.
  assert.ok(!findings(PATH, text).some((f) => f.ruleId.startsWith('secret/')), 'no secret finding, so no fix to re-apply');
  return text;
}

describe('OIDC federation fix (GitHub Actions)', () => {
  it('is offered next to "Move to secret store" for an AWS key', () => {
    const titles = fixTitles(PATH, envKeys, 'secret/aws-access-key-id');
    assert.equal(titles[0], 'Move to secret store as ${{ secrets.AWS_ACCESS_KEY_ID }}');
    assert.equal(titles[1], 'Use AWS OIDC federation instead of a stored key (aws-actions/configure-aws-credentials)');
  });

  it('AWS keys in env: login step with role-to-assume, id-token: write, both key lines and the empty env gone', () => {
    const text = checkFederated(envKeys, ['      - uses: aws-actions/configure-aws-credentials@ececac1a45f3b08a01d2dd070d28d111c5fe6722 # v4.1.0', '          role-to-assume: arn:aws:iam::<ACCOUNT_ID>:role/<ROLE_NAME>', '    permissions:\n      id-token: write\n      contents: read\n    steps:'], /^secret\/aws/);
    assert.ok(!text.includes('env:'));
    assert.ok(!text.includes(AWS_SECRET));
  });

  it('AWS keys on configure-aws-credentials: the step gets role-to-assume instead of the keys', () => {
    const text = checkFederated(loginKeys, ['role-to-assume: "arn:aws:iam::<ACCOUNT_ID>:role/<ROLE_NAME>"', '      contents: read\n      id-token: write\n'], /^secret\/aws/);
    assert.equal(text.split('configure-aws-credentials').length - 1, 1, 'no second login step');
    assert.ok(text.includes('aws-region: eu-west-1'));
  });

  it('Azure client secret: azure/login with client-id, tenant-id, subscription-id', () => {
    checkFederated(azure, ['      - uses: azure/login@a457da9ea143d694b1b9c7c869ebb04ebe844ef5 # v2.3.0', '          client-id: <APPLICATION_CLIENT_ID>', '          tenant-id: <TENANT_ID>', '          subscription-id: <SUBSCRIPTION_ID>', 'id-token: write'], /^secret\/azure/);
  });

  it('is not offered for a key inside a script (a human must rewrite the command)', () => {
    const inScript = `on: push\njobs:\n  d:\n    runs-on: ubuntu-latest\n    steps:\n      - run: AWS_ACCESS_KEY_ID=${FAKE.aws} aws s3 ls\n`;
    assert.ok(!fixTitles(PATH, inScript, 'secret/aws-access-key-id').some((t) => t.startsWith(TITLE)));
  });
});

describe('OIDC federation fix (GitLab id_tokens)', () => {
  const gitlab = `stages: [deploy]
deploy:
  stage: deploy
  image: amazon/aws-cli:2.15.0@sha256:${'ab'.repeat(32)}
  variables:
    AWS_DEFAULT_REGION: eu-west-1
    AWS_ACCESS_KEY_ID: ${FAKE.aws}
    AWS_SECRET_ACCESS_KEY: ${AWS_SECRET}
  script:
    - aws s3 sync dist s3://bucket
`;
  it('asks GitLab for an ID token, points the AWS SDK at it and drops both key lines', () => {
    const { fix, text } = applyFix('.gitlab-ci.yml', gitlab, { title: 'Use AWS OIDC' });
    for (const e of ['  id_tokens:\n    AWS_ID_TOKEN:\n      aud: sts.amazonaws.com\n', 'AWS_ROLE_ARN: "arn:aws:iam::<ACCOUNT_ID>:role/<ROLE_NAME>"', 'AWS_WEB_IDENTITY_TOKEN_FILE: /tmp/aws-web-identity-token', 'echo $AWS_ID_TOKEN > /tmp/aws-web-identity-token', 'AWS_DEFAULT_REGION: eu-west-1']) {
      assert.ok(text.includes(e), `${e}\n---\n${text}`);
    }
    assert.ok(!text.includes(AWS_SECRET) && !text.includes(FAKE.aws));
    assert.match(fix.followUp ?? '', /docs\.gitlab\.com/);
    assert.deepEqual(findings('.gitlab-ci.yml', text).map((f) => f.ruleId), [], 'no key, no parse error, nothing new reported');
  });
  const azureJob = `deploy:
  image: mcr.microsoft.com/azure-cli:2.67.0@sha256:${'cd'.repeat(32)}
  id_tokens:
    VAULT_ID_TOKEN:
      aud: https://vault.example.com
  variables:
    AZURE_CLIENT_ID: 00000000-0000-0000-0000-000000000000
    AZURE_CLIENT_SECRET: ${AZURE_SECRET}
  script:
    - az storage blob upload-batch -d site -s dist
`;
  it('Azure: adds its token beside the job\'s other ID tokens, logs in with it, keeps the client id, drops the secret', () => {
    const { fix, text } = applyFix('.gitlab-ci.yml', azureJob, { title: 'Use Azure OIDC' });
    for (const e of [
      '  id_tokens:\n    VAULT_ID_TOKEN:\n      aud: https://vault.example.com\n    AZURE_JWT:\n      aud: "api://AzureADTokenExchange"\n',
      'AZURE_CLIENT_ID: 00000000-0000-0000-0000-000000000000',
      'AZURE_TENANT_ID: "<TENANT_ID>"',
      'az login --service-principal -u $AZURE_CLIENT_ID -t $AZURE_TENANT_ID --federated-token $AZURE_JWT',
    ]) {
      assert.ok(text.includes(e), `${e}\n---\n${text}`);
    }
    assert.ok(!text.includes(AZURE_SECRET) && !text.includes('AZURE_CLIENT_SECRET'));
    assert.match(fix.followUp ?? '', /docs\.gitlab\.com\/ci\/cloud_services\/azure/);
    assert.deepEqual(findings('.gitlab-ci.yml', text).map((f) => f.ruleId), [], 'no secret, no parse error, nothing new reported');
    // Applied: no secret is left to offer the fix on.
    assert.ok(!findings('.gitlab-ci.yml', text).some((f) => f.ruleId.startsWith('secret/')));
  });
});
