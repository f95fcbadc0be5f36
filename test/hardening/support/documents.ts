// fast-check arbitraries for documents Outpost reads: structured files of every kind with
// planted synthetic secrets (random provider, key name, quoting and position), posture settings
// with random gaps, and raw noise. Secrets come from the benchmark's generator (valid shapes,
// checksums where the provider has one), seeded by fast-check so failures shrink and replay.
import fc from 'fast-check';
import { Prng } from '../../../bench/workspace/prng';
import { makeSecret } from '../../../bench/workspace/secrets';
import type { SecretType } from '../../../bench/workspace/secrets';

export interface Doc {
  path: string;
  text: string;
}

const SECRET_TYPES: SecretType[] = ['aws-access-key-id', 'aws-secret-access-key', 'github-token', 'gitlab-token', 'slack-token', 'npm-token', 'password', 'url-credentials'];
const KEY_FOR: Record<SecretType, string[]> = {
  'aws-access-key-id': ['AWS_ACCESS_KEY_ID', 'aws_access_key', 'AccessKey'],
  'aws-secret-access-key': ['AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key', 'awsSecretKey'],
  'github-token': ['GH_TOKEN', 'GITHUB_PAT', 'github_token'],
  'gitlab-token': ['GITLAB_TOKEN', 'gitlab_private_token'],
  'slack-token': ['SLACK_BOT_TOKEN', 'slack_token'],
  'npm-token': ['NPM_TOKEN', 'npm_auth_token'],
  password: ['DB_PASSWORD', 'password', 'adminPassword', 'smtp.password'],
  'url-credentials': ['DATABASE_URL', 'repo_url'],
  'private-key': ['DEPLOY_KEY'],
};

const secretArb = fc.record({ type: fc.constantFrom(...SECRET_TYPES), seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }) }).map(({ type, seed }) => {
  const s = makeSecret(type, new Prng(seed));
  const value = type === 'url-credentials' ? `postgres://app:${s.value}@db.example.org:5432/app` : s.value;
  return { type, value, key: KEY_FOR[type]![seed % KEY_FOR[type]!.length]! };
});

const quoteArb = fc.constantFrom('', '"', "'");
const word = fc.constantFrom('build', 'deploy', 'test', 'lint', 'release', 'docs', 'api', 'web');
const safeValue = fc.constantFrom('eu-west-1', '${{ secrets.API_TOKEN }}', '$CI_JOB_TOKEN', '$(System.AccessToken)', 'true', '42', 'https://example.org', 'changeme', '"{{ vault_pw }}"');
const eol = fc.constantFrom('\n', '\r\n');

/** A few filler `KEY: value` lines (references and plain values, never literal secrets). */
const fillerKV = fc.array(fc.tuple(fc.constantFrom('REGION', 'LOG_LEVEL', 'API_TOKEN', 'NODE_ENV', 'password_file', 'TOKEN_URL'), safeValue), { maxLength: 4 });

const q = (quote: string, v: string): string => `${quote}${v}${quote}`;
/** `adminPassword` -> `admin_password` (lower-casing alone would glue the words together). */
const snake = (k: string): string => k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/\./g, '_').toLowerCase();

export const workflowDoc: fc.Arbitrary<Doc> = fc.tuple(secretArb, quoteArb, fillerKV, fillerKV, word, eol, fc.boolean()).map(([s, quote, before, after, job, nl, inRun]) => {
  const env = [...before, [s.key, q(quote, s.value)] as const, ...after].map(([k, v]) => `          ${k}: ${v}`);
  const lines = ['name: ci', 'on: [push]', 'permissions:', '  contents: read', 'jobs:', `  ${job}:`, '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4'];
  // A bearer header only makes sense for token-shaped secrets (not a password with punctuation, not a URL).
  if (inRun && s.type !== 'password' && s.type !== 'url-credentials') lines.push(`      - run: curl -H "Authorization: Bearer ${s.value}" https://api.example.org`);
  else lines.push('      - run: ./deploy.sh', '        env:', ...env);
  return { path: `.github/workflows/${job}.yml`, text: lines.join(nl) + nl };
});

export const gitlabDoc: fc.Arbitrary<Doc> = fc.tuple(secretArb, quoteArb, fillerKV, word, eol).map(([s, quote, filler, job, nl]) => ({
  path: '.gitlab-ci.yml',
  text: ['variables:', ...filler.map(([k, v]) => `  ${k}: ${v}`), `  ${s.key}: ${q(quote, s.value)}`, `${job}:`, '  script:', '    - make'].join(nl) + nl,
}));

export const envDoc: fc.Arbitrary<Doc> = fc.tuple(secretArb, quoteArb, fillerKV, fc.boolean(), eol).map(([s, quote, filler, exp, nl]) => ({
  path: '.env',
  text: [...filler.map(([k, v]) => `${k}=${v}`), `${exp ? 'export ' : ''}${s.key.replace(/\./g, '_')}=${q(quote, s.value)}`].join(nl) + nl,
}));

