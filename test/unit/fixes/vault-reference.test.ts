// "Move to secret store" per platform: the exact text after the fix, the name it picks, the
// follow-up it gives, and that the result still parses and no longer holds the secret.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml } from '../../../server/src/engine/parse/yaml-entries';
import { applyFix, FAKE, fixAll, fixTitles, secretsIn } from './fix-helpers';

const W = '.github/workflows/ci.yml';
const yamlOk = (text: string): void => assert.deepEqual(parseYaml(text).problems, [], 'valid YAML');

describe('vault reference: GitHub Actions', () => {
  it('replaces an env value with ${{ secrets.NAME }}', () => {
    const text = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: ${FAKE.aws}\n    steps:\n      - run: echo\n`;
    const r = applyFix(W, text);
    assert.equal(r.fix.title, 'Move to secret store as ${{ secrets.AWS_ACCESS_KEY_ID }}');
    assert.equal(r.fix.isPreferred, true);
    assert.equal(r.fix.safe, true);
    assert.equal(r.text, text.replace(FAKE.aws, '${{ secrets.AWS_ACCESS_KEY_ID }}'));
    assert.match(r.fix.followUp!, /gh secret set AWS_ACCESS_KEY_ID/);
    assert.match(r.fix.followUp!, /treat it as leaked/);
    yamlOk(r.text);
    assert.deepEqual(secretsIn(W, r.text), []);
  });

  it('moves a secret in a run: script to the step env (new env: before run:) and uses "$NAME"', () => {
    const text = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Call\n        run: |\n          curl -u bot:${FAKE.password} https://example.org\n`;
    const r = applyFix(W, text);
    assert.equal(
      r.text,
      `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Call\n        env:\n          PASSWORD: \${{ secrets.PASSWORD }}\n        run: |\n          curl -u bot:"$PASSWORD" https://example.org\n`,
    );
    yamlOk(r.text);
  });

  it('handles `- run:` as the step\'s first key and a token in single quotes (GITHUB_ names are reserved)', () => {
    const text = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo 'token ${FAKE.github}' | gh auth login --with-token\n`;
    const r = applyFix(W, text);
    assert.equal(
      r.text,
      `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - env:\n          GH_TOKEN: \${{ secrets.GH_TOKEN }}\n        run: echo 'token '"$GH_TOKEN"'' | gh auth login --with-token\n`,
    );
    yamlOk(r.text);
  });

  it('extends an existing env: block and uses ${NAME} inside double quotes', () => {
    const text = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -H "Authorization: Bearer ${FAKE.github}" https://api.github.com\n        env:\n          OTHER: x\n`;
    const r = applyFix(W, text);
    assert.equal(
      r.text,
      `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -H "Authorization: Bearer \${GH_TOKEN}" https://api.github.com\n        env:\n          OTHER: x\n          GH_TOKEN: \${{ secrets.GH_TOKEN }}\n`,
    );
    yamlOk(r.text);
  });

  it('uses $env:NAME for PowerShell steps and quotes the entry in a flow env', () => {
    const text = `on: push\njobs:\n  a:\n    runs-on: windows-latest\n    steps:\n      - env: {A: b}\n        run: Invoke-RestMethod -Headers @{Authorization = "token ${FAKE.github}"} https://api.github.com\n`;
    const r = applyFix(W, text);
    assert.equal(
      r.text,
      `on: push\njobs:\n  a:\n    runs-on: windows-latest\n    steps:\n      - env: {A: b, GH_TOKEN: '\${{ secrets.GH_TOKEN }}'}\n        run: Invoke-RestMethod -Headers @{Authorization = "token $env:GH_TOKEN"} https://api.github.com\n`,
    );
    yamlOk(r.text);
  });

  it('never reuses a secret name the workflow already uses for something else', () => {
    const text = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      OLD: \${{ secrets.AWS_ACCESS_KEY_ID }}\n      AWS_ACCESS_KEY_ID: ${FAKE.aws}\n    steps:\n      - run: echo\n`;
    assert.match(applyFix(W, text).text, /AWS_ACCESS_KEY_ID: \$\{\{ secrets\.AWS_ACCESS_KEY_ID_2 \}\}/);
  });

  it('Dependabot registries get ${{secrets.NAME}} and a Dependabot secret', () => {
    const text = `version: 2\nregistries:\n  npm:\n    type: npm-registry\n    url: https://npm.example.org\n    token: ${FAKE.npm}\nupdates: []\n`;
    const r = applyFix('.github/dependabot.yml', text);
    assert.ok(r.text.includes('    token: ${{secrets.TOKEN}}\n'), r.text);
    assert.match(r.fix.followUp!, /gh secret set TOKEN --app dependabot/);
  });

  it('is not offered in composite actions, which have no secrets context', () => {
    const text = `name: x\nruns:\n  using: composite\n  steps:\n    - run: echo\n      env:\n        AWS_ACCESS_KEY_ID: ${FAKE.aws}\n      shell: bash\n`;
    assert.ok(!fixTitles('action.yml', text).some((t) => t.startsWith('Move to secret store')));
  });
});

