// Rule options from .outpost.yml (config.ruleOptions) and the injectable clock.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import { withDefaults } from '../../server/src/engine/config/config';

function findingsOf(path: string, text: string, rule: string, ruleOptions: Record<string, Record<string, unknown>> = {}, now = new Date('2026-11-27T12:00:00Z')) {
  const r = analyze({ path, text, config: withDefaults({ ruleOptions }), now });
  assert.deepEqual(r.failures, []);
  return r.findings.filter((f) => f.ruleId === rule);
}

function ruleCount(path: string, text: string, rule: string, ruleOptions: Record<string, Record<string, unknown>> = {}, now = new Date('2026-11-27T12:00:00Z')): number {
  return findingsOf(path, text, rule, ruleOptions, now).length;
}

const WF = `on: push
permissions:
  contents: read
jobs:
  b:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: my-org/setup@v2
      - uses: other/thing@v1
`;

describe('gha/unpinned-action policy', () => {
  const path = '.github/workflows/ci.yml';
  const severities = (opts?: Record<string, Record<string, unknown>>) => findingsOf(path, WF, 'gha/unpinned-action', opts).map((f) => f.severity);
  it('hash-pin (default) reports GitHub\'s own tags as information and others as warnings', () => assert.deepEqual(severities(), ['info', 'warning', 'warning']));
  it('third-party trusts actions/* and github/*', () => assert.deepEqual(severities({ 'gha/unpinned-action': { policy: 'third-party' } }), ['warning', 'warning']));
  it('all includes GitHub\'s own actions as warnings', () => assert.deepEqual(severities({ 'gha/unpinned-action': { policy: 'all' } }), ['warning', 'warning', 'warning']));
  it('none turns the rule off', () => assert.equal(ruleCount(path, WF, 'gha/unpinned-action', { 'gha/unpinned-action': { policy: 'none' } }), 0));
  it('trusted adds owners', () => assert.deepEqual(severities({ 'gha/unpinned-action': { trusted: ['my-org'] } }), ['info', 'warning']));
});

const SETTINGS = `apiVersion: outpost/v1
kind: CollaborationSettings
service: wiki
exposure: internal
admins: [a, b, c, d]
users:
  removeDormantAfterDays: 60
`;

describe('collab options', () => {
  it('too-many-admins defaults to 3 and reads max', () => {
    assert.equal(ruleCount('wiki.outpost.yaml', SETTINGS, 'collab/too-many-admins'), 1);
    assert.equal(ruleCount('wiki.outpost.yaml', SETTINGS, 'collab/too-many-admins', { 'collab/too-many-admins': { max: 4 } }), 0);
  });
  it('dormant-users reads maxDays', () => {
    assert.equal(ruleCount('wiki.outpost.yaml', SETTINGS, 'collab/dormant-users'), 0);
    assert.equal(ruleCount('wiki.outpost.yaml', SETTINGS, 'collab/dormant-users', { 'collab/dormant-users': { maxDays: 30 } }), 1);
  });
});

describe('inventory/review-overdue clock', () => {
  const inv = (extra: string) => `apiVersion: outpost/v1\nkind: AssetInventory\n${extra}assets:\n  - id: nas\n    lastReviewed: 2026-06-01\n`;
  it('uses the injected clock', () => {
    assert.equal(ruleCount('inv.yaml', inv(''), 'inventory/review-overdue', {}, new Date('2026-08-01T00:00:00Z')), 0);
    assert.equal(ruleCount('inv.yaml', inv(''), 'inventory/review-overdue', {}, new Date('2026-09-15T00:00:00Z')), 1);
  });
  it('reviewEveryDays in the file wins over the option', () => {
    const now = new Date('2026-09-15T00:00:00Z');
    assert.equal(ruleCount('inv.yaml', inv(''), 'inventory/review-overdue', { 'inventory/review-overdue': { days: 180 } }, now), 0);
    assert.equal(ruleCount('inv.yaml', inv('reviewEveryDays: 30\n'), 'inventory/review-overdue', { 'inventory/review-overdue': { days: 180 } }, now), 1);
  });
});
