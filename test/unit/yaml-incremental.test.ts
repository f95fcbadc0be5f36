// The incremental YAML parse must be indistinguishable from the whole-file parse. For generated
// workflows, GitLab files, compose files, Ansible inventories, Outpost inventories and free-form
// mappings (block scalars, comments at every indentation, blank lines, quoted keys, nested and
// compact sequences, custom tags, empty values, CRLF), and for every text on a chain of random
// small edits, it checks: the same document tree (node classes, ranges, values, styles, tags,
// comments, blank-line flags, warnings, errors, plain data), the same yamlEntries(), the same
// parse problems, and the same analyze() findings. The same holds for every YAML file of the
// examples/ folder and of ../shared/corpus (when present). The cut sizes are set very small here
// so that small texts exercise every path (cut at top-level keys, cut again below, reuse of moved
// pieces, fallbacks).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { corpusFiles, CORPUS_DIR } from '../support/corpus';
import { join } from 'node:path';
import fc from 'fast-check';
import { isCollection, isPair, isScalar } from 'yaml';
import { parseYaml, yamlEntries } from '../../server/src/engine/parse/yaml-entries';
import type { ParsedYaml } from '../../server/src/engine/parse/yaml-entries';
import {
  clearIncrementalYamlCache,
  configureIncrementalYaml,
  incrementalYamlCacheSize,
  incrementalYamlStats,
  parseYamlIncremental,
} from '../../server/src/engine/parse/yaml-incremental';
import type { IncrementalYamlSettings } from '../../server/src/engine/parse/yaml-incremental';
import { PieceCache } from '../../server/src/engine/parse/yaml-piece-cache';
import { parsePiece } from '../../server/src/engine/parse/yaml-piece-parse';
import { splitPieces } from '../../server/src/engine/parse/yaml-pieces';
import type { Piece } from '../../server/src/engine/parse/yaml-pieces';
import { analyze } from '../../server/src/engine/analyze';
import { DEFAULT_CONFIG } from '../../server/src/engine/config/config';

// toJS() warns (process warnings) about collection keys the random documents contain; the
// engine's tree does the same. Not the subject here.
process.removeAllListeners('warning');

const RUNS = Number(process.env['OUTPOST_PROPERTY_RUNS'] ?? 200);
const NOW = new Date('2026-01-01T00:00:00Z');
const config = { ...DEFAULT_CONFIG, scanAllFiles: true };

// ---------------------------------------------------------------------------------------------
// Comparison

/** Everything a node carries apart from its source tokens. */
function dumpNode(n: unknown): unknown {
  if (n === null || n === undefined) return n;
  if (isPair(n)) return { pair: [dumpNode(n.key), dumpNode(n.value)] };
  const node = n as Record<string, unknown>;
  const o: Record<string, unknown> = { class: (n as object).constructor.name, range: node['range'] };
  for (const k of ['tag', 'anchor', 'comment', 'commentBefore', 'spaceBefore', 'format', 'flow', 'type', 'source', 'minFractionDigits']) {
    if (node[k] !== undefined) o[k] = node[k];
  }
  if (isScalar(n)) o['value'] = n.value;
  if (isCollection(n)) o['items'] = n.items.map(dumpNode);
  return o;
}

function dumpParsed(p: ParsedYaml): unknown {
  return {
    problems: p.problems,
    docs: p.docs.map((d) => {
      const data = (make: () => unknown): unknown => {
        try {
          return make();
        } catch (e) {
          return `throws: ${(e as Error).message}`;
        }
      };
      return {
        range: d.range,
        commentBefore: d.commentBefore,
        comment: d.comment,
        docStart: d.directives?.docStart,
        errors: d.errors.map((e) => [e.pos, e.code, e.message]),
        warnings: d.warnings.map((e) => [e.pos, e.code, e.message]),
        contents: dumpNode(d.contents),
        data: data(() => d.toJS({ maxAliasCount: 100 })),
        dataNoOptions: data(() => d.toJS()),
        json: data(() => JSON.stringify(d)),
        mapAsMap: data(() => d.toJS({ mapAsMap: true })),
      };
    }),
  };
}