describe('vault reference: other CI systems', () => {
  it('GitLab: $NAME for a variable, ${NAME} inside a double-quoted script string, quoted YAML kept valid', () => {
    const text = `deploy:\n  variables:\n    API_TOKEN: "${FAKE.gitlab}"\n  script:\n    - 'curl --header "PRIVATE-TOKEN: ${FAKE.gitlab}" https://gitlab.example.org/api/v4/projects'\n`;
    const r = applyFix('.gitlab-ci.yml', text);
    assert.ok(r.text.includes('    API_TOKEN: "$API_TOKEN"\n'), r.text);
    assert.match(r.fix.followUp!, /glab variable set API_TOKEN --masked --protected/);
    const r2 = applyFix('.gitlab-ci.yml', r.text);
    assert.ok(r2.text.includes(`    - 'curl --header "PRIVATE-TOKEN: \${GITLAB_TOKEN}" https://gitlab.example.org/api/v4/projects'\n`), r2.text);
    yamlOk(r2.text);
  });

  it('GitLab: the password inside a URL gets its own name (never the URL variable itself)', () => {
    const text = `variables:\n  DATABASE_URL: postgres://app:${FAKE.password}@db.example.org/app\n`;
    const r = applyFix('.gitlab-ci.yml', text);
    assert.equal(r.text, 'variables:\n  DATABASE_URL: postgres://app:$DATABASE_URL_PASSWORD@db.example.org/app\n');
  });

  it('Bitbucket: "$NAME" in a script line, Secured variable in the follow-up', () => {
    const text = `pipelines:\n  default:\n    - step:\n        script:\n          - docker login -u ci -p ${FAKE.password} registry.example.org\n`;
    const r = applyFix('bitbucket-pipelines.yml', text);
    assert.equal(r.text, 'pipelines:\n  default:\n    - step:\n        script:\n          - docker login -u ci -p "$PASSWORD" registry.example.org\n');
    assert.match(r.fix.followUp!, /Secured/);
  });

  it('Azure: $(NAME) in scripts; a variable defined in the YAML gets a different secret name', () => {
    const text = `variables:\n  DB_PASSWORD: ${FAKE.password}\nsteps:\n  - script: sqlcmd -P ${FAKE.password2}\n`;
    const r = applyFix('azure-pipelines.yml', text);
    assert.ok(r.text.startsWith('variables:\n  DB_PASSWORD: $(DB_PASSWORD_SECRET)\n'), r.text);
    assert.match(r.fix.followUp!, /az pipelines variable create --name DB_PASSWORD_SECRET --secret true/);
    const list = `variables:\n  - name: GITLAB_TOKEN\n    value: ${FAKE.gitlab}\n`;
    assert.equal(applyFix('azure-pipelines.yml', list).text, 'variables:\n  - name: GITLAB_TOKEN\n    value: $(GITLAB_TOKEN_SECRET)\n');
  });

  it('CircleCI: removes an environment: entry (CircleCI does not expand variables there) and the empty map', () => {
    const text = `version: 2.1\njobs:\n  publish:\n    docker:\n      - image: cimg/node:20.18.1\n    environment:\n      NPM_TOKEN: ${FAKE.npm}\n    steps:\n      - checkout\n`;
    const r = applyFix('.circleci/config.yml', text);
    assert.equal(r.text, 'version: 2.1\njobs:\n  publish:\n    docker:\n      - image: cimg/node:20.18.1\n    steps:\n      - checkout\n');
    assert.match(r.fix.followUp!, /circleci context store-secret/);
    const two = `version: 2.1\njobs:\n  publish:\n    environment:\n      LOG: warn\n      NPM_TOKEN: ${FAKE.npm}\n    steps:\n      - checkout\n`;
    assert.equal(applyFix('.circleci/config.yml', two).text, 'version: 2.1\njobs:\n  publish:\n    environment:\n      LOG: warn\n    steps:\n      - checkout\n');
    const auth = `version: 2.1\njobs:\n  build:\n    docker:\n      - image: example/private\n        auth:\n          username: ci\n          password: ${FAKE.password}\n`;
    assert.ok(applyFix('.circleci/config.yml', auth).text.endsWith('          password: $PASSWORD\n'));
  });

  it('Jenkinsfile: credentials() in an environment block', () => {
    const text = `pipeline {\n  agent any\n  environment {\n    NPM_TOKEN = '${FAKE.npm}'\n  }\n  stages { stage('x') { steps { sh 'npm publish' } } }\n}\n`;
    const r = applyFix('Jenkinsfile', text);
    assert.ok(r.text.includes("    NPM_TOKEN = credentials('npm-token')\n"), r.text);
    assert.match(r.fix.followUp!, /"Secret text" credential with ID 'npm-token'/);
  });

  it('Jenkinsfile: wraps an sh step in withCredentials; in a GString the $ is escaped for the shell', () => {
    const single = `pipeline {\n  stages {\n    stage('n') {\n      steps {\n        sh 'curl -u bot:${FAKE.password} https://jira.example.org'\n      }\n    }\n  }\n}\n`;
    assert.ok(
      applyFix('Jenkinsfile', single).text.includes(
        `        withCredentials([string(credentialsId: 'password', variable: 'PASSWORD')]) {\n            sh 'curl -u bot:"$PASSWORD" https://jira.example.org'\n        }\n`,
      ),
    );
    const gstring = single.replace(`sh 'curl -u bot:${FAKE.password} https://jira.example.org'`, `sh "curl -u bot:${FAKE.password} \${env.URL}"`);
    const out = applyFix('Jenkinsfile', gstring).text;
    assert.ok(out.includes(`            sh "curl -u bot:\\"\\$PASSWORD\\" \${env.URL}"\n`), out);
  });

  it('Jenkins configuration as code: ${NAME}', () => {
    const text = `jenkins:\n  securityRealm:\n    local:\n      users:\n        - id: admin\n          password: ${FAKE.password}\n`;
    assert.ok(applyFix('jenkins.yaml', text).text.endsWith('          password: ${PASSWORD}\n'));
  });
});

