// File templates for the generated benchmark workspace: one per file kind Outpost reads. Each
// renders a realistic header, then appends blocks (jobs, stages, hosts, services, ...) until the
// requested size is reached. A planted secret goes into one block, written the way people
// actually leak it in that format. Filler values are words, numbers and secret-store references,
// never random strings under secret-like keys, so a finding outside a planted file is a false
// positive of the scanner.
import type { Prng } from './prng';
import type { PlantedSecret, SecretType } from './secrets';

const WORDS = [
  'alpha', 'billing', 'catalog', 'checkout', 'data', 'edge', 'frontend', 'gateway', 'harbor', 'inventory', 'jobs',
  'ledger', 'mailer', 'notify', 'orders', 'portal', 'queue', 'reports', 'search', 'tickets', 'users', 'vault-sync',
  'web', 'worker', 'export', 'import', 'metrics', 'audit', 'backup', 'cache',
];
const IMAGES = ['node:20', 'python:3.12', 'golang:1.22', 'eclipse-temurin:21', 'alpine:3.20', 'nginx:1.27', 'postgres:16', 'redis:7'];
const COMMANDS = [
  'npm ci', 'npm test', 'npm run build', 'make lint', 'make test', 'go test ./...', 'pytest -q', 'mvn -B verify',
  './gradlew build', 'docker build -t app .', 'helm lint chart/', 'terraform validate', 'shellcheck scripts/*.sh',
];

export interface Template {
  kind: string;
  /** Relative share of files of this kind. */
  weight: number;
  /** Files of this kind stay small whatever size is drawn (a .pypirc is never 200 KB). */
  maxBytes?: number;
  /** Secret types that can be planted in this kind. */
  secrets: readonly SecretType[];
  path(i: number, rng: Prng): string;
  header(rng: Prng, i: number): string;
  block(rng: Prng, k: number): string;
  secretBlock(rng: Prng, k: number, s: PlantedSecret): string;
  footer?(rng: Prng): string;
}

const pad = (n: number, w = 5): string => String(n).padStart(w, '0');

/** The variable name a leaked secret of this type usually has. */
function secretKey(t: SecretType): string {
  switch (t) {
    case 'aws-access-key-id':
      return 'AWS_ACCESS_KEY_ID';
    case 'aws-secret-access-key':
      return 'AWS_SECRET_ACCESS_KEY';
    case 'github-token':
      return 'GH_TOKEN';
    case 'gitlab-token':
      return 'GITLAB_TOKEN';
    case 'slack-token':
      return 'SLACK_BOT_TOKEN';
    case 'npm-token':
      return 'NPM_TOKEN';
    case 'password':
      return 'DB_PASSWORD';
    case 'url-credentials':
      return 'DATABASE_URL';
    case 'private-key':
      return 'DEPLOY_KEY';
  }
}

/** The value as written: URL credentials are embedded in a connection URL. */
function secretValue(s: PlantedSecret): string {
  return s.type === 'url-credentials' ? `postgres://app:${s.value}@db.internal.example.org:5432/app` : s.value;
}

/** `key: value` in YAML at an indent; a multi-line value becomes a literal block. */
function yamlKV(indent: string, key: string, value: string): string {
  if (!value.includes('\n')) return `${indent}${key}: ${value}\n`;
  return `${indent}${key}: |\n${value.split('\n').map((l) => `${indent}  ${l}`).join('\n')}\n`;
}

const PIPELINE_SECRETS: readonly SecretType[] = [
  'aws-access-key-id', 'aws-secret-access-key', 'github-token', 'gitlab-token', 'slack-token', 'npm-token', 'password', 'url-credentials',
];