/** The incremental parse of `text` is the whole-file parse, tree, entries and problems alike. */
function assertSameParse(text: string, label = ''): void {
  const full = parseYaml(text);
  const inc = parseYamlIncremental(text);
  assert.deepEqual(dumpParsed(inc), dumpParsed(full), `${label}: the incremental tree differs for ${JSON.stringify(text.slice(0, 2000))}`);
  const entries = yamlEntries(full);
  assert.deepEqual(yamlEntries(inc), entries, `${label}: yamlEntries differ`);
  // The same again by walking the stitched tree (yamlEntries takes the pieces' own when it can).
  assert.deepEqual(yamlEntries({ docs: inc.docs, problems: inc.problems }), entries, `${label}: yamlEntries of the stitched tree differ`);
  assert.deepEqual(inc.problems, full.problems, `${label}: parse problems differ`);
}

function withSettings<T>(change: Partial<IncrementalYamlSettings>, fn: () => T): T {
  const previous = configureIncrementalYaml(change);
  try {
    return fn();
  } finally {
    configureIncrementalYaml(previous);
  }
}

/** analyze() through the incremental parse gives exactly what it gives through the whole-file parse. */
function assertSameAnalysis(path: string, text: string): void {
  const inc = analyze({ path, text, config, now: NOW });
  const full = withSettings({ enabled: false }, () => analyze({ path, text, config, now: NOW }));
  assert.deepEqual(inc, full, `${path}: analyze() differs for ${JSON.stringify(text.slice(0, 2000))}`);
}

// ---------------------------------------------------------------------------------------------
// Generated documents

interface Decor {
  /** Comment and blank lines before an entry: [indentation or -1 for a blank line, text]. */
  before: [number, string][];
  trailing?: string;
}

type Value =
  | { t: 'scalar'; text: string }
  | { t: 'block'; header: string; lines: string[] }
  | { t: 'empty' }
  | { t: 'map'; pairs: [string, Value, Decor][]; extra: number }
  | { t: 'seq'; items: [Value, Decor][]; compact: boolean };

const keyArb = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('build', 'deploy-prod', 'job_1', 'test', 'env', 'steps', 'script', 'services', 'image', 'hosts', 'vars', 'with', 'run', 'name', 'password', 'api_token', 'AWS_ACCESS_KEY_ID', 'variables', 'stages') },
  { weight: 2, arbitrary: fc.constantFrom('.template', 'a.b', 'deploy:prod', 'c#sharp', '1', 'key with spaces', 'on', 'true') },
  { weight: 2, arbitrary: fc.constantFrom('"quoted key"', "'single key'", '"a: b"', "'it''s'", '""') },
);

const secretValues = ['AKIAJ7ZQ4WXR2N5TBVCE', 'ghp_9aF3kLm2Qx7Rt5Vw8Yz1Bc4De6Fg0Hi2Jk4Lm', 'hunter2-Very-Secret-9', 'postgres://app:S3cr3tPassw0rd@db.example.org/app'];
const scalarArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('ubuntu-latest', 'eu-west-1', '${{ secrets.API_TOKEN }}', 'npm ci && npm test', '42', 'true', '~', 'null', '3.10', 'a # not a comment?', 'x#y', 'echo "hi"', 'http://example.org/a?b=c') },
  { weight: 2, arbitrary: fc.constantFrom(...secretValues) },
  { weight: 2, arbitrary: fc.constantFrom('"double \\"quoted\\" \\n"', "'single ''quoted'''", '"AKIAJ7ZQ4WXR2N5TBVCE"', "'hunter2-Very-Secret-9'", '""', "''") },
  { weight: 1, arbitrary: fc.constantFrom('[a, b, c]', '{a: 1, b: [x, y]}', '[]', '{}', '!reference [.setup, script]', '!vault secret-ref', '!Ref MyParam', '!!str 123', '!!int "7"') },
  { weight: 1, arbitrary: fc.constantFrom('"multi\n  line"', 'plain\n  continued') },
);
const blockArb = fc.record({
  header: fc.constantFrom('|', '>', '|-', '>+', '|2', '!vault |', '>-'),
  lines: fc.array(fc.constantFrom('npm ci', 'echo $TOKEN', '', '  indented more', '$ANSIBLE_VAULT;1.1;AES256', 'export PASSWORD=hunter2-Very-Secret-9', '# not a comment', 'key: value'), { minLength: 1, maxLength: 4 }),
});

