// The line reader of yaml-fast-entries.ts must give exactly what the full parse gives, or nothing.
// For hand-written cases of every construct it reads (and of every one it must refuse), for every
// YAML file of examples/, of the test fixtures and of the shared corpora when present, and for
// random edits of them (where most texts become odd or broken YAML), it checks: when the reader
// returns entries, they are yamlEntries(parseYaml(text)) and the full parse found no problem. And
// analyze() gives the same findings with the reader on and off.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { Document } from 'yaml';
import { fastYamlEntries, fastYamlSettings, MAY_RESOLVE } from '../../server/src/engine/parse/yaml-fast-entries';
import { parseYaml, yamlEntries } from '../../server/src/engine/parse/yaml-entries';
import { analyze } from '../../server/src/engine/analyze';
import { DEFAULT_CONFIG } from '../../server/src/engine/config/config';

process.removeAllListeners('warning');

const RUNS = Number(process.env['OUTPOST_PROPERTY_RUNS'] ?? 200);
const ROOT = resolve(__dirname, '../..');
const SHARED = resolve(ROOT, '../shared');

/** Reader and full parse agree; returns whether the reader handled the text. */
function assertAgrees(text: string, label: string): boolean {
  const fast = fastYamlEntries(text);
  if (fast === undefined) return false;
  const full = parseYaml(text);
  assert.deepEqual(full.problems, [], `${label}: the reader accepted a text the full parse reports problems in: ${JSON.stringify(text.slice(0, 400))}`);
  assert.deepEqual(fast, yamlEntries(full), `${label}: entries differ for ${JSON.stringify(text.slice(0, 400))}`);
  return true;
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === '.git') continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/i.test(name) && st.size < 300_000) out.push(p);
  }
  return out;
}

// Texts the reader must read (and agree on) ...
const READS: Record<string, string> = {
  'plain, quoted and resolved scalars': 'a: 1\nb: 0x1F\nc: 1e3\nd: 3.10\ne: ~\nf: null\ng: true\nh: "x: y"\ni: \'it\'\'s\'\nj: -1\nk: .inf\nl: 0o17\n',
  'keys that resolve': '1: one\ntrue: yes\n0x10: sixteen\n"quoted key": v\n\'single\': v\nkey with spaces: v\ndeploy:prod: v\n',
  'comments and blank lines': '# top\na: 1 # trailing\n\n  # indented comment\nb:\n  # inside\n  c: x#y\n',
  'nested mappings and sequences': 'a:\n  b:\n    - x\n    - y: 1\n      z: 2\n    -\n      w: 3\n  c: []\n  d: {}\n',
  'a sequence at its key column': 'steps:\n- run: a\n  name: b\n- uses: c\nafter: 1\n',
  'name=value list items': 'environment:\n  - DB_PASSWORD=hunter2-Very-Secret-9\n  - "QUOTED=x"\n  - PLAIN\n',
  'block scalars, every chomping': 'a: |\n  l1\n\n  l2\n\n\nb: |-\n  s\n\nc: |+\n  k\n\n\nd: >\n  f1\n  f2\n\n  f3\n    more\n  f4\ne: |\nf: 1\n',
  'double-quoted escapes': 'a: "x\\n\\t\\"y\\\\ \\u00e9 \\x41 \\U0001F600 \\/"\n"k\\"ey": v\nb: ["\\"", \'\'\'\']\n',
  'a block scalar with a line of spaces': 'a: |\n  x\n     \n  y\nb: >\n  f\n      \n  g\n',
  'a block scalar at the end without a newline': 'a: |\n  l1\n  l2',
  'multi-line plain scalars': 'run: docker run\n  --mount type=bind\n\n  --rm image\nnext: 1\n',
  'flow collections of scalars': 'on: [push, pull_request]\nbranches: [ "main", \'dev\', ]\nm: { a: 1, "b": two }\n',
  'anchors, aliases and merge keys': 'base: &base\n  image: node\n  password: &pw s3cr3t-Value-123\njob:\n  <<: *base\n  password: *pw\n  list:\n    - &item one\n    - *item\n',
  'local tags on scalars and collections': 'a: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  6162\nb: !reference [.setup, script]\nc: !Ref 0x1F\nd: !t\n  e: 1\n  f: [g]\n',
  'several documents': '---\na: 1\n---\nb: 2\n---\n# only a comment\n---\n- c\n',
  'a compact mapping in a sequence item with nested values': '- name: x\n  with:\n    token: abc\n  run: |\n    echo hi\n- other\n',
};

