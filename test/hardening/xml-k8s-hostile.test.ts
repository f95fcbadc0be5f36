// Hostile XML and Kubernetes inputs (issue 13 relies on these bounds): billion laughs, external
// entities (never read: the file's content must be absent from every output, and no file is
// opened while analysing), a 100 MB base64 Secret value, the per-file decode budget, deep
// nesting. Each must finish without an exception or a rule failure; time is bounded by the
// test timeouts, not asserted.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { analyze, PARSE_ERROR_RULE } from '../../server/src/engine/analyze';
import type { AnalyzeResult } from '../../server/src/engine/analyze';
import { withDefaults } from '../../server/src/engine/config/config';
import { fixesFor } from '../../server/src/engine/fixes';
import { MAX_TOTAL_BYTES, MAX_VALUE_BYTES } from '../../server/src/engine/secrets/kubernetes/secret-data';
import { guardedEnv, guardLog, requireBuilt, runCli, CLI } from './support/run-guarded';
import { withNetworkDenied } from './support/in-process-guard';

const config = withDefaults({});

/** No rule failed, every range is inside the text, messages are bounded. */
function checkResult(label: string, text: string, r: AnalyzeResult): void {
  assert.deepEqual(r.failures, [], `${label}: rules failed on this input`);
  for (const f of r.findings) {
    assert.ok(0 <= f.range.start && f.range.start <= f.range.end && f.range.end <= text.length, `${label}: ${f.ruleId} range outside the text`);
    assert.ok(f.message.length > 0 && f.message.length < 2000, `${label}: ${f.ruleId} message missing or runaway`);
  }
}
const XML_PATHS = ['dbconfig.xml', 'confluence.cfg.xml', 'conf/server.xml', 'settings.xml', 'NuGet.config', 'seraph-config.xml'];

let dir: string;
let secretFile: string;
const MARKER = 'OUTPOST-XXE-MARKER-7f3a9c';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'outpost-xxe-'));
  secretFile = join(dir, 'secret.txt');
  writeFileSync(secretFile, `${MARKER}\n`);
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs analyze() and every offered fix, recording any file the engine opens meanwhile. */
function analyzeWatched(path: string, text: string): { out: string; opened: string[] } {
  const opened: string[] = [];
  const names = ['openSync', 'readFileSync', 'readSync', 'createReadStream', 'open', 'readFile'] as const;
  const saved = names.map((n) => (fs as unknown as Record<string, unknown>)[n]);
  names.forEach((n, i) => {
    (fs as unknown as Record<string, unknown>)[n] = (...args: unknown[]) => {
      opened.push(`${n}(${String(args[0])})`);
      return (saved[i] as (...a: unknown[]) => unknown)(...args);
    };
  });
  try {
    const { result, attempts } = withNetworkDenied(() => {
      const r = analyze({ path, text, config });
      checkResult(path, text, r);
      const fixes = r.findings.flatMap((f) => fixesFor({ path, text, kind: r.kind!, config, finding: f }));
      return JSON.stringify({ r, fixes });
    });
    assert.deepEqual(attempts, [], 'no network or process while analysing');
    return { out: result, opened };
  } finally {
    names.forEach((n, i) => ((fs as unknown as Record<string, unknown>)[n] = saved[i]));
  }
}