const decorArb: fc.Arbitrary<Decor> = fc.record(
  {
    before: fc.array(fc.tuple(fc.constantFrom(-1, -1, 0, 0, 2, 4, 6, 8), fc.constantFrom('# note', '#', '# TODO: fix', '#   indented words')), { maxLength: 3 }),
    trailing: fc.constantFrom('# trailing', '#x', '# v1.2.3'),
  },
  { requiredKeys: ['before'] },
);
const plainDecor: Decor = { before: [] };
const decorOften = fc.oneof({ weight: 3, arbitrary: fc.constant(plainDecor) }, { weight: 2, arbitrary: decorArb });

const valueArb: fc.Arbitrary<Value> = fc.letrec<{ value: Value; map: Value; seq: Value }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: scalarArb.map((text): Value => ({ t: 'scalar', text })) },
    { weight: 1, arbitrary: blockArb.map((b): Value => ({ t: 'block', ...b })) },
    { weight: 1, arbitrary: fc.constant<Value>({ t: 'empty' }) },
    { weight: 3, arbitrary: tie('map') },
    { weight: 2, arbitrary: tie('seq') },
  ),
  map: fc.record({ pairs: fc.array(fc.tuple(keyArb, tie('value'), decorOften), { minLength: 1, maxLength: 5 }), extra: fc.constantFrom(2, 2, 2, 4) }).map((m): Value => ({ t: 'map', ...m })),
  seq: fc.record({ items: fc.array(fc.tuple(tie('value'), decorOften), { minLength: 1, maxLength: 4 }), compact: fc.boolean() }).map((s): Value => ({ t: 'seq', ...s })),
})).value;

const pad = (n: number): string => ' '.repeat(n);

function decorLines(d: Decor, out: string[]): void {
  for (const [indent, text] of d.before) out.push(indent < 0 ? '' : pad(indent) + text);
}

/** Renders `value` after `prefix` (a key and colon, or a list dash) at indentation `indent`. */
function renderValue(v: Value, indent: number, prefix: string, trailing: string | undefined, out: string[]): void {
  const tc = trailing ? ` ${trailing}` : '';
  switch (v.t) {
    case 'scalar':
      // A multi-line scalar continues deeper than its key.
      out.push(`${prefix} ${v.text.replace(/\n */g, `\n${pad(indent + 2)}`)}${tc}`);
      return;
    case 'empty':
      out.push(`${prefix}${tc}`);
      return;
    case 'block': {
      out.push(`${prefix} ${v.header}`);
      // The first line with text sets the block's indentation: never the over-indented one.
      const lines = v.lines.find((l) => l !== '')?.startsWith(' ') ? ['npm ci', ...v.lines] : v.lines;
      for (const l of lines) out.push(l === '' ? '' : pad(indent + 2) + l);
      return;
    }
    case 'map':
      out.push(`${prefix}${tc}`);
      renderMap(v, indent + v.extra, out);
      return;
    case 'seq':
      out.push(`${prefix}${tc}`);
      renderSeq(v, prefix.trimStart().startsWith('-') || !v.compact ? indent + 2 : indent, out);
      return;
  }
}

function renderMap(m: Extract<Value, { t: 'map' }>, indent: number, out: string[]): void {
  for (const [key, value, decor] of m.pairs) {
    decorLines(decor, out);
    renderValue(value, indent, `${pad(indent)}${key}:`, decor.trailing, out);
  }
}