describe('vault reference: configuration files', () => {
  it('Ansible YAML: "{{ vault_name }}", quoted so YAML reads a string', () => {
    const text = `all:\n  vars:\n    ansible_password: ${FAKE.password}\n`;
    const r = applyFix('inventory/hosts.yml', text);
    assert.equal(r.text, 'all:\n  vars:\n    ansible_password: "{{ vault_ansible_password }}"\n');
    assert.match(r.fix.followUp!, /ansible-vault encrypt_string --stdin-name 'vault_ansible_password'/);
    yamlOk(r.text);
  });

  it('Ansible INI: key="{{ vault_name }}"', () => {
    const text = `[web]\nweb1 ansible_host=203.0.113.10 ansible_password=${FAKE.password}\n`;
    assert.equal(applyFix('inventory/hosts.ini', text).text, '[web]\nweb1 ansible_host=203.0.113.10 ansible_password="{{ vault_ansible_password }}"\n');
  });

  it('docker-compose: ${NAME} in list and map environments', () => {
    const list = `services:\n  app:\n    image: nginx\n    environment:\n      - JIRA_API_KEY=${FAKE.password}x9Q2\n`;
    assert.ok(applyFix('docker-compose.yml', list).text.endsWith('      - JIRA_API_KEY=${JIRA_API_KEY}\n'));
    const map = `services:\n  db:\n    image: postgres\n    environment:\n      POSTGRES_PASSWORD: ${FAKE.password}\n`;
    const r = applyFix('docker-compose.yml', map);
    assert.ok(r.text.endsWith('      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n'));
    assert.match(r.fix.followUp!, /docker compose/);
  });

  it('.npmrc: ${NPM_TOKEN}, de-duplicated per registry', () => {
    const text = `//registry.npmjs.org/:_authToken=${FAKE.npm}\n`;
    assert.equal(applyFix('.npmrc', text).text, '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n');
    const two = `//registry.npmjs.org/:_authToken=\${NPM_TOKEN}\n//npm.example.org/:_authToken=${FAKE.npm}\n`;
    assert.ok(applyFix('.npmrc', two).text.endsWith('//npm.example.org/:_authToken=${NPM_TOKEN_2}\n'));
  });

  it('.env: the template reference, quoted so `#` is not read as a comment', () => {
    const text = `APP=portal\nDB_PASSWORD=${FAKE.password}\n`;
    const r = applyFix('.env', text);
    assert.equal(r.text, "APP=portal\nDB_PASSWORD='ref+vault://secret/db_password#value'\n");
    assert.match(r.fix.followUp!, /vault kv put secret\/db_password value=-/);
    assert.deepEqual(secretsIn('.env', r.text), []);
  });

  it('honours vaultReferenceTemplate with {name} and {NAME}', () => {
    const text = `db.password=${FAKE.password}\n`;
    const r = applyFix('app.properties', text, { config: { vaultReferenceTemplate: 'op://ci/{name}/{NAME}' } });
    assert.equal(r.text, 'db.password=op://ci/db_password/DB_PASSWORD\n');
    assert.equal(r.fix.title, 'Move to secret store as op://ci/db_password/DB_PASSWORD');
  });

  it('JSON: the reference is escaped as a JSON string', () => {
    const text = `{\n  "database": { "password": "${FAKE.password}" }\n}\n`;
    const r = applyFix('settings.json', text, { config: { vaultReferenceTemplate: 'secret "{name}"' } });
    assert.equal(r.text, '{\n  "database": { "password": "secret \\"password\\"" }\n}\n');
    assert.equal(JSON.parse(r.text).database.password, 'secret "password"');
  });

  it('generic YAML: a template that YAML would misread is written as a quoted string', () => {
    const text = `kind: CollaborationSettings\nservice: jira\nsmtp:\n  password: ${FAKE.password}\n`;
    const r = applyFix('jira.outpost.yaml', text, { config: { vaultReferenceTemplate: '{vault: {NAME}}' } });
    assert.ok(r.text.endsWith('  password: "{vault: PASSWORD}"\n'), r.text);
    yamlOk(r.text);
  });

  it('is not offered for credential stores that need the secret removed, not referenced', () => {
    assert.ok(!fixTitles('.netrc', `machine example.org login bot password ${FAKE.password}\n`).some((t) => t.startsWith('Move')));
  });
});

