// False-positive check over ../shared/corpus (real pipeline and config files from public
// projects, outside this repository). Every secret finding there must have been looked at and
// recorded in test/corpus-review.json with a verdict; a new or vanished finding fails the test
// until someone reviews it. Skipped, saying so, when the corpus is absent.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusFiles, CORPUS_DIR } from '../support/corpus';
import { analyze } from '../../server/src/engine/analyze';
import { withDefaults } from '../../server/src/engine/config/config';
import { LineIndex } from '../../server/src/engine/line-index';

interface Reviewed {
  corpusPath: string;
  line: number;
  ruleId: string;
  verdict: 'true-positive' | 'false-positive';
  note: string;
}

const files = corpusFiles();
const review: Reviewed[] = JSON.parse(readFileSync(join(__dirname, '../corpus-review.json'), 'utf8'));

describe('corpus false-positive check', { skip: files ? false : `corpus not found at ${CORPUS_DIR}` }, () => {
  it('every secret finding on the corpus is a reviewed one', () => {
    // The defaults (issue 9): every text file except lockfiles, vendored and minified ones.
    const config = withDefaults({});
    const found: string[] = [];
    const byRule: Record<string, number> = {};
    let scanned = 0;
    for (const f of files ?? []) {
      const text = readFileSync(f.abs, 'utf8');
      const result = analyze({ path: f.originalPath, text, config, now: new Date('2026-11-27T12:00:00Z') });
      assert.deepEqual(result.failures, [], `${f.corpusPath}: a rule threw`);
      scanned++;
      const lines = new LineIndex(text);
      for (const x of result.findings) {
        byRule[x.ruleId] = (byRule[x.ruleId] ?? 0) + 1;
        if (!x.ruleId.startsWith('secret/')) continue;
        found.push(`${f.corpusPath}:${lines.positionAt(x.range.start).line + 1}:${x.ruleId}`);
      }
    }
    console.log(`corpus: ${scanned} files; findings by rule: ${JSON.stringify(byRule)}`);
    const expected = review.map((r) => `${r.corpusPath}:${r.line}:${r.ruleId}`);
    assert.deepEqual(found.sort(), expected.sort(), 'review new corpus findings and record them in test/corpus-review.json');
  });
});