function renderSeq(s: Extract<Value, { t: 'seq' }>, indent: number, out: string[]): void {
  for (const [item, decor] of s.items) {
    decorLines(decor, out);
    if (item.t === 'map') {
      // `- key: value` with the other keys under the first one.
      const lines: string[] = [];
      renderMap(item, indent + 2, lines);
      const first = lines.findIndex((l) => l.startsWith(pad(indent + 2)) && l.trim() !== '' && !l.trim().startsWith('#'));
      if (first < 0) continue;
      out.push(...lines.slice(0, first));
      out.push(`${pad(indent)}- ${lines[first]!.slice(indent + 2)}`, ...lines.slice(first + 1));
    } else {
      renderValue(item, indent, `${pad(indent)}-`, decor.trailing, out);
    }
  }
}

interface GenDoc {
  path: string;
  text: string;
}

const lineEnds = (text: string, crlf: boolean): string => (crlf ? text.replace(/\n/g, '\r\n') : text);

/** A free-form mapping, rendered under a path that gives it a file kind. */
const freeDoc: fc.Arbitrary<GenDoc> = fc
  .record({
    preamble: fc.constantFrom('', '# file header\n', '---\n', '\n# header\n\n', '--- # start\n'),
    pairs: fc.array(fc.tuple(keyArb, valueArb, decorOften), { minLength: 1, maxLength: 8 }),
    path: fc.constantFrom('.github/workflows/ci.yml', '.gitlab-ci.yml', 'docker-compose.yml', 'inventory/hosts.yml', 'group_vars/all.yml', 'config.yaml', 'bitbucket-pipelines.yml', '.circleci/config.yml', 'azure-pipelines.yml', 'jenkins.yaml'),
    crlf: fc.boolean(),
    finalNewline: fc.boolean(),
  })
  .map(({ preamble, pairs, path, crlf, finalNewline }) => {
    const out: string[] = [];
    renderMap({ t: 'map', pairs, extra: 2 }, 0, out);
    let text = preamble + out.join('\n');
    if (finalNewline) text += '\n';
    return { path, text: lineEnds(text, crlf) };
  });

const jobArb = fc.record({
  name: fc.constantFrom('build', 'test', 'deploy', 'lint', 'release-1', 'docs'),
  env: fc.array(fc.tuple(fc.constantFrom('REGION', 'AWS_ACCESS_KEY_ID', 'DB_PASSWORD', 'TOKEN', 'NODE_ENV'), fc.constantFrom('eu-west-1', '${{ secrets.AWS_ACCESS_KEY_ID }}', ...secretValues)), { maxLength: 3 }),
  steps: fc.array(
    fc.oneof(
      fc.constantFrom('- uses: actions/checkout@v4', '- uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2', '- uses: some/action@main'),
      fc.constantFrom('- run: echo "${{ github.event.issue.title }}"', '- run: curl -sSL https://example.org/install.sh | bash', '- name: Build\n  run: |\n    npm ci\n    npm run build', '- run: echo ::set-env name=X::y'),
    ),
    { minLength: 1, maxLength: 4 },
  ),
  permissions: fc.constantFrom('', 'write-all', 'contents: write'),
  blank: fc.boolean(),
  comment: fc.constantFrom('', '# the job', '  # indented note', '    # deeper note'),
});

/** A GitHub Actions workflow of several jobs. */
const workflowDoc: fc.Arbitrary<GenDoc> = fc
  .record({ jobs: fc.array(jobArb, { minLength: 1, maxLength: 6 }), trigger: fc.constantFrom('on: [push]', 'on:\n  pull_request_target:\n  push:\n    branches: [main]', 'on:\n  workflow_dispatch:\n'), crlf: fc.boolean() })
  .map(({ jobs, trigger, crlf }) => {
    const out = ['name: CI', trigger, 'permissions:', '  contents: read', '', 'jobs:'];
    jobs.forEach((j, i) => {
      if (j.blank && i > 0) out.push('');
      if (j.comment) out.push(j.comment);
      out.push(`  ${j.name}-${i}:`, '    runs-on: ubuntu-latest');
      if (j.permissions === 'write-all') out.push('    permissions: write-all');
      else if (j.permissions) out.push('    permissions:', `      ${j.permissions}`);
      if (j.env.length > 0) out.push('    env:', ...j.env.map(([k, v]) => `      ${k}: ${v}`));
      out.push('    steps:');
      for (const s of j.steps) out.push(...s.split('\n').map((l) => `      ${l}`));
    });
    return { path: '.github/workflows/ci.yml', text: lineEnds(out.join('\n') + '\n', crlf) };
  });

