// Hostile documents through the engine: alias bombs, 10,000-level nesting, 5 MB lines, invalid
// UTF-8, binary content, NUL bytes, every line ending, BOMs, tabs, empty files, and a 50 MB file,
// under the name of every file kind Outpost reads. Each must give findings or a clear
// informational result, never an exception out of analyze() and never a rule failure, with every
// range inside the document; a planted secret must still be found at exactly its characters.
// Time is bounded by the tests' (generous) timeouts, not asserted.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, PARSE_ERROR_RULE } from '../../server/src/engine/analyze';
import type { AnalyzeResult } from '../../server/src/engine/analyze';
import { DEFAULT_CONFIG } from '../../server/src/engine/config/config';
import { HOSTILE_DOCS, KIND_PATHS } from './support/hostile';

const config = { ...DEFAULT_CONFIG, scanAllFiles: true };
const NOW = new Date('2026-01-01T00:00:00Z');
/** One path per syntax, for the big inputs. */
const SAMPLE = new Set(['.github/workflows/hostile.yml', '.docker/config.json', '.env', 'notes.txt']);

export function checkResult(label: string, text: string, r: AnalyzeResult): void {
  assert.deepEqual(r.failures, [], `${label}: rules failed on this input`);
  for (const f of r.findings) {
    assert.ok(Number.isInteger(f.range.start) && Number.isInteger(f.range.end), `${label}: ${f.ruleId} has a non-integer range`);
    assert.ok(0 <= f.range.start && f.range.start <= f.range.end && f.range.end <= text.length, `${label}: ${f.ruleId} range ${f.range.start}-${f.range.end} outside 0-${text.length}`);
    assert.ok(f.message.length > 0 && f.message.length < 2000, `${label}: ${f.ruleId} message missing or runaway (${f.message.length} chars)`);
  }
}

describe('hostile documents through analyze()', () => {
  for (const doc of HOSTILE_DOCS) {
    it(doc.name, { timeout: 180_000 }, () => {
      const body = doc.bytes().toString('utf8');
      for (const k of KIND_PATHS) {
        if (doc.syntaxes && !doc.syntaxes.includes(k.syntax)) continue;
        if (doc.big && !SAMPLE.has(k.path)) continue;
        const text = (k.header ?? '') + body;
        const label = `${doc.name} as ${k.path}`;
        let r: AnalyzeResult;
        try {
          r = analyze({ path: k.path, text, config, now: NOW });
        } catch (e) {
          assert.fail(`${label}: analyze() threw ${(e as Error).stack ?? e}`);
        }
        checkResult(label, text, r);
        if (doc.planted) {
          const hit = r.findings.find((f) => f.ruleId.startsWith('secret/') && text.slice(f.range.start, f.range.end) === doc.planted);
          assert.ok(hit, `${label}: the planted key was not reported at its exact range (got ${r.findings.map((f) => f.ruleId).join(', ') || 'nothing'})`);
        }
      }
    });
  }

  it('deep nesting is reported as a parse problem, not silently ignored', { timeout: 60_000 }, () => {
    for (const [path, text] of [
      ['.github/workflows/deep.yml', '['.repeat(10_000) + ']'.repeat(10_000)],
      ['.gitlab-ci.yml', '- '.repeat(10_000) + 'x\n'],
      ['.docker/config.json', '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000)],
    ] as const) {
      const r = analyze({ path, text, config, now: NOW });
      const info = r.findings.find((f) => f.ruleId === PARSE_ERROR_RULE);
      assert.ok(info, `${path}: no ${PARSE_ERROR_RULE} finding for 10,000-level nesting`);
      assert.equal(info.severity, 'info');
    }
  });

  it('the same deep document analysed repeatedly does not abort the process', { timeout: 60_000 }, () => {
    // V8 compiles a regex to native code on its second use; deep inside a recursive parser that
    // used to abort node with "RegExpCompiler Allocation failed" (not an exception: a crash).
    const text = '['.repeat(1_000) + ']'.repeat(1_000);
    for (let i = 0; i < 5; i++) checkResult(`deep #${i}`, text, analyze({ path: '.gitlab-ci.yml', text, config, now: NOW }));
  });

  it('a 50 MB file (made at test time) is analysed without an exception', { timeout: 180_000 }, () => {
    const line = 'SERVICE_URL=https://example.org/api/v1/resource\nLOG_LEVEL=info\nFEATURE_FLAG=true\n';
    const text = line.repeat(Math.ceil((50 * 1024 * 1024) / line.length)) + `AWS_ACCESS_KEY_ID=${['AKIA', 'Q3ZR7XW2N4TBVCE5'].join('')}\n`;
    const r = analyze({ path: '.env', text, config, now: NOW });
    checkResult('50 MB .env', text, r);
    assert.ok(r.findings.some((f) => f.ruleId === 'secret/aws-access-key-id'), 'the key at the end of 50 MB was not found');
  });
});
