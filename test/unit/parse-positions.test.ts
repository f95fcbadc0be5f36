// Every parser must hand out ranges that point at the value in the source: the vault fix edits
// exactly these characters.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml, yamlEntries } from '../../server/src/engine/parse/yaml-entries';
import { parseJson, jsonEntries } from '../../server/src/engine/parse/json-entries';
import { codeAssignmentEntries, dotenvEntries, iniEntries, netrcEntries, propertiesEntries } from '../../server/src/engine/parse/line-entries';
import { parseCsv } from '../../server/src/engine/parse/csv';
import type { Entry } from '../../server/src/engine/parse/entry';

function pick(entries: Entry[], key: string): Entry {
  const e = entries.find((x) => x.key === key);
  assert.ok(e, `no entry for ${key}; have ${entries.map((x) => x.key).join(', ')}`);
  return e;
}
function covers(text: string, e: Entry, expected: string): void {
  assert.equal(e.value, expected);
  assert.equal(text.slice(e.valueRange.start, e.valueRange.end), expected);
}

describe('YAML', () => {
  it('gives value ranges for plain, quoted and flow values', () => {
    const text = 'a: plain\nb: "double"\nc: \'single\'\nd: {e: flow}\nf: [x, "y"]\n';
    const entries = yamlEntries(parseYaml(text));
    covers(text, pick(entries, 'a'), 'plain');
    covers(text, pick(entries, 'b'), 'double');
    covers(text, pick(entries, 'c'), 'single');
    covers(text, pick(entries, 'e'), 'flow');
    assert.deepEqual(entries.filter((e) => e.key === 'f').map((e) => [e.path, e.value]), [[['f', 0], 'x'], [['f', 1], 'y']]);
  });
  it('parses multi-document files and numbers the documents', () => {
    const text = 'a: one\n---\na: two\n';
    const entries = yamlEntries(parseYaml(text)).filter((e) => e.key === 'a');
    assert.deepEqual(entries.map((e) => [e.doc, e.value]), [[0, 'one'], [1, 'two']]);
    covers(text, entries[1]!, 'two');
  });
  it('accepts anchors, aliases and merge keys without expanding aliases', () => {
    const text = 'base: &b {token: abc}\njob:\n  <<: *b\n  other: *b\n';
    const parsed = parseYaml(text);
    assert.deepEqual(parsed.problems, []);
    assert.equal(yamlEntries(parsed).filter((e) => e.key === 'token').length, 1);
  });
  it('parses custom tags (!vault, !reference, !Ref, !Sub) without errors', () => {
    const text = 'pw: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  6231\nscript:\n  - !reference [.setup, script]\nBucket: !Ref MyBucket\nName: !Sub "${AWS::StackName}-x"\n';
    const parsed = parseYaml(text);
    assert.deepEqual(parsed.problems, []);
    const entries = yamlEntries(parsed);
    assert.equal(pick(entries, 'pw').tag, '!vault');
    assert.equal(pick(entries, 'Bucket').tag, '!Ref');
  });
  it('splits NAME=value list items into their own entries', () => {
    const text = 'environment:\n  - DB_PASSWORD=hunter2\n';
    covers(text, pick(yamlEntries(parseYaml(text)), 'DB_PASSWORD'), 'hunter2');
  });
  it('reports syntax problems with a range instead of throwing', () => {
    const parsed = parseYaml('a: [unclosed\nb: c\n');
    assert.ok(parsed.problems.length > 0);
    assert.ok(parsed.problems[0]!.range.start >= 0);
  });
});

describe('JSON / JSONC', () => {
  it('gives string value ranges inside the quotes, with comments and trailing commas', () => {
    const text = '{\n  // registry auth\n  "auths": {"r.io": {"auth": "dXNlcjpwYXNz"}},\n  "n": 5,\n}\n';
    const parsed = parseJson(text);
    assert.deepEqual(parsed.problems, []);
    const entries = jsonEntries(parsed);
    covers(text, pick(entries, 'auth'), 'dXNlcjpwYXNz');
    assert.deepEqual(pick(entries, 'auth').path, ['auths', 'r.io', 'auth']);
    covers(text, pick(entries, 'n'), '5');
  });
  it('reports malformed JSON as problems', () => {
    assert.ok(parseJson('{"a": }').problems.length > 0);
  });
});

describe('line formats', () => {
  it('INI: sections, npm auth keys, comments', () => {
    const text = '; comment\n[server]\nhost = x.org\n//registry.npmjs.org/:_authToken=abc123\n';
    const entries = iniEntries(text);
    covers(text, pick(entries, 'host'), 'x.org');
    assert.deepEqual(pick(entries, 'host').path, ['server', 'host']);
    covers(text, pick(entries, '_authToken'), 'abc123');
  });
  it('INI: Ansible host lines with key=value pairs', () => {
    const text = '[web]\nweb1 ansible_host=10.0.0.1 ansible_password="s3cr3t pw"\n';
    const entries = iniEntries(text);
    covers(text, pick(entries, 'ansible_host'), '10.0.0.1');
    covers(text, pick(entries, 'ansible_password'), 's3cr3t pw');
  });
  it('.env: export, quotes, trailing comments, CRLF', () => {
    const text = 'export A=one # note\r\nB="two words"\r\nC=\'three\'\r\n#D=nope\r\n';
    const entries = dotenvEntries(text);
    covers(text, pick(entries, 'A'), 'one');
    covers(text, pick(entries, 'B'), 'two words');
    covers(text, pick(entries, 'C'), 'three');
    assert.equal(entries.length, 3);
  });
  it('.properties: =, : and space separators', () => {
    const text = 'a=1\nb: two\nc three\n# x=y\n! z=w\n';
    const entries = propertiesEntries(text);
    covers(text, pick(entries, 'a'), '1');
    covers(text, pick(entries, 'b'), 'two');
    covers(text, pick(entries, 'c'), 'three');
    assert.equal(entries.length, 3);
  });
  it('.netrc: tokens across lines', () => {
    const text = 'machine api.example.org\n  login bot\n  password p4ssw0rd!\n';
    const entries = netrcEntries(text);
    covers(text, pick(entries, 'password'), 'p4ssw0rd!');
    assert.deepEqual(pick(entries, 'password').path, ['api.example.org', 'password']);
  });
  it('code assignments: Groovy and Ruby', () => {
    const text = 'def apiToken = "abc123"\ngitlab_rails[\'smtp_password\'] = \'xyz\'\nmap = [token: \'t0k\']\n';
    const entries = codeAssignmentEntries(text);
    covers(text, pick(entries, 'apiToken'), 'abc123');
    covers(text, pick(entries, 'smtp_password'), 'xyz');
    covers(text, pick(entries, 'token'), 't0k');
  });
});

describe('CSV', () => {
  it('quoted fields, doubled quotes, CRLF and a BOM', () => {
    const text = '\ufeffid,name,owner\r\njira,"Jira, partners","a ""b"" c"\r\nwiki,Wiki,it@x.org\r\n';
    const csv = parseCsv(text);
    assert.deepEqual(csv.header.map((c) => c.value), ['id', 'name', 'owner']);
    assert.equal(csv.rows.length, 2);
    assert.equal(csv.rows[0]![1]!.value, 'Jira, partners');
    assert.equal(text.slice(csv.rows[0]![1]!.range.start, csv.rows[0]![1]!.range.end), 'Jira, partners');
    assert.equal(csv.rows[0]![2]!.value, 'a "b" c');
    assert.equal(text.slice(csv.rows[1]![2]!.range.start, csv.rows[1]![2]!.range.end), 'it@x.org');
  });
});