// ... and texts it must leave to the full parser (broken, or outside what it reads).
const REFUSES: Record<string, string> = {
  'a mapping inside a plain value': 'a: b: c\n',
  'bad indentation': 'a:\n    b: 1\n  c: 2\n',
  'a tab': 'a:\n\tb: 1\n',
  'CRLF line ends': 'a: 1\r\nb: 2\r\n',
  'a BOM': '\uFEFFa: 1\n',
  'a directive': '%YAML 1.2\n---\na: 1\n',
  'a document end marker': 'a: 1\n...\n',
  'a complex key': '? a\n: b\n',
  'a core tag': 'a: !!str 1\n',
  'a nested flow collection': 'a: [b, [c]]\n',
  'a flow collection over several lines': 'a: [b,\n  c]\n',
  'a quoted scalar over several lines': 'a: "b\n  c"\n',
  'an unknown escape in a double-quoted scalar': 'a: "b\\qc"\n',
  'a short hex escape': 'a: "\\x4"\n',
  'an explicit indentation indicator': 'a: |2\n   x\n',
  'a tagged empty value': 'a: !t\nb: 1\n',
  'a sequence item on the dash line of another': '- - a\n',
  'a scalar document': 'just text\n',
  'a key after a sequence at a deeper column': 'a:\n  - b\n c: 1\n',
  'an unterminated quote': 'a: "b\n',
  'a comment glued to a quoted value': 'a: "b"#c\n',
  'a plain scalar continued after a comment': 'a: b\n  # c\n  d\n',
};

describe('fast YAML entries: hand-written cases', () => {
  for (const [name, text] of Object.entries(READS)) {
    it(`reads ${name}`, () => {
      assert.ok(assertAgrees(text, name), `the reader gave up on ${JSON.stringify(text)}`);
    });
  }
  for (const [name, text] of Object.entries(REFUSES)) {
    it(`leaves ${name} to the full parser`, () => {
      assert.equal(fastYamlEntries(text), undefined);
    });
  }

  it('gives tags to the entries the full parse gives them to', () => {
    const e = fastYamlEntries(READS['local tags on scalars and collections']!)!;
    assert.deepEqual(
      e.map((x) => [x.path.join('.'), x.tag]),
      [
        ['a', '!vault'],
        ['b.0', '!reference'],
        ['b.1', '!reference'],
        ['c', '!Ref'],
        ['d.e', '!t'],
        ['d.f.0', '!t'],
      ],
    );
    assert.equal(e.find((x) => x.path.join('.') === 'c')!.value, '0x1F', 'a tagged scalar stays as written');
  });

  it('is switched off by its setting', () => {
    fastYamlSettings.enabled = false;
    try {
      assert.equal(fastYamlEntries('a: 1\n'), undefined);
    } finally {
      fastYamlSettings.enabled = true;
    }
  });
});

describe('fast YAML entries: core schema', () => {
  it('every default scalar tag of the yaml package only matches texts that start as MAY_RESOLVE says', () => {
    const tags = (new Document().schema.tags as unknown as { default?: unknown; test?: RegExp }[]).filter((t) => t.default === true && t.test);
    assert.ok(tags.length >= 8, 'the core schema has its null, bool, int and float tags');
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.constantFrom('', '0', '1.5', 'e3', 'inf', 'nan', 'x1F', 'rue', 'ull'), (s, tail) => {
        const text = s + tail;
        if (MAY_RESOLVE.test(text)) return;
        for (const t of tags) assert.ok(!t.test!.test(text), `${String(t.test)} matches ${JSON.stringify(text)}`);
      }),
      { numRuns: RUNS * 5 },
    );
  });
});