/** A GitLab CI file with `!reference`, variables, hidden jobs and scripts. */
const gitlabDoc: fc.Arbitrary<GenDoc> = fc
  .record({
    jobs: fc.array(fc.record({ name: fc.constantFrom('build', 'test', 'deploy', '.setup', 'pages'), script: fc.array(fc.constantFrom('npm ci', 'curl -u admin:S3cr3tPassw0rd https://example.org', '!reference [.setup, script]', 'echo $CI_JOB_TOKEN'), { minLength: 1, maxLength: 3 }), vars: fc.boolean() }), { minLength: 1, maxLength: 6 }),
    crlf: fc.boolean(),
  })
  .map(({ jobs, crlf }) => {
    const out = ['stages: [build, test, deploy]', 'variables:', '  CI_DEBUG_TRACE: "false"', '  DB_PASSWORD: hunter2-Very-Secret-9', ''];
    jobs.forEach((j, i) => {
      out.push(`${j.name}-${i}:`, '  stage: build', '  image: node:20');
      if (j.vars) out.push('  variables:', '    API_TOKEN: ghp_9aF3kLm2Qx7Rt5Vw8Yz1Bc4De6Fg0Hi2Jk4Lm');
      out.push('  script:');
      for (const s of j.script) out.push(s.startsWith('!') ? `    - ${s}` : `    - ${s}`);
      out.push('');
    });
    return { path: '.gitlab-ci.yml', text: lineEnds(out.join('\n'), crlf) };
  });

/** A docker-compose file with environment lists and maps. */
const composeDoc: fc.Arbitrary<GenDoc> = fc
  .record({ services: fc.array(fc.record({ name: fc.constantFrom('web', 'db', 'cache', 'worker'), list: fc.boolean(), secret: fc.constantFrom(...secretValues) }), { minLength: 1, maxLength: 5 }), crlf: fc.boolean() })
  .map(({ services, crlf }) => {
    const out = ['services:'];
    services.forEach((s, i) => {
      out.push(`  ${s.name}${i}:`, '    image: postgres:16', '    environment:');
      if (s.list) out.push(`      - POSTGRES_PASSWORD=${s.secret}`, '      - TZ=UTC');
      else out.push(`      POSTGRES_PASSWORD: ${s.secret}`, '      TZ: UTC');
      out.push('    ports:', '      - "5432:5432"');
    });
    out.push('volumes:', '  data: {}');
    return { path: 'docker-compose.yml', text: lineEnds(out.join('\n') + '\n', crlf) };
  });

/** An Ansible YAML inventory with a `!vault` block and plain passwords. */
const inventoryDoc: fc.Arbitrary<GenDoc> = fc
  .record({ groups: fc.array(fc.record({ name: fc.constantFrom('web', 'db', 'edge'), hosts: fc.integer({ min: 1, max: 4 }), vault: fc.boolean() }), { minLength: 1, maxLength: 4 }), crlf: fc.boolean() })
  .map(({ groups, crlf }) => {
    const out = ['all:', '  vars:', '    ansible_user: deploy', '  children:'];
    groups.forEach((g, i) => {
      out.push(`    ${g.name}${i}:`, '      hosts:');
      for (let h = 0; h < g.hosts; h++) out.push(`        host${i}-${h}.example.org:`, `          ansible_host: 10.0.${i}.${h}`);
      out.push('      vars:');
      if (g.vault) out.push('        ansible_password: !vault |', '          $ANSIBLE_VAULT;1.1;AES256', '          6638643965');
      else out.push('        ansible_password: hunter2-Very-Secret-9');
    });
    return { path: 'inventory/hosts.yml', text: lineEnds(out.join('\n') + '\n', crlf) };
  });