export const TEMPLATES: readonly Template[] = [
  {
    kind: 'github-workflow',
    weight: 24,
    secrets: PIPELINE_SECRETS,
    path: (i, rng) => `.github/workflows/${rng.pick(WORDS)}-${pad(i)}.yml`,
    header: (rng, i) =>
      `name: ${rng.pick(WORDS)} ${i}\non:\n  push:\n    branches: [main]\n  pull_request:\npermissions:\n  contents: read\nconcurrency:\n  group: \${{ github.workflow }}-\${{ github.ref }}\n  cancel-in-progress: true\njobs:\n`,
    block: (rng, k) =>
      `  ${rng.pick(WORDS)}-${k}:\n    runs-on: ubuntu-latest\n    timeout-minutes: ${rng.int(5, 60)}\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n      - name: ${rng.pick(COMMANDS)}\n        run: |\n          ${rng.pick(COMMANDS)}\n          ${rng.pick(COMMANDS)}\n        env:\n          NODE_ENV: production\n          API_TOKEN: \${{ secrets.API_TOKEN }}\n`,
    secretBlock: (rng, k, s) =>
      `  deploy-${k}:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh ${rng.pick(WORDS)}\n        env:\n          REGION: eu-west-1\n${yamlKV('          ', secretKey(s.type), secretValue(s))}`,
  },
  {
    kind: 'gitlab-ci',
    weight: 8,
    secrets: PIPELINE_SECRETS,
    path: (i) => `svc-${pad(i)}/.gitlab-ci.yml`,
    header: () => `stages: [build, test, deploy]\nvariables:\n  GIT_DEPTH: "10"\n  DOCKER_DRIVER: overlay2\ndefault:\n  interruptible: true\n`,
    block: (rng, k) =>
      `${rng.pick(WORDS)}-${k}:\n  stage: ${rng.pick(['build', 'test', 'deploy'])}\n  image: ${rng.pick(IMAGES)}\n  script:\n    - ${rng.pick(COMMANDS)}\n    - ${rng.pick(COMMANDS)}\n  variables:\n    DEPLOY_ENV: staging\n    REGISTRY_TOKEN: $CI_JOB_TOKEN\n  rules:\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n`,
    secretBlock: (rng, k, s) =>
      `deploy-${k}:\n  stage: deploy\n  image: ${rng.pick(IMAGES)}\n  script:\n    - ./deploy.sh\n  variables:\n${yamlKV('    ', secretKey(s.type), secretValue(s))}`,
  },
  {
    kind: 'bitbucket-pipelines',
    weight: 4,
    secrets: PIPELINE_SECRETS,
    path: (i) => `svc-${pad(i)}/bitbucket-pipelines.yml`,
    header: (rng) => `image: ${rng.pick(IMAGES)}\npipelines:\n  default:\n`,
    block: (rng, k) =>
      `    - step:\n        name: ${rng.pick(WORDS)} ${k}\n        caches:\n          - node\n        script:\n          - ${rng.pick(COMMANDS)}\n          - ${rng.pick(COMMANDS)}\n`,
    secretBlock: (_rng, k, s) => {
      const line =
        s.type === 'password'
          ? `docker login -u deploy -p ${s.value} registry.example.org`
          : s.type === 'url-credentials'
            ? `git clone https://deploy:${s.value}@git.example.org/app.git`
            : `export ${secretKey(s.type)}=${s.value}`;
      return `    - step:\n        name: deploy ${k}\n        script:\n          - ${line}\n          - ./deploy.sh\n`;
    },
  },
  {
    kind: 'azure-pipelines',
    weight: 5,
    secrets: PIPELINE_SECRETS,
    path: (i) => `svc-${pad(i)}/azure-pipelines.yml`,
    header: () => `trigger:\n- main\npool:\n  vmImage: ubuntu-latest\nvariables:\n  buildConfiguration: Release\nsteps:\n`,
    block: (rng, k) => `- script: ${rng.pick(COMMANDS)} --configuration $(buildConfiguration)\n  displayName: ${rng.pick(WORDS)} ${k}\n  env:\n    SYSTEM_ACCESSTOKEN: $(System.AccessToken)\n`,
    secretBlock: (_rng, k, s) => `- script: ./deploy.sh\n  displayName: deploy ${k}\n  env:\n${yamlKV('    ', secretKey(s.type), secretValue(s))}`,
  },
  {
    kind: 'circleci',
    weight: 4,
    secrets: PIPELINE_SECRETS,
    path: (i) => `svc-${pad(i)}/.circleci/config.yml`,
    header: () => `version: 2.1\norbs:\n  node: circleci/node@5.2.0\njobs:\n`,
    block: (rng, k) =>
      `  ${rng.pick(WORDS)}-${k}:\n    docker:\n      - image: cimg/node:20.11\n    resource_class: medium\n    steps:\n      - checkout\n      - run: ${rng.pick(COMMANDS)}\n      - run:\n          name: ${rng.pick(WORDS)}\n          command: ${rng.pick(COMMANDS)}\n`,
    secretBlock: (_rng, k, s) =>
      `  deploy-${k}:\n    docker:\n      - image: cimg/base:2024.06\n    environment:\n${yamlKV('      ', secretKey(s.type), secretValue(s))}    steps:\n      - checkout\n      - run: ./deploy.sh\n`,
  },
  {
    kind: 'jenkinsfile',
    weight: 5,
    secrets: PIPELINE_SECRETS,
    path: (i) => `svc-${pad(i)}/Jenkinsfile`,
    header: () => `pipeline {\n  agent any\n  options {\n    timeout(time: 30, unit: 'MINUTES')\n  }\n  stages {\n`,
    block: (rng, k) => `    stage('${rng.pick(WORDS)} ${k}') {\n      steps {\n        sh '${rng.pick(COMMANDS)}'\n        sh '${rng.pick(COMMANDS)}'\n      }\n    }\n`,
    secretBlock: (_rng, k, s) =>
      `    stage('deploy ${k}') {\n      environment {\n        ${secretKey(s.type)} = '${secretValue(s)}'\n      }\n      steps {\n        sh './deploy.sh'\n      }\n    }\n`,
    footer: () => `  }\n}\n`,
  },
  {
    kind: 'dotenv',
    weight: 8,
    secrets: PIPELINE_SECRETS,
    path: (i, rng) => `svc-${pad(i)}/${rng.pick(['.env', '.env.production', '.env.staging', 'config/.env'])}`,
    header: (rng) => `# ${rng.pick(WORDS)} service settings\nAPP_NAME=${rng.pick(WORDS)}\nLOG_LEVEL=info\n`,
    block: (rng, k) => `${rng.pick(WORDS).toUpperCase().replace(/-/g, '_')}_PORT_${k}=${rng.int(1024, 65000)}\nFEATURE_${k}_ENABLED=${rng.pick(['true', 'false'])}\nQUEUE_${k}_NAME=${rng.pick(WORDS)}\n`,
    secretBlock: (_rng, _k, s) => `${secretKey(s.type)}=${secretValue(s)}\n`,
  },
  {
    kind: 'npmrc',
    weight: 4,
    secrets: ['npm-token', 'password'],
    path: (i) => `pkg-${pad(i)}/.npmrc`,
    header: () => `registry=https://registry.npmjs.org/\nsave-exact=true\nengine-strict=true\n`,
    block: (rng, k) => `@${rng.pick(WORDS)}-${k}:registry=https://npm.pkg.example.org/${rng.pick(WORDS)}/\n`,
    secretBlock: (_rng, _k, s) =>
      s.type === 'npm-token' ? `//registry.npmjs.org/:_authToken=${s.value}\n` : `//npm.pkg.example.org/:_password=${s.value}\n`,
  },
  {
    kind: 'ansible-inventory',
    weight: 5,
    secrets: ['password'],
    path: (i) => `ops-${pad(i)}/inventory/hosts.ini`,
    header: () => `[all:vars]\nansible_user=deploy\nansible_python_interpreter=/usr/bin/python3\n`,
    block: (rng, k) => `\n[${rng.pick(WORDS)}_${k}]\n${rng.pick(WORDS)}-01 ansible_host=10.${rng.int(0, 9)}.${rng.int(0, 255)}.${rng.int(1, 254)}\n${rng.pick(WORDS)}-02 ansible_host=10.${rng.int(0, 9)}.${rng.int(0, 255)}.${rng.int(1, 254)}\n`,
    secretBlock: (_rng, k, s) => `\n[db_${k}]\ndb-01 ansible_host=10.0.0.5 ansible_password=${s.value}\n`,
  },
  {
    kind: 'ansible-group-vars',
    weight: 4,
    secrets: ['password', 'aws-secret-access-key', 'private-key', 'slack-token'],
    path: (i) => `ops-${pad(i)}/group_vars/all.yml`,
    header: () => `---\nntp_server: ntp.example.org\ntimezone: Europe/Paris\ndb_password: "{{ vault_db_password }}"\n`,
    block: (rng, k) => `${rng.pick(WORDS).replace(/-/g, '_')}_${k}:\n  port: ${rng.int(1024, 65000)}\n  user: deploy\n  packages:\n    - ${rng.pick(WORDS)}\n    - ${rng.pick(WORDS)}\n`,
    secretBlock: (_rng, _k, s) => yamlKV('', secretKey(s.type).toLowerCase(), secretValue(s)),
  },
  {
    kind: 'docker-compose',
    weight: 8,
    secrets: PIPELINE_SECRETS,
    path: (i) => `svc-${pad(i)}/docker-compose.yml`,
    header: () => `services:\n`,
    block: (rng, k) =>
      `  ${rng.pick(WORDS)}-${k}:\n    image: ${rng.pick(IMAGES)}\n    restart: unless-stopped\n    ports:\n      - "${rng.int(1024, 65000)}:80"\n    environment:\n      - LOG_LEVEL=info\n      - API_KEY=\${API_KEY}\n`,
    secretBlock: (rng, k, s) => `  app-${k}:\n    image: ${rng.pick(IMAGES)}\n    environment:\n      - ${secretKey(s.type)}=${secretValue(s)}\n`,
  },
  {
    kind: 'properties',
    weight: 8,
    secrets: ['password', 'aws-access-key-id', 'url-credentials'],
    path: (i, rng) => `app-${pad(i)}/src/main/resources/application-${rng.pick(['dev', 'prod', 'test'])}.properties`,
    header: (rng) => `spring.application.name=${rng.pick(WORDS)}\nserver.port=8080\nspring.datasource.password=\${DB_PASSWORD}\n`,
    block: (rng, k) => `app.${rng.pick(WORDS)}.k${k}.timeout=${rng.int(1, 600)}\napp.${rng.pick(WORDS)}.k${k}.enabled=true\nlogging.level.${rng.pick(WORDS)}=INFO\n`,
    secretBlock: (_rng, _k, s) =>
      s.type === 'password'
        ? `spring.datasource.password=${s.value}\n`
        : s.type === 'url-credentials'
          ? `spring.datasource.url=jdbc:postgresql://app:${s.value}@db.example.org:5432/app\n`
          : `aws.accessKeyId=${s.value}\n`,
  },
  {
    kind: 'asset-inventory',
    weight: 3,
    secrets: [],
    path: (i) => `it-${pad(i)}/assets.yaml`,
    header: () => `apiVersion: outpost/v1\nkind: AssetInventory\nreviewEveryDays: 90\nassets:\n`,
    block: (rng, k) =>
      `  - id: ${rng.pick(WORDS)}-${k}\n    name: ${rng.pick(WORDS)} server ${k}\n    type: ${rng.pick(['saas', 'server', 'cloud-instance'])}\n    purpose: Runs the ${rng.pick(WORDS)} service\n    owner: it-team@example.org\n    vendor: ${rng.pick(['Atlassian', 'GitLab', 'Microsoft', 'in-house'])}\n    exposure: ${rng.pick(['internet', 'vpn', 'internal'])}\n    authentication:\n      method: sso\n      mfa: required\n      anonymousAccess: false\n    network:\n      ipAllowlist: [203.0.113.0/24]\n    patching:\n      responsibility: vendor\n      contact: it-team@example.org\n    logging:\n      auditLog: true\n    lastReviewed: 2026-0${rng.int(1, 9)}-1${rng.int(0, 9)}\n`,
    secretBlock: () => '',
  },
  {
    kind: 'asset-inventory-csv',
    weight: 1,
    secrets: [],
    path: (i) => `it-${pad(i)}/inventory.csv`,
    header: () => `id,name,type,purpose,owner,vendor,exposure,auth_method,mfa,ip_allowlist,patch_responsibility,audit_log,last_reviewed\n`,
    block: (rng, k) =>
      `${rng.pick(WORDS)}-${k},${rng.pick(WORDS)} ${k},server,Runs ${rng.pick(WORDS)},it@example.org,in-house,${rng.pick(['internet', 'vpn', 'internal'])},sso,required,203.0.113.0/24,owner,true,2026-0${rng.int(1, 9)}-15\n`,
    secretBlock: () => '',
  },
  {
    kind: 'collaboration-settings',
    weight: 2,
    maxBytes: 3000,
    secrets: [],
    path: (i, rng) => `it-${pad(i)}/${rng.pick(['jira', 'confluence', 'bitbucket', 'gitlab'])}.outpost.yaml`,
    header: (rng) =>
      `apiVersion: outpost/v1\nkind: CollaborationSettings\nservice: ${rng.pick(['jira', 'confluence', 'bitbucket', 'gitlab'])}\nurl: https://tools.example.org\nexposure: ${rng.pick(['internet', 'vpn', 'internal'])}\nauthentication:\n  mfa: ${rng.pick(['required', 'optional'])}\n  sso: true\n  anonymousAccess: false\n  publicSignup: false\nnetwork:\n  ipAllowlist: [203.0.113.0/24]\nusers:\n  removeDormantAfterDays: 90\nauditLog:\n  enabled: true\ntokens:\n  maxLifetimeDays: 90\nadmins:\n`,
    block: (rng, k) => `  - ${rng.pick(WORDS)}${k}\n`,
    secretBlock: () => '',
  },
  {
    kind: 'pypirc',
    weight: 1,
    maxBytes: 2000,
    secrets: ['password'],
    path: (i) => `lib-${pad(i)}/.pypirc`,
    header: () => `[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = __token__\n`,
    block: (rng, k) => `\n[internal-${k}]\nrepository = https://pypi.example.org/${rng.pick(WORDS)}/\nusername = deploy\n`,
    secretBlock: (_rng, k, s) => `\n[upload-${k}]\nrepository = https://upload.example.org/\npassword = ${s.value}\n`,
  },
  {
    kind: 'repo-settings',
    weight: 1,
    maxBytes: 4000,
    secrets: [],
    path: (i) => `svc-${pad(i)}/.github/settings.yml`,
    header: (rng) => `repository:\n  name: ${rng.pick(WORDS)}\n  private: true\n  has_wiki: false\n  delete_branch_on_merge: true\nbranches:\n`,
    block: (rng, k) =>
      `  - name: ${rng.pick(['main', 'release', 'develop'])}-${k}\n    protection:\n      required_pull_request_reviews:\n        required_approving_review_count: 1\n      enforce_admins: true\n`,
    secretBlock: () => '',
  },
];