const bundled = [...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'test'))];
const shared = [...yamlFiles(join(SHARED, 'corpus')), ...yamlFiles(join(SHARED, 'corpus-servers'))];

describe('fast YAML entries: real files', () => {
  it('agrees with the full parse on every YAML file of examples/ and the test fixtures, and reads most of them', () => {
    let handled = 0;
    for (const f of bundled) if (assertAgrees(readFileSync(f, 'utf8'), f)) handled++;
    assert.ok(bundled.length > 100, `found ${bundled.length} files`);
    // The fixtures include broken YAML on purpose; the reader must still take the bulk.
    assert.ok(handled / bundled.length > 0.8, `read ${handled} of ${bundled.length}`);
  });

  it('agrees on the shared corpora', { skip: shared.length === 0 ? `no corpus at ${SHARED}` : false }, () => {
    let handled = 0;
    for (const f of shared) if (assertAgrees(readFileSync(f, 'utf8'), f)) handled++;
    assert.ok(handled / shared.length > 0.8, `read ${handled} of ${shared.length}`);
  });

  it('agrees or gives up on random edits of those files', () => {
    const texts = [...bundled, ...shared.slice(0, 300)].map((f) => readFileSync(f, 'utf8')).filter((t) => t.length > 0);
    const pieces = ['\n', ': ', '- ', '  ', '"', "'", ' #', '|', '>', '[', ']', '{', '}', ',', 'x', '-', ':', '|-', '|+', '>-', '---\n', '\\', '0x1F', '~', '&a ', '*a', '!t ', '? ', '!', '&', '*', '%', '...', '@', '\t', '\r', '<<: '];
    const edit = fc.oneof(
      fc.record({ op: fc.constant('insert' as const), at: fc.nat(), piece: fc.constantFrom(...pieces) }),
      fc.record({ op: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 4 }) }),
      fc.record({ op: fc.constant('indent' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ op: fc.constant('copy-line' as const), at: fc.nat(), to: fc.nat(), cut: fc.integer({ min: 0, max: 4 }) }),
    );
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.array(edit, { minLength: 1, maxLength: 3 }), (which, edits) => {
        let t = texts[which]!;
        for (const e of edits) {
          const at = e.at % (t.length + 1);
          if (e.op === 'insert') t = t.slice(0, at) + e.piece + t.slice(at);
          else if (e.op === 'delete') t = t.slice(0, at) + t.slice(at + e.n);
          else {
            const lines = t.split('\n');
            const i = e.at % lines.length;
            if (e.op === 'indent') lines[i] = ' '.repeat(e.n) + lines[i];
            else lines.splice(e.to % lines.length, 0, lines[i]!.slice(e.cut));
            t = lines.join('\n');
          }
        }
        assertAgrees(t, 'edited');
      }),
      { numRuns: RUNS * 10 },
    );
  });
});

describe('fast YAML entries: analysis', () => {
  it('analyze() finds the same with the reader on and off', () => {
    const config = { ...DEFAULT_CONFIG, scanAllFiles: true };
    const now = new Date('2026-01-01T00:00:00Z');
    const files = bundled.filter((f) => f.includes('/examples/') || f.includes('/fixtures/') || f.includes('/rules/')).slice(0, 600);
    assert.ok(files.length > 50);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const path = f.slice(ROOT.length + 1);
      const on = analyze({ path, text, config, now });
      fastYamlSettings.enabled = false;
      try {
        assert.deepEqual(on, analyze({ path, text, config, now }), path);
      } finally {
        fastYamlSettings.enabled = true;
      }
    }
  });
});
