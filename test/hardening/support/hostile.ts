// Hostile documents: the inputs attackers and accidents produce. Each is a function so nothing big
// is built until a test asks for it (the 50 MB file is made at test time, never committed).

/** A synthetic AWS access key id (valid shape, never a real key), assembled at run time. */
export const PLANTED_AKIA = ['AKIA', 'Q3ZR7XW2N4TBVCE5'].join('');

export interface HostileDoc {
  name: string;
  /** Bytes as they would be on disk. */
  bytes: () => Buffer;
  /** Only meaningful for these syntaxes (undefined = every file kind). */
  syntaxes?: readonly ('yaml' | 'json' | 'line')[];
  /** A secret that must still be found, exactly at its range, whatever the file kind. */
  planted?: string;
  /** Big inputs run on one path per syntax only (the engine's cost is per byte, not per kind). */
  big?: boolean;
}

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

function aliasBomb(levels: number): string {
  const names = Array.from({ length: levels }, (_, i) => `l${i}`);
  const lines = [`${names[0]}: &${names[0]} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`];
  for (let i = 1; i < levels; i++) lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(', ')}]`);
  return lines.join('\n') + '\n';
}

export const HOSTILE_DOCS: readonly HostileDoc[] = [
  { name: 'YAML alias bomb (billion laughs, 9^12 nodes if expanded)', bytes: () => utf8(aliasBomb(12)), syntaxes: ['yaml'] },
  { name: 'alias bomb merged into a job (<<: *x)', bytes: () => utf8(aliasBomb(10) + 'job:\n  <<: *l9\n  script: [echo]\n'), syntaxes: ['yaml'] },
  { name: '10,000-level flow sequence', bytes: () => utf8('['.repeat(10_000) + ']'.repeat(10_000)) },
  { name: '10,000-level flow mapping', bytes: () => utf8('{a: '.repeat(10_000) + '1' + '}'.repeat(10_000)), syntaxes: ['yaml'] },
  { name: '10,000-level compact sequence', bytes: () => utf8('- '.repeat(10_000) + 'x\n'), syntaxes: ['yaml'] },
  { name: '10,000-level JSON object', bytes: () => utf8('{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000)) },
  { name: '10,000-level JSON array, unclosed', bytes: () => utf8('['.repeat(10_000)) },
  { name: '5 MB single line', bytes: () => utf8(`key: ${'a'.repeat(5 * 1024 * 1024)}\n`), big: true },
  { name: '5 MB single line of token characters after a key', bytes: () => utf8(`api_token: ${'aB3x'.repeat(1.25 * 1024 * 1024)}\n`), big: true },
  {
    name: 'invalid UTF-8 around a secret',
    bytes: () => Buffer.concat([Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82, 0x0a]), utf8(`AWS_ACCESS_KEY_ID: ${PLANTED_AKIA}\n`), Buffer.from([0xed, 0xa0, 0x80, 0xf8, 0x0a])]),
    planted: PLANTED_AKIA,
  },
  { name: 'binary content with a config name', bytes: () => Buffer.concat([randomBytesSeeded(4096), Buffer.from([0, 0, 0]), randomBytesSeeded(4096)]) },
  { name: 'NUL bytes inside values', bytes: () => utf8(`password: hun\0ter2\0x\nAWS_ACCESS_KEY_ID: ${PLANTED_AKIA}\n\0\0\0: \0\n`), planted: PLANTED_AKIA },
  { name: 'CRLF line endings', bytes: () => utf8(`env:\r\n  REGION: eu-west-1\r\n  AWS_ACCESS_KEY_ID: ${PLANTED_AKIA}\r\n  OTHER: x\r\n`), planted: PLANTED_AKIA },
  { name: 'mixed LF, CRLF and CR line endings', bytes: () => utf8(`env:\n  A: 1\r\n  B: 2\r  AWS_ACCESS_KEY_ID: ${PLANTED_AKIA}\r\n  C: 3\n`), planted: PLANTED_AKIA },
  { name: 'UTF-8 BOM', bytes: () => utf8(`\ufeffenv:\n  AWS_ACCESS_KEY_ID: ${PLANTED_AKIA}\n`), planted: PLANTED_AKIA },
  { name: 'BOM only', bytes: () => utf8('\ufeff') },
  { name: 'tabs as YAML indentation', bytes: () => utf8(`jobs:\n\tbuild:\n\t\tenv:\n\t\t\tAWS_ACCESS_KEY_ID: ${PLANTED_AKIA}\n`), planted: PLANTED_AKIA },
  { name: 'empty file', bytes: () => Buffer.alloc(0) },
  { name: 'only newlines', bytes: () => utf8('\n'.repeat(100_000)) },
  { name: 'only whitespace and CRLF', bytes: () => utf8(' \t\r\n'.repeat(50_000)) },
  { name: 'lone surrogates and astral characters', bytes: () => utf8(`name: "\ud800 😀 \udfff"\nAWS_ACCESS_KEY_ID: ${PLANTED_AKIA}\n`), planted: PLANTED_AKIA },
  { name: 'many YAML documents', bytes: () => utf8('---\na: 1\n'.repeat(5_000)), syntaxes: ['yaml'] },
  { name: 'unterminated quotes and block scalars', bytes: () => utf8(`a: "unterminated\nb: 'also\nc: |\n${'  x\n'.repeat(1000)}d: [1, 2\n`) },
  { name: 'very long key', bytes: () => utf8(`${'db_Password_'.repeat(100_000)}: hunter2hunter2\n`) },
  { name: 'duplicate keys and anchors', bytes: () => utf8('a: &x 1\na: &x 2\nb: *x\nb: *undefined\n') },
  { name: 'custom tags everywhere', bytes: () => utf8('!!binary a: !vault |\n  $ANSIBLE_VAULT;1.1\n!Ref b: !Sub [c, !GetAtt d.e]\n!!python/object:os.system f: g\n') },
];

