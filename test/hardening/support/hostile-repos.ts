// Hostile repositories for hostile-repo.test.ts, each written into its own folder at test time (no
// committed blobs): what a stranger's pull request or a fork can put in front of Outpost. Every
// case says what the CLI must exit with and what the language server must publish; the secrets
// are synthetic and assembled at run time, and every file outside the workspace carries MARKER so
// a test can prove its content never reaches any output.
import { closeSync, mkdirSync, openSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Written into every file outside the workspaces; must never appear in any output. */
export const MARKER = `OUTSIDE-${randomBytes(6).toString('hex')}-MARKER`;
/** A synthetic AWS key id planted outside the workspace (found if the file were ever read). */
export const OUTSIDE_AKIA = ['AKIA', 'Z7QW3XR2N4TBVCE6'].join('');
/** A token in the shape of the trusted case's own extra pattern. */
export const ACME_TOKEN = ['acme_', 'aB3dE5gH7jK9mN1pQ3sT'].join('');

export interface HostileRepo {
  name: string;
  /** Writes the workspace into `dir`; `outside` is a folder next to it for link targets. */
  write: (dir: string, outside: string) => void;
  /** Exit codes the CLI may give (`--fail-on error`). */
  exit: readonly number[];
  /** `file:line:col` the CLI must name on stderr (exit 2 cases). */
  errorAt?: string;
  /** 0-based position of the config-error diagnostic the server must publish on `.outpost.yml`. */
  configErrorAt?: { line: number; character: number };
  /** `.outpost.yml` asks for what Restricted Mode holds back (patterns, raised limits): it must say so once there. */
  restrictedNotice?: boolean;
  /** Files the server test opens as documents (relative; must be plain files inside the workspace). */
  open?: readonly string[];
  /** Extra CLI arguments (e.g. a raised size limit). */
  cliArgs?: readonly string[];
  /** The CLI's JSON report must list this path as skipped with this reason. */
  skipped?: { path: string; reason: string };
  /** The CLI must report this rule (trusted patterns work). */
  finds?: string;
}

const put = (dir: string, rel: string, text: string | Buffer): void => {
  const file = join(dir, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};

const extraPattern = (pattern: string, keywords = '[aaaa]'): string =>
  `secrets:\n  extraPatterns:\n    - id: secret/x\n      description: x\n      pattern: ${pattern}\n      keywords: ${keywords}\n`;

/** `size` bytes of `unit` written in chunks (never held twice in memory). */
function writeRepeated(file: string, head: string, unit: string, size: number, tail: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, 'w');
  writeSync(fd, head);
  const chunk = unit.repeat(Math.max(1, Math.floor((1024 * 1024) / unit.length)));
  for (let written = 0; written < size; written += chunk.length) writeSync(fd, chunk);
  writeSync(fd, tail);
  closeSync(fd);
}

export const HOSTILE_REPOS: readonly HostileRepo[] = [
  {
    name: 'catastrophic pattern (a+)+$ and forty a and a !',
    write: (d) => {
      put(d, '.outpost.yml', extraPattern('"(a+)+$"'));
      put(d, '.env', `${'a'.repeat(40)}!\n`);
    },
    exit: [0],
    restrictedNotice: true,
    open: ['.env'],
  },
  {
    name: 'catastrophic pattern on 200 KB of a',
    write: (d) => {
      put(d, '.outpost.yml', extraPattern('"(a+)+$"'));
      put(d, '.env', `KEY=${'a'.repeat(200_000)}!\n`);
    },
    exit: [0, 1],
    restrictedNotice: true,
    open: ['.env'],
  },
  {
    name: 'trusted extra pattern finds its token (masked)',
    write: (d) => {
      put(d, '.outpost.yml', extraPattern('"acme_(?<secret>[A-Za-z0-9]{20})"', '[acme_]').replace('secret/x', 'secret/acme'));
      put(d, '.env', `ACME=${ACME_TOKEN}\n`);
    },
    exit: [1],
    restrictedNotice: true,
    open: ['.env'],
    finds: 'secret/acme',
  },
  {
    name: 'lookbehind pattern rejected at file:line:col',
    write: (d) => put(d, '.outpost.yml', extraPattern('"key=(?<=k)abc"')),
    exit: [2],
    errorAt: '.outpost.yml:5:21',
    configErrorAt: { line: 4, character: 20 },
  },
  {
    name: 'backreference pattern rejected at file:line:col',
    write: (d) => put(d, '.outpost.yml', extraPattern("'(a)\\1'")),
    exit: [2],
    errorAt: '.outpost.yml:5:20',
    configErrorAt: { line: 4, character: 19 },
  },
  {
    name: 'enormous keyword list (20,000 keywords)',
    write: (d) => put(d, '.outpost.yml', extraPattern('"abc"', `[${Array.from({ length: 20_000 }, (_, i) => `kw${i}`).join(', ')}]`)),
    exit: [2],
    errorAt: '.outpost.yml:6:17',
  },
  {
    name: 'very long pattern (50,000 characters)',
    write: (d) => put(d, '.outpost.yml', extraPattern(`"${'(a|b)'.repeat(10_000)}"`)),
    exit: [2],
    errorAt: '.outpost.yml:5:16',
  },
  {
    name: 'deeply nested .outpost.yml (block, 200 levels)',
    write: (d) => put(d, '.outpost.yml', 'ruleOptions:\n' + Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n') + ' 1\n'),
    exit: [2],
  },
  {
    name: 'deeply nested .outpost.yml (flow, 20,000 levels)',
    write: (d) => put(d, '.outpost.yml', `ruleOptions:\n  x/y: ${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}\n`),
    exit: [2],
  },
  {
    name: 'JSON bombs: 200,000-element array, 100,000-level nesting, 900 KB string',
    write: (d) => {
      put(d, '.docker/config.json', `{"auths": [${Array(200_000).fill('1').join(',')}]}`);
      put(d, 'assets.json', `{"kind": "AssetInventory", "x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
      put(d, 'appsettings.json', `{"ConnectionStrings": {"Db": "${'x'.repeat(900_000)}"}}`);
    },
    exit: [0, 1],
    open: ['.docker/config.json', 'assets.json', 'appsettings.json'],
  },
  {
    name: 'YAML alias bomb (billion laughs) in a workflow',
    write: (d) => {
      const lines = ['l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let i = 1; i < 12; i++) lines.push(`l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
      put(d, '.github/workflows/bomb.yml', lines.join('\n') + '\njobs:\n  a:\n    <<: *l11\n    steps: [{run: echo}]\n');
    },
    exit: [0, 1],
    open: ['.github/workflows/bomb.yml'],
  },
  {
    name: '100 MB base64 value in a YAML file (default size limit)',
    write: (d) => writeRepeated(join(d, 'k8s', 'secret.yaml'), 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: big\ndata:\n  blob: ', 'QUJDRA', 100 * 1024 * 1024, '\n'),
    exit: [0],
    skipped: { path: 'k8s/secret.yaml', reason: 'too-large' },
  },
  {
    name: '100 MB base64 value in a YAML file (limits raised by .outpost.yml)',
    write: (d) => {
      // scanAllFiles: the whole 100 MB goes through the engine (decoders included), not only the kind sniff.
      put(d, '.outpost.yml', 'maxFileSizeKB: 204800\nanalysisBudgetMs: 120000\nscanAllFiles: true\n');
      writeRepeated(join(d, 'k8s', 'secret.yaml'), 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: big\ndata:\n  blob: ', 'QUJDRA', 100 * 1024 * 1024, '\n');
    },
    exit: [0],
    restrictedNotice: true,
  },
  {
    name: 'symlink loops',
    write: (d) => {
      put(d, 'a/.env', 'LOG_LEVEL=info\n');
      symlinkSync('.', join(d, 'loop'));
      symlinkSync('../a', join(d, 'a', 'again'));
      symlinkSync('self', join(d, 'self'));
    },
    exit: [0],
  },
  {
    name: 'links out of the workspace (file and folder)',
    write: (d, out) => {
      put(out, 'secret.env', `# ${MARKER}\nAWS_ACCESS_KEY_ID=${OUTSIDE_AKIA}\n`);
      put(out, 'dir/.env', `# ${MARKER}\nAWS_ACCESS_KEY_ID=${OUTSIDE_AKIA}\n`);
      put(d, 'ok/.env', 'LOG_LEVEL=info\n');
      symlinkSync(join(out, 'secret.env'), join(d, '.env'));
      symlinkSync(join(out, 'dir'), join(d, 'linked'));
      symlinkSync(join(out, 'secret.env'), join(d, '.github-workflow.yml'));
    },
    exit: [0],
  },
  {
    name: '.outpost.yml is a link out of the workspace',
    write: (d, out) => {
      put(out, 'passwd', `root:x:0:0:${MARKER}:/root:/bin/bash\n`);
      symlinkSync(join(out, 'passwd'), join(d, '.outpost.yml'));
      put(d, '.env', 'LOG_LEVEL=info\n');
    },
    exit: [2],
    configErrorAt: { line: 0, character: 0 },
  },
  {
    name: 'the baseline is a link out of the workspace',
    write: (d, out) => {
      put(out, 'baseline.json', `{"${MARKER}": 1}\n`);
      symlinkSync(join(out, 'baseline.json'), join(d, '.outpost-baseline.json'));
      put(d, '.env', 'LOG_LEVEL=info\n');
    },
    exit: [2],
  },
];
