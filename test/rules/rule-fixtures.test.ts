// Runs every rule's ok/ng fixtures (see test/support/rule-fixtures.ts for the layout).
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ruleFolders, runCase, readSnapshot, writeSnapshot } from '../support/rule-fixtures';
import type { FixtureFinding } from '../support/rule-fixtures';

const root = join(__dirname);
const update = process.env['UPDATE_SNAPSHOTS'] === '1';
/** OUTPOST_RULES=secret/generic limits the run (and snapshot updates) to ids with that prefix. */
const only = process.env['OUTPOST_RULES'];

for (const { ruleId, dir } of ruleFolders(root).filter((r) => !only || r.ruleId.startsWith(only))) {
  describe(ruleId, () => {
    const cases = readdirSync(dir).filter((n) => /^(ok|ng)\./.test(n)).sort();
    const snapshot = readSnapshot(dir);
    const fresh: Record<string, FixtureFinding[]> = {};
    assert.ok(cases.some((c) => c.startsWith('ok.')), `${ruleId} needs at least one ok.* fixture`);
    assert.ok(cases.some((c) => c.startsWith('ng.')), `${ruleId} needs at least one ng.* fixture`);
    for (const c of cases) {
      it(c, () => {
        const { findings, leaks } = runCase(dir, c, ruleId);
        assert.deepEqual(leaks, [], `${c}: a message contains the full secret`);
        if (c.startsWith('ok.')) {
          assert.deepEqual(findings, [], `${c} must give no ${ruleId} finding`);
          return;
        }
        assert.ok(findings.length > 0, `${c} must give at least one ${ruleId} finding`);
        fresh[c] = findings;
        if (update) return;
        assert.ok(snapshot[c], `${c} has no entry in snapshot.json (run with UPDATE_SNAPSHOTS=1 and review)`);
        assert.deepEqual(findings, snapshot[c]);
      });
    }
    after(() => {
      if (update) writeSnapshot(dir, fresh);
    });
  });
}
