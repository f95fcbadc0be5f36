// `.outpost.yml` extraPatterns run on RE2 (re2js): what it cannot express is refused at load time
// with the pattern's file:line:col, the configuration's own size and depth are bounded, and a
// pattern that backtracks catastrophically in JavaScript finishes at once.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkUserPattern, UserPattern, USER_PATTERN_LIMITS } from '../../server/src/engine/secrets/user-pattern';
import { parseConfig } from '../../server/src/engine/config/load-config';
import { analyze } from '../../server/src/engine/analyze';

const config = (pattern: string, keywords = '[acme_]'): string =>
  `secrets:\n  extraPatterns:\n    - id: secret/acme\n      description: ACME token\n      pattern: ${pattern}\n      keywords: ${keywords}\n`;

describe('user patterns (RE2)', () => {
  for (const [label, source, what] of [
    ['lookbehind', 'x(?<=a)b', /lookbehind/],
    ['negative lookbehind', '(?<!a)b', /lookbehind/],
    ['lookahead', 'a(?=b)', /lookahead/],
    ['negative lookahead', 'a(?!b)', /lookahead/],
    ['numbered backreference', '(a)\\1', /backreference/],
    ['named backreference', '(?<q>a)\\k<q>', /backreference/],
    ['syntax error', '(unclosed', /not a valid RE2 regular expression/],
    ['repeat count over RE2 limit', 'a{2000}', /not a valid RE2 regular expression/],
  ] as const) {
    it(`refuses ${label}`, () => {
      const p = checkUserPattern(source);
      assert.ok(p, `${source} was accepted`);
      assert.match(p.message, what);
    });
  }

  it('accepts what RE2 runs, and escaped or bracketed look-alikes', () => {
    for (const ok of ['acme_(?<secret>[A-Za-z0-9]{20})', '(?P<secret>x+)', '\\(\\?=literal', '[(?=]x', '\\\\1x', '(a+)+$']) assert.equal(checkUserPattern(ok), undefined, ok);
  });

  it('bounds the pattern length', () => {
    assert.match(checkUserPattern('a'.repeat(USER_PATTERN_LIMITS.patternLength + 1))!.message, /limit/);
  });

  it('(a+)+$ on forty a and a ! (and on 100,000) finishes with no match', () => {
    const re = new UserPattern('(a+)+$');
    assert.deepEqual([...re.matches(`${'a'.repeat(40)}!`)], []);
    assert.deepEqual([...re.matches(`${'a'.repeat(100_000)}!`)], []);
  });

  it('reports the secret group in UTF-16 offsets', () => {
    const text = '😀 é TOKEN=acme_aB3dE5gH7jK9mN1pQ3sT\n';
    const [m] = [...new UserPattern('acme_(?<secret>[A-Za-z0-9]{20})').matches(text)];
    assert.ok(m);
    assert.equal(text.slice(m.secretStart, m.secretEnd), 'aB3dE5gH7jK9mN1pQ3sT');
  });
});

describe('.outpost.yml with hostile patterns', () => {
  it('names the construct at file:line:col and falls back to the defaults', () => {
    const r = parseConfig(config('"key=(?<=k)abc"'), '.outpost.yml');
    assert.equal(r.errors.length, 1);
    assert.deepEqual([r.errors[0]!.line, r.errors[0]!.column], [5, 21]);
    assert.deepEqual(r.config.extraPatterns, []);
  });

  it('refuses enormous keyword lists, long patterns, deep nesting and huge files with one position each', () => {
    const keywords = parseConfig(config('"abc"', `[${Array.from({ length: 5000 }, (_, i) => `kw${i}`).join(', ')}]`), '.outpost.yml');
    assert.ok(keywords.errors.length >= 1 && keywords.errors.length <= 20);
    assert.match(keywords.errors[0]!.message, /more than 100 entries/);
    assert.match(parseConfig(config(`"${'a'.repeat(2000)}"`), '.outpost.yml').errors[0]!.message, /longer than 1000/);
    const deep = parseConfig('ruleOptions:\n' + Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n') + ' 1\n', '.outpost.yml');
    assert.match(deep.errors[0]!.message, /levels deep/);
    const flow = parseConfig(`ruleOptions:\n  x/y: ${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}\n`, '.outpost.yml');
    assert.match(flow.errors[0]!.message, /levels deep|YAML syntax error/);
    assert.match(parseConfig(`# ${'x'.repeat(300 * 1024)}\n`, '.outpost.yml').errors[0]!.message, /KB/);
  });

  it('a trusted pattern finds its secret, masked', () => {
    const { config: c, errors } = parseConfig(config('"acme_(?<secret>[A-Za-z0-9]{20})"'), '.outpost.yml');
    assert.deepEqual(errors, []);
    const token = ['acme_', 'aB3dE5gH7jK9mN1pQ3sT'].join('');
    const r = analyze({ path: '.env', text: `A=1\nACME=${token}\n`, config: c });
    const f = r.findings.find((x) => x.ruleId === 'secret/acme');
    assert.ok(f);
    assert.ok(!f.message.includes(token.slice(5)), 'the message shows the full secret');
  });

  it("the issue's case: (a+)+$ with keyword aaaa on forty a and a ! completes", () => {
    const { config: c } = parseConfig(config('"(a+)+$"', '[aaaa]'), '.outpost.yml');
    assert.equal(c.extraPatterns.length, 1);
    const r = analyze({ path: '.env', text: `${'a'.repeat(40)}!\n`, config: c });
    assert.deepEqual(r.failures, []);
  });
});