/** Deterministic pseudo-random bytes (a fixed seed keeps failures reproducible). */
function randomBytesSeeded(n: number): Buffer {
  const out = Buffer.alloc(n);
  let x = 0x2545f491;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** Paths for every file kind Outpost reads, with the syntax family each is parsed as. */
export const KIND_PATHS: readonly { path: string; syntax: 'yaml' | 'json' | 'line'; header?: string }[] = [
  { path: '.github/workflows/hostile.yml', syntax: 'yaml' },
  { path: 'action.yml', syntax: 'yaml' },
  { path: '.gitlab-ci.yml', syntax: 'yaml' },
  { path: 'bitbucket-pipelines.yml', syntax: 'yaml' },
  { path: 'azure-pipelines.yml', syntax: 'yaml' },
  { path: '.circleci/config.yml', syntax: 'yaml' },
  { path: 'jenkins.yaml', syntax: 'yaml' },
  { path: '.github/settings.yml', syntax: 'yaml' },
  { path: '.github/dependabot.yml', syntax: 'yaml' },
  { path: 'docker-compose.yml', syntax: 'yaml' },
  { path: 'group_vars/all.yml', syntax: 'yaml' },
  { path: 'assets.yaml', syntax: 'yaml', header: 'apiVersion: outpost/v1\nkind: AssetInventory\n' },
  { path: 'jira.outpost.yaml', syntax: 'yaml', header: 'apiVersion: outpost/v1\nkind: CollaborationSettings\n' },
  { path: '.docker/config.json', syntax: 'json' },
  { path: 'assets.json', syntax: 'json', header: '{\n"kind": "AssetInventory",\n"x": ' },
  { path: '.env', syntax: 'line' },
  { path: '.npmrc', syntax: 'line' },
  { path: '.pypirc', syntax: 'line' },
  { path: '.netrc', syntax: 'line' },
  { path: '.git-credentials', syntax: 'line' },
  { path: 'app.properties', syntax: 'line' },
  { path: 'inventory/hosts', syntax: 'line' },
  { path: 'Jenkinsfile', syntax: 'line' },
  { path: 'gitlab.rb', syntax: 'line' },
  { path: 'inventory.csv', syntax: 'line' },
  { path: 'notes.txt', syntax: 'line' },
  { path: 'infra/main.tf', syntax: 'line' },
  { path: 'vault/config.hcl', syntax: 'line', header: 'listener "tcp" {\n}\n' },
];

