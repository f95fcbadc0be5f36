// Property-based tests (fast-check) over the engine and the fixes:
//  - random documents never make analyze() throw or a rule fail;
//  - every finding's range lies inside the document, and a secret finding's range covers exactly
//    the secret it fingerprints;
//  - every offered fix edits only inside the document with non-overlapping ranges, is
//    deterministic, leaves a parseable file parseable, removes its finding, and cannot apply twice.
// (A fix computed for an older document version is refused: that is the server's job and is
// checked in server-stress.test.ts.)
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, PARSE_ERROR_RULE } from '../../server/src/engine/analyze';
import { DEFAULT_CONFIG } from '../../server/src/engine/config/config';
import { fingerprint } from '../../server/src/engine/secrets/mask';
import { fixesFor } from '../../server/src/engine/fixes';
import type { OffsetEdit } from '../../server/src/engine/fixes/fix-provider';
import type { Finding } from '../../server/src/engine/types';
import { mutatedDoc, noiseDoc, plantedDoc } from './support/documents';
import type { Doc } from './support/documents';

const config = { ...DEFAULT_CONFIG, scanAllFiles: true };
const NOW = new Date('2026-01-01T00:00:00Z');
const RUNS = Number(process.env['OUTPOST_PROPERTY_RUNS'] ?? 200);

const run = (d: Doc) => analyze({ path: d.path, text: d.text, config, now: NOW });

function assertFindingsWellFormed(d: Doc, findings: readonly Finding[]): void {
  for (const f of findings) {
    assert.ok(0 <= f.range.start && f.range.start <= f.range.end && f.range.end <= d.text.length, `${f.ruleId}: range ${f.range.start}-${f.range.end} outside the ${d.text.length}-character document`);
    if (f.ruleId.startsWith('secret/') && f.fingerprint) {
      // The fingerprint is SHA-256(rule id, secret): equal only if the range holds exactly the secret.
      assert.equal(fingerprint(f.ruleId, d.text.slice(f.range.start, f.range.end)), f.fingerprint, `${f.ruleId}: the range does not cover the reported secret`);
    }
  }
}

function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

const sameFinding = (a: Finding, b: Finding): boolean => a.ruleId === b.ruleId && (a.fingerprint !== undefined ? a.fingerprint === b.fingerprint : a.message === b.message);

describe('engine properties', () => {
  it('random and mutated documents never throw, never fail a rule, and keep ranges in the document', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(noiseDoc, mutatedDoc, plantedDoc), (d) => {
        const r = run(d);
        assert.deepEqual(r.failures, []);
        assertFindingsWellFormed(d, r.findings);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('a planted secret is found at exactly its characters', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(plantedDoc, (d) => {
        const r = run(d);
        assertFindingsWellFormed(d, r.findings);
        if (d.path.endsWith('.outpost.yaml')) return; // posture-only documents
        assert.ok(r.findings.some((f) => f.ruleId.startsWith('secret/')), `no secret found in\n${d.text}`);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fix properties', () => {
  it('every offered fix is well-formed, deterministic, keeps the file parseable, removes its finding and cannot apply twice', { timeout: 180_000 }, () => {
    let fixesChecked = 0;
    fc.assert(
      fc.property(plantedDoc, (d) => {
        const before = run(d);
        const parsedBefore = !before.findings.some((f) => f.ruleId === PARSE_ERROR_RULE);
        for (const finding of before.findings) {
          const input = { path: d.path, text: d.text, kind: before.kind!, config, finding };
          const fixes = fixesFor(input);
          assert.deepEqual(fixesFor(input), fixes, `${finding.ruleId}: computing the fixes twice gave different edits`);
          for (const fix of fixes) {
            const label = `${finding.ruleId} / "${fix.title}" on\n${d.text}`;
            const edits = [...fix.edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
            assert.ok(edits.length > 0, `${label}: a fix with no edit`);
            for (const [i, e] of edits.entries()) {
              assert.ok(0 <= e.range.start && e.range.start <= e.range.end && e.range.end <= d.text.length, `${label}: edit outside the document`);
              if (i > 0) assert.ok(edits[i - 1]!.range.end <= e.range.start, `${label}: overlapping edits`);
            }
            const text = applyEdits(d.text, edits);
            assert.notEqual(text, d.text, `${label}: the fix changes nothing`);
            const after = run({ path: d.path, text });
            assert.deepEqual(after.failures, [], `${label}: rules failed on the fixed text`);
            assertFindingsWellFormed({ path: d.path, text }, after.findings);
            if (parsedBefore) assert.ok(!after.findings.some((f) => f.ruleId === PARSE_ERROR_RULE), `${label}: the fix broke the syntax:\n${text}`);
            assert.ok(!after.findings.some((f) => sameFinding(f, finding)), `${label}: the finding is still there after the fix:\n${text}`);
            // Idempotent: with its finding gone, nothing offers the same fix again.
            const again = after.findings.filter((f) => f.ruleId === finding.ruleId).flatMap((f) => fixesFor({ ...input, text, finding: f }));
            assert.ok(!again.some((g) => g.title === fix.title && applyEdits(text, g.edits) === text), `${label}: a second application is offered and changes nothing`);
            fixesChecked++;
          }
        }
      }),
      { numRuns: RUNS },
    );
    assert.ok(fixesChecked > RUNS / 2, `only ${fixesChecked} fixes were exercised: the generators no longer produce fixable findings`);
  });
});