/** An Outpost asset inventory (schema-checked posture rules). */
const assetsDoc: fc.Arbitrary<GenDoc> = fc
  .record({ assets: fc.array(fc.record({ exposure: fc.constantFrom('internet', 'vpn', 'internal'), mfa: fc.constantFrom('required', 'optional', 'disabled'), owner: fc.boolean() }), { minLength: 1, maxLength: 5 }) })
  .map(({ assets }) => {
    const out = ['apiVersion: outpost/v1', 'kind: AssetInventory', 'reviewEveryDays: 90', 'assets:'];
    assets.forEach((a, i) => {
      out.push(`  - id: asset-${i}`, `    name: Asset ${i}`, '    type: saas', '    purpose: Ticketing');
      if (a.owner) out.push('    owner: it@example.org');
      out.push('    vendor: Atlassian', `    exposure: ${a.exposure}`, '    authentication:', '      method: sso', `      mfa: ${a.mfa}`, '    lastReviewed: 2025-01-01');
    });
    return { path: 'assets.yaml', text: out.join('\n') + '\n' };
  });

const anyDoc = fc.oneof({ weight: 4, arbitrary: freeDoc }, workflowDoc, gitlabDoc, composeDoc, inventoryDoc, assetsDoc);

// ---------------------------------------------------------------------------------------------
// Edits

type Edit = { at: number; op: 'insert' | 'delete' | 'replace' | 'insert-line' | 'delete-line' | 'duplicate-line'; ch: string };

const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('insert', 'insert', 'delete', 'replace', 'insert-line', 'delete-line', 'duplicate-line'),
  ch: fc.constantFrom('a', 'x', ' ', ' ', '\n', ':', '-', '#', '"', "'", '|', '>', '[', ']', '{', '}', '&', '*', '!', '\t', '?', ',', '%', '\r', 'Z'),
});
const insertedLines = [': ', 'new: line', '  nested: 1', '# comment', '', '  - item', '    deeper: "x"', '---', 'key:', '  key: |', '    text', '\tkey: tab'];

function applyEdit(text: string, e: Edit): string {
  const at = text.length === 0 ? 0 : e.at % (text.length + 1);
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let lineEnd = text.indexOf('\n', at);
  lineEnd = lineEnd < 0 ? text.length : lineEnd + 1;
  switch (e.op) {
    case 'insert':
      return text.slice(0, at) + e.ch + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + 1);
    case 'replace':
      return text.slice(0, at) + e.ch + text.slice(at + 1);
    case 'insert-line':
      return text.slice(0, lineStart) + insertedLines[e.at % insertedLines.length]! + '\n' + text.slice(lineStart);
    case 'delete-line':
      return text.slice(0, lineStart) + text.slice(lineEnd);
    case 'duplicate-line':
      return text.slice(0, lineEnd) + text.slice(lineStart, lineEnd) + text.slice(lineEnd);
  }
}

// ---------------------------------------------------------------------------------------------

let saved: IncrementalYamlSettings;
before(() => {
  saved = configureIncrementalYaml({ above: 0, splitAbove: 64, coldWhole: false });
});
after(() => {
  configureIncrementalYaml(saved);
  clearIncrementalYamlCache();
});