export const composeDoc: fc.Arbitrary<Doc> = fc.tuple(secretArb, word, fc.boolean(), eol).map(([s, svc, list, nl]) => ({
  path: 'docker-compose.yml',
  text: ['services:', `  ${svc}:`, '    image: nginx:1.27', '    environment:', list ? `      - ${s.key.replace(/\./g, '_')}=${s.value}` : `      ${s.key}: ${s.value}`].join(nl) + nl,
}));

export const propertiesDoc: fc.Arbitrary<Doc> = fc.tuple(secretArb, eol).map(([s, nl]) => ({
  path: 'application.properties',
  text: ['server.port=8080', `${snake(s.key).replace(/_/g, '.')}=${s.value}`].join(nl) + nl,
}));

export const jenkinsDoc: fc.Arbitrary<Doc> = fc.tuple(secretArb, quoteArb.filter((x) => x !== ''), eol).map(([s, quote, nl]) => ({
  path: 'Jenkinsfile',
  text: ['pipeline {', '  agent any', '  environment {', `    ${s.key.replace(/\./g, '_')} = ${q(quote, s.value)}`, '  }', '  stages { stage("b") { steps { sh "make" } } }', '}'].join(nl) + nl,
}));

export const ansibleDoc: fc.Arbitrary<Doc> = fc.tuple(secretArb, quoteArb, eol).map(([s, quote, nl]) => ({
  path: 'group_vars/all.yml',
  text: ['ntp_server: ntp.example.org', `${snake(s.key)}: ${q(quote, s.value)}`].join(nl) + nl,
}));

/** Collaboration settings with random gaps and weak values (posture findings with insert/set fixes). */
export const collabDoc: fc.Arbitrary<Doc> = fc
  .record({
    exposure: fc.constantFrom('internet', 'vpn', 'internal'),
    mfa: fc.option(fc.constantFrom('required', 'optional', 'disabled')),
    anonymous: fc.option(fc.boolean()),
    signup: fc.option(fc.boolean()),
    allow: fc.boolean(),
    audit: fc.option(fc.boolean()),
    admins: fc.integer({ min: 0, max: 6 }),
    nl: eol,
  })
  .map((r) => {
    const lines = ['apiVersion: outpost/v1', 'kind: CollaborationSettings', 'service: jira', 'url: https://jira.example.org', `exposure: ${r.exposure}`, 'authentication:'];
    if (r.mfa !== null) lines.push(`  mfa: ${r.mfa}`);
    if (r.anonymous !== null) lines.push(`  anonymousAccess: ${r.anonymous}`);
    if (r.signup !== null) lines.push(`  publicSignup: ${r.signup}`);
    if (r.allow) lines.push('network:', '  ipAllowlist: [203.0.113.0/24]');
    if (r.audit !== null) lines.push('auditLog:', `  enabled: ${r.audit}`);
    if (r.admins > 0) lines.push(`admins: [${Array.from({ length: r.admins }, (_, i) => `admin${i}`).join(', ')}]`);
    return { path: 'jira.outpost.yaml', text: lines.join(r.nl) + r.nl };
  });

export const plantedDoc: fc.Arbitrary<Doc> = fc.oneof(workflowDoc, gitlabDoc, envDoc, composeDoc, propertiesDoc, jenkinsDoc, ansibleDoc, collabDoc);

const KIND_PATHS = ['.github/workflows/x.yml', '.gitlab-ci.yml', 'docker-compose.yml', '.env', '.npmrc', 'app.properties', 'Jenkinsfile', '.docker/config.json', 'assets.yaml', 'jira.outpost.yaml', 'group_vars/all.yml', '.netrc', 'inventory.csv', 'notes.txt'];
const fragment = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('- ', ': ', '  ', '\t', '\n', '\r\n', '\r', '#', '&a ', '*a', '!!str ', '|', '>-', '{', '}', '[', ']', '"', "'", '${{ ', ' }}', '=', '\ufeff', '\0', 'kind: AssetInventory\n', 'password: ', 'token='),
  secretArb.map((s) => s.value),
);

/** Anything: random fragments glued together under the name of any file kind. */
export const noiseDoc: fc.Arbitrary<Doc> = fc.tuple(fc.constantFrom(...KIND_PATHS), fc.array(fragment, { maxLength: 60 })).map(([path, parts]) => ({ path, text: parts.join('') }));

/** A planted document with random characters inserted somewhere (edits in progress). */
export const mutatedDoc: fc.Arbitrary<Doc> = fc.tuple(plantedDoc, fc.nat(), fragment).map(([d, at, ins]) => {
  const i = at % (d.text.length + 1);
  return { path: d.path, text: d.text.slice(0, i) + ins + d.text.slice(i) };
});