describe('vault reference: fix-all', () => {
  it('gives one name per secret and distinct names to different secrets, and is idempotent', () => {
    const text = `variables:\n  TOKEN: ${FAKE.gitlab}\njob_a:\n  variables:\n    TOKEN: ${FAKE.gitlab}\n  script: [echo]\njob_b:\n  variables:\n    TOKEN: glpat-9QwErTyUiOpAsDfGhJkL\n  script: [echo]\n`;
    const once = fixAll('.gitlab-ci.yml', text);
    assert.equal(once, `variables:\n  TOKEN: $TOKEN\njob_a:\n  variables:\n    TOKEN: $TOKEN\n  script: [echo]\njob_b:\n  variables:\n    TOKEN: $TOKEN_2\n  script: [echo]\n`);
    assert.equal(fixAll('.gitlab-ci.yml', once), once);
  });

  it('composes fixes that touch the same step env', () => {
    const text = `on: push\npermissions:\n  contents: read\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -u bot:${FAKE.password} https://a.example.org\n          curl -H "token: ${FAKE.github}" https://b.example.org\n`;
    const out = fixAll(W, text);
    assert.equal(
      out,
      `on: push\npermissions:\n  contents: read\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - env:\n          PASSWORD: \${{ secrets.PASSWORD }}\n          GH_TOKEN: \${{ secrets.GH_TOKEN }}\n        run: |\n          curl -u bot:"$PASSWORD" https://a.example.org\n          curl -H "token: \${GH_TOKEN}" https://b.example.org\n`,
    );
    yamlOk(out);
    assert.deepEqual(secretsIn(W, out), []);
  });
});
