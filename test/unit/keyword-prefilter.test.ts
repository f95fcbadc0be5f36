import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { KeywordPrefilter } from '../../server/src/engine/secrets/keyword-prefilter';
import { providerDetectors } from '../../server/src/engine/secrets/providers';
import type { Detector } from '../../server/src/engine/secrets/detector';

const det = (id: string, keywords: string[]): Detector => ({ id, description: id, keywords, pattern: /x/g });

describe('KeywordPrefilter', () => {
  const ds = [det('a', ['aws']), det('b', ['aws_secret']), det('c', ['secret_access_key']), det('d', ['ghp_']), det('e', []), det('f', ['gh'])];
  const ids = (text: string): string[] => new KeywordPrefilter(ds).candidates(text).map((d) => d.id);

  it('finds nested, overlapping and prefix keywords in one pass', () => {
    // "aws_secret_access_key" holds aws, aws_secret and (overlapping) secret_access_key.
    assert.deepEqual(ids('aws_secret_access_key: x'), ['a', 'b', 'c', 'e']);
    // "ghp_" is the longest match at its position; "gh" is its prefix and counts too.
    assert.deepEqual(ids('token: ghp_abc'), ['d', 'e', 'f']);
  });
  it('keeps keyword-less detectors and nothing else on unrelated text', () => {
    assert.deepEqual(ids('nothing to see'), ['e']);
  });
  it('agrees with a plain includes() check for every provider detector', () => {
    const pf = new KeywordPrefilter(providerDetectors);
    const sample = providerDetectors.flatMap((d) => d.keywords).join(' ') + ' unrelated words';
    for (const text of [sample, sample.slice(0, sample.length / 3), 'ghp_ glpat- xoxb- sk-ant- akia']) {
      const expected = providerDetectors.filter((d) => d.keywords.length === 0 || d.keywords.some((k) => text.includes(k))).map((d) => d.id);
      assert.deepEqual(pf.candidates(text).map((d) => d.id), expected);
    }
  });
});