describe('incremental YAML parse', () => {
  it('gives the whole-file tree, entries and problems for generated documents and every random edit of them', { timeout: 300_000 }, () => {
    const start = incrementalYamlStats();
    let texts = 0;
    fc.assert(
      fc.property(anyDoc, fc.array(editArb, { minLength: 1, maxLength: 8 }), fc.constantFrom(0, 40, 64, 200), (doc, edits, splitAbove) => {
        withSettings({ splitAbove }, () => {
          let text = doc.text;
          assertSameParse(text, 'original');
          texts++;
          for (const e of edits) {
            text = applyEdit(text, e);
            assertSameParse(text, `after ${JSON.stringify(e)}`);
            texts++;
          }
        });
      }),
      { numRuns: RUNS * 3 },
    );
    const end = incrementalYamlStats();
    const stitched = end.stitched - start.stitched;
    const whole = end.whole - start.whole;
    console.log(`generated: ${texts} texts compared (${stitched} stitched from pieces, ${whole} parsed whole, ${end.reused - start.reused} pieces reused)`);
    // Most texts must really go through the pieces, or this test proves little.
    assert.ok(stitched > texts * 0.4, `only ${stitched} of ${texts} texts were stitched from pieces (${whole} parsed whole)`);
    assert.ok(end.reused > start.reused, 'no cached piece was ever reused');
  });

  it('gives the same analyze() findings as the whole-file parse, on generated documents and their edits', { timeout: 300_000 }, () => {
    let texts = 0;
    fc.assert(
      fc.property(anyDoc, fc.array(editArb, { maxLength: 4 }), (doc, edits) => {
        let text = doc.text;
        assertSameAnalysis(doc.path, text);
        texts++;
        for (const e of edits) {
          text = applyEdit(text, e);
          assertSameAnalysis(doc.path, text);
          texts++;
        }
      }),
      { numRuns: RUNS },
    );
    console.log(`analyze(): ${texts} texts compared`);
  });

  it('stays exact while the same file is edited many times (pieces move, come back, repeat)', () => {
    let text = fc.sample(workflowDoc, { numRuns: 1, seed: 7 })[0]!.text;
    text = text + text.replace(/^name: CI\n/, '').replace(/^jobs:$/m, 'jobs2:').replace(/^(on|permissions):/gm, '$1_again:');
    const edits = fc.sample(editArb, { numRuns: 300, seed: 11 });
    for (const e of edits) {
      text = applyEdit(text, e);
      assertSameParse(text, `after ${JSON.stringify(e)}`);
    }
  });

  it('parses a text it has not seen whole, and its next versions from pieces', () => {
    withSettings({ coldWhole: true }, () => {
      clearIncrementalYamlCache();
      const text = fc.sample(workflowDoc, { numRuns: 1, seed: 9 })[0]!.text;
      const edited = text.replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-24.04');
      const s0 = incrementalYamlStats();
      assertSameParse(text, 'first sight');
      const s1 = incrementalYamlStats();
      assert.equal(s1.whole - s0.whole, 1, 'a text never seen is parsed whole');
      assertSameParse(edited, 'next version');
      const s2 = incrementalYamlStats();
      assert.equal(s2.stitched - s1.stitched, 1, 'its next version is stitched from pieces');
      assertSameParse(edited.replace('runs-on: ubuntu-24.04', 'runs-on: ubuntu-22.04'), 'third version');
      const s3 = incrementalYamlStats();
      assert.equal(s3.stitched - s2.stitched, 1);
      assert.ok(s3.reused > s2.reused, 'the third version reuses the parsed pieces of the second');
    });
  });

  it('handles the same piece twice in one file', () => {
    const job = '  same:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n';
    const text = `name: CI\njobs:\n${job}${job}${job}other:\n  a: 1\nother:\n  a: 1\n`;
    assertSameParse(text);
    assertSameParse(text);
    assertSameParse(`# moved\n${text}`);
  });

  it('parses whole what it cannot cut exactly, with the same result', () => {
    const cases = [
      'a: 1\n---\nb: 2\n', // several documents
      '%YAML 1.2\n---\na: 1\nb: 2\n', // directive
      'a: &x 1\nb: *x\n', // anchor and alias
      'base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n', // merge key
      'a:\n\tb: 1\nc: 2\n', // tab indentation
      '- a\n- b\nc: 1\n', // a sequence at the root
      '{a: 1}\nb: 2\n', // a flow mapping at the root
      'a: "open\nb: 2\n', // a quoted scalar running across a key line
      'a: [1,\nb: 2]\n', // a flow collection running across a key line
      'plain\nb: 1\n', // a scalar at the root
      ' a: 1\nb: 2\n', // the first key indented
      'a: 1\rb: 2\n', // a lone carriage return
      'a:\n\n# c\nb: 1\n', // an empty value, then a gap, then a sibling key
    ];
    const before = incrementalYamlStats();
    for (const text of cases) assertSameParse(text, JSON.stringify(text));
    const after = incrementalYamlStats();
    assert.equal(after.stitched - before.stitched, 0, 'none of these may be stitched from pieces');
  });

  it('keeps the cache within its character bound however many distinct pieces go through it', () => {
    const cache = new PieceCache(10_000, 1_000);
    for (let i = 0; i < 2_000; i++) {
      cache.set(parsePiece(`key${i}:\n  value: ${'x'.repeat(i % 50)}\n`, 0));
      assert.ok(cache.cachedChars <= 10_000, `${cache.cachedChars} characters cached`);
    }
    assert.ok(cache.size > 100, 'the cache keeps recent pieces');
    // The module's own cache, typing into one file: the versions of the edited piece go once 64
    // parses have not used them, so the cache holds the current pieces and a few recent versions.
    clearIncrementalYamlCache();
    let text = fc.sample(workflowDoc, { numRuns: 1, seed: 3 })[0]!.text;
    for (let i = 0; i < 3_000; i++) {
      text = text.replace(/runs-on: ubuntu-latest[^\n]*/, `runs-on: ubuntu-latest # ${i}`);
      parseYamlIncremental(text);
    }
    const { pieces, chars } = incrementalYamlCacheSize();
    const current = countPieces(splitPieces(text, 64)!);
    assert.ok(pieces <= current + 64, `${pieces} pieces cached for a text of ${current}`);
    assert.ok(chars <= 1_500_000, `${chars} characters cached`);
  });
});