describe('XML: entities are never expanded or resolved', () => {
  it('billion laughs: nothing expands, a parse problem is reported', { timeout: 60_000 }, () => {
    const ents = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) ents.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const text = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n${ents.join('\n')}\n]>\n<jira-database-config><jdbc-datasource><password>&lol9;</password></jdbc-datasource></jira-database-config>\n`;
    for (const path of XML_PATHS) {
      const { out, opened } = analyzeWatched(path, text);
      assert.deepEqual(opened, []);
      assert.ok(!out.includes('lollollol'), `${path}: an entity was expanded`);
      assert.ok(out.length < 100_000, `${path}: runaway output`);
    }
    assert.ok(analyze({ path: 'dbconfig.xml', text, config }).findings.some((f) => f.ruleId === PARSE_ERROR_RULE));
  });

  it('external entities (file:///etc/passwd, a local file, a URL) are never read', { timeout: 60_000 }, () => {
    const passwdLine = fs.existsSync('/etc/passwd') ? readFileSync('/etc/passwd', 'utf8').split('\n')[0]! : 'root:x:0:0:';
    for (const target of ['file:///etc/passwd', `file://${secretFile}`, secretFile, 'http://127.0.0.1:9/x.dtd']) {
      const text =
        `<?xml version="1.0"?>\n<!DOCTYPE settings [<!ENTITY xxe SYSTEM "${target}"> <!ENTITY % p SYSTEM "${target}"> %p;]>\n` +
        `<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"><servers><server><id>x</id><password>&xxe;</password></server></servers></settings>\n`;
      for (const path of XML_PATHS) {
        const { out, opened } = analyzeWatched(path, text);
        assert.deepEqual(opened, [], `${path}: the engine opened a file`);
        assert.ok(!out.includes(MARKER), `${path}: ${target} was read`);
        assert.ok(!out.includes(passwdLine), `${path}: /etc/passwd was read`);
      }
    }
  });

  it('external entities through the built CLI: the file content is absent from every report format', { timeout: 120_000 }, () => {
    requireBuilt(CLI);
    const ws = join(dir, 'ws');
    mkdirSync(join(ws, 'conf'), { recursive: true });
    const doc = `<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file://${secretFile}"><!ENTITY pw SYSTEM "file:///etc/passwd">]>\n`;
    writeFileSync(join(ws, 'settings.xml'), `${doc}<settings><servers><server><id>a</id><password>&xxe;&pw;</password></server></servers></settings>\n`);
    writeFileSync(join(ws, 'dbconfig.xml'), `${doc}<jira-database-config><jdbc-datasource><password>&xxe;</password></jdbc-datasource></jira-database-config>\n`);
    writeFileSync(join(ws, 'conf', 'server.xml'), `${doc}<Server><Service><Connector protocol="AJP/1.3" secretRequired="false" secret="&xxe;"/></Service></Server>\n`);
    const guard = guardLog();
    try {
      for (const format of ['json', 'sarif', 'text']) {
        const r = runCli(['scan', '.', '--format', format, '--fail-on', 'none'], ws, guardedEnv(guard.path));
        assert.equal(r.status, 0, r.stderr.slice(0, 2000));
        assert.ok(!r.stdout.includes(MARKER) && !r.stderr.includes(MARKER), `${format}: the entity's file was read`);
        assert.ok(!r.stdout.includes('root:x:0'), `${format}: /etc/passwd was read`);
      }
      assert.deepEqual(guard.read(), [], 'the CLI tried to open a connection or start a process');
    } finally {
      guard.dispose();
    }
  });

  it('deep nesting (100,000 levels) and 200,000 siblings: no crash, a bounded tree', { timeout: 120_000 }, () => {
    const deep = `<settings>${'<a>'.repeat(100_000)}<password>Hx82kLq0PzR4</password>${'</a>'.repeat(100_000)}</settings>`;
    const wide = `<settings><servers>${'<server><id>s</id></server>'.repeat(200_000)}</servers></settings>`;
    const unclosed = `<Server>${'<Connector protocol="AJP/1.3" '.repeat(20_000)}`;
    for (const [path, text] of [['settings.xml', deep], ['settings.xml', wide], ['conf/server.xml', unclosed]] as const) {
      const r = analyze({ path, text, config });
      checkResult(path, text, r);
    }
  });
});

describe('Kubernetes Secret data: bounded decoding', () => {
  const secret = (values: string[]): string => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: big\ndata:\n${values.map((v, i) => `  key${i}_password: ${v}\n`).join('')}`;
  const b64 = (s: string): string => Buffer.from(s).toString('base64');

  it('a 100 MB base64 value is skipped without being decoded; the file is still analysed', { timeout: 300_000 }, () => {
    const huge = 'QUJD'.repeat(25 * 1024 * 1024); // 100 MB of base64
    const text = secret([huge, b64('Rm4kT8qZx2Lw')]);
    const r = analyze({ path: 'secret.yaml', text, config });
    checkResult('100 MB Secret', text, r);
    const found = r.findings.filter((f) => f.ruleId === 'secret/generic-password');
    assert.equal(found.length, 1, 'only the normal value is judged');
    assert.equal(text.slice(found[0]!.range.start, found[0]!.range.end), b64('Rm4kT8qZx2Lw'));
  });

  it(`values over ${MAX_VALUE_BYTES / 1024} KB decoded are skipped; no more than ${MAX_TOTAL_BYTES / 1024} KB is decoded per file`, () => {
    const over = b64('x'.repeat(MAX_VALUE_BYTES + 3));
    const nearLimit = b64(`P${'q'.repeat(MAX_VALUE_BYTES - 10)}`);
    const fill = Array.from({ length: Math.ceil(MAX_TOTAL_BYTES / MAX_VALUE_BYTES) + 1 }, () => nearLimit);
    const planted = b64('Rm4kT8qZx2Lw');
    const first = analyze({ path: 'a.yaml', text: secret([over, planted]), config }).findings.filter((f) => f.ruleId === 'secret/generic-password');
    assert.equal(first.length, 1, 'a value past the per-value bound does not stop the others');
    const afterBudget = analyze({ path: 'b.yaml', text: secret([...fill, planted]), config }).findings.filter((f) => f.ruleId.startsWith('secret/'));
    assert.ok(!afterBudget.some((f) => f.message.includes('Rm4k')), 'past the per-file budget values are not decoded');
  });

  it('binary and invalid base64 values are skipped, deep YAML nesting gives a parse problem', () => {
    const bin = Buffer.from([0, 1, 2, 255, 254, 3, 4, 5, 6, 7, 8, 9]).toString('base64');
    const text = secret([bin, '!!!not-base64!!!', 'YWJj']);
    checkResult('binary', text, analyze({ path: 's.yaml', text, config }));
    const deep = `apiVersion: v1\nkind: Secret\ndata:\n  x: ${'['.repeat(5000)}`;
    const r = analyze({ path: 'd.yaml', text: deep, config });
    checkResult('deep', deep, r);
  });
});