function countPieces(pieces: readonly Piece[]): number {
  return pieces.reduce((n, p) => n + (p.split ? 1 + countPieces(p.split.kids) : 1), 0);
}

// ---------------------------------------------------------------------------------------------
// Real files

function yamlFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'node_modules') yamlFiles(p, out);
    } else if (/\.ya?ml$/i.test(name)) out.push(p);
  }
  return out;
}

const EXAMPLES = join(__dirname, '..', '..', 'examples');

/** Exact on one real file: cut at several sizes, through analyze(), and after a few edits. */
function assertExactOnFile(abs: string, path: string, edits: readonly Edit[]): void {
  const text = readFileSync(abs, 'utf8');
  for (const splitAbove of [0, 200, 1024]) withSettings({ splitAbove }, () => assertSameParse(text, `${path} (cut above ${splitAbove})`));
  assertSameAnalysis(path, text);
  let t = text;
  for (const e of edits) {
    t = applyEdit(t, e);
    assertSameParse(t, `${path} after ${JSON.stringify(e)}`);
  }
}

describe('incremental YAML parse on real files', () => {
  const edits = fc.sample(editArb, { numRuns: 4, seed: 5 });

  it('is exact on every YAML file of examples/, cut at every size, and after edits', () => {
    const files = yamlFiles(EXAMPLES);
    assert.ok(files.length >= 5, `only ${files.length} YAML files under examples/`);
    for (const f of files) assertExactOnFile(f, f.slice(EXAMPLES.length + 1), edits);
  });

  const corpus = corpusFiles()?.filter((f) => /\.ya?ml$/i.test(f.corpusPath));
  it('is exact on every YAML file of ../shared/corpus, cut at every size, and after edits', { skip: corpus ? false : `corpus not found at ${CORPUS_DIR}`, timeout: 300_000 }, () => {
    assert.ok(corpus!.length > 0, 'no YAML file in the corpus');
    const before = incrementalYamlStats();
    for (const f of corpus!) assertExactOnFile(f.abs, f.originalPath, edits);
    const after = incrementalYamlStats();
    console.log(`corpus: ${corpus!.length} YAML files; ${after.stitched - before.stitched} parses stitched from pieces, ${after.whole - before.whole} parsed whole`);
  });
});
