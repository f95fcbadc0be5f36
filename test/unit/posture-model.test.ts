// The posture model behind the Outpost view, the posture page and `outpost report`: grouping,
// statuses, review dates (with an injected clock), and inventories in every form.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPosture, postureAsset } from '../../server/src/report/posture-model';
import type { LocatedAsset, PostureFinding } from '../../server/src/report/posture-model';
import { locateAssets } from '../../server/src/report/locate-assets';
import { areaOf } from '../../server/src/report/areas';
import { changesSince, parsePreviousReport, PreviousReportError } from '../../server/src/report/changes-since';

const NOW = new Date('2026-12-02T09:30:00Z');
const DAY = 86_400_000;
const today = Date.UTC(2026, 11, 2);
const daysAgo = (n: number): string => new Date(today - n * DAY).toISOString().slice(0, 10);

/** A complete internet-facing asset; tests take things away from it. */
function asset(over: Partial<LocatedAsset> = {}): LocatedAsset {
  return {
    label: 'jira',
    id: 'jira',
    owner: 'it@example.org',
    exposure: 'internet',
    authMethod: 'sso',
    mfa: 'required',
    ipAllowlist: ['203.0.113.0/24'],
    auditLog: true,
    patchResponsibility: 'vendor',
    lastReviewed: daysAgo(10),
    reviewEveryDays: 90,
    path: 'assets.yaml',
    line: 7,
    ...over,
  };
}

const finding = (ruleId: string, path: string, line: number, over: Partial<PostureFinding> = {}): PostureFinding => ({ ruleId, severity: 'warning', message: `${ruleId} at ${line}`, path, line, column: 1, ...over });

describe('posture model: review dates and statuses (clock injected)', () => {
  it('next review is lastReviewed + reviewEveryDays; more than 30 days away is ok', () => {
    const a = postureAsset(asset({ lastReviewed: '2026-11-22' }), today, 90);
    assert.equal(a.nextReview, '2027-02-20');
    assert.equal(a.daysUntilReview, 80);
    assert.equal(a.status, 'ok');
    assert.deepEqual(a.missing, []);
    assert.match(a.summary, /Nothing missing\. Next review 2027-02-20\./);
  });

  it('a review due within 30 days is due-soon, on the day too; 31 days is not', () => {
    assert.equal(postureAsset(asset({ lastReviewed: daysAgo(60) }), today, 90).status, 'due-soon');
    assert.equal(postureAsset(asset({ lastReviewed: daysAgo(59) }), today, 90).status, 'ok');
    const due = postureAsset(asset({ lastReviewed: daysAgo(90) }), today, 90);
    assert.equal(due.status, 'due-soon');
    assert.equal(due.daysUntilReview, 0);
    assert.match(due.summary, /Review due today/);
  });

  it('overdue from the day after the due date (the same convention as inventory/review-overdue)', () => {
    const late = postureAsset(asset({ lastReviewed: daysAgo(91) }), today, 90);
    assert.equal(late.status, 'overdue');
    assert.equal(late.daysUntilReview, -1);
    assert.match(late.summary, /overdue by 1 day \(was due /);
  });

  it('the inventory interval wins over the default; the default applies when it has none', () => {
    assert.equal(postureAsset(asset({ lastReviewed: daysAgo(40) }), today, 365).status, 'ok');
    const { reviewEveryDays: _drop, ...noInterval } = asset({ lastReviewed: daysAgo(40) });
    assert.equal(postureAsset(noInterval, today, 30).status, 'overdue');
    assert.equal(postureAsset(noInterval, today, 365).reviewEveryDays, 365);
  });

  it('no review date or an invalid one: overdue, and the missing text says which', () => {
    const { lastReviewed: _x, ...undated } = asset();
    const none = postureAsset(undated, today, 90);
    assert.equal(none.status, 'overdue');
    assert.equal(none.nextReview, undefined);
    assert.ok(none.missing.includes('a review date'));
    for (const bad of ['2026-02-30', '30/09/2026', 'last spring', '2026-13-01']) {
      const a = postureAsset(asset({ lastReviewed: bad }), today, 90);
      assert.equal(a.status, 'overdue', bad);
      assert.ok(a.missing.some((m) => m.includes(`"${bad}" is not YYYY-MM-DD`)), `${bad}: ${a.missing.join(' | ')}`);
    }
  });

  it('an internet-facing asset names everything it lacks; overdue outranks missing, missing outranks due-soon', () => {
    const a = postureAsset(asset({ mfa: 'optional', ipAllowlist: [], auditLog: undefined as unknown as boolean, anonymousAccess: true, lastReviewed: daysAgo(70) }), today, 90);
    delete (a as { auditLog?: boolean }).auditLog;
    assert.equal(a.status, 'missing');
    assert.deepEqual(a.missing, ['MFA required (it is optional)', 'an IP allow list or VPN', 'anonymous access turned off', 'an audit log']);
    assert.match(a.summary, /^Missing: MFA required \(it is optional\), an IP allow list or VPN, anonymous access turned off, an audit log\. Review due in 20 days/);
    const { owner: _o, ...ownerless } = asset({ lastReviewed: daysAgo(200) });
    const b = postureAsset(ownerless, today, 90);
    assert.equal(b.status, 'overdue');
    assert.deepEqual(b.missing, ['an owner']);
  });

  it('a VPN stands in for the allow list; MFA and allow list are not asked of internal assets', () => {
    assert.deepEqual(postureAsset(asset({ ipAllowlist: [], vpnRequired: true }), today, 90).missing, []);
    assert.deepEqual(postureAsset(asset({ exposure: 'internal', mfa: 'disabled', ipAllowlist: [] }), today, 90).missing, []);
    assert.deepEqual(postureAsset(asset({ exposure: 'internal', auditLog: false }), today, 90).missing, ['an audit log']);
  });

  it('links config: to a workspace file, relative to the inventory, else to the root; never to a missing file or a URL', () => {
    const files = new Set(['infra/grafana/grafana.ini', 'servers/app.ini']);
    assert.equal(postureAsset(asset({ path: 'infra/assets.yaml', config: 'grafana/grafana.ini' }), today, 90, files).configPath, 'infra/grafana/grafana.ini');
    assert.equal(postureAsset(asset({ path: 'infra/assets.yaml', config: 'servers/app.ini' }), today, 90, files).configPath, 'servers/app.ini');
    assert.equal(postureAsset(asset({ path: 'infra/assets.yaml', config: '../servers/app.ini' }), today, 90, files).configPath, 'servers/app.ini');
    assert.equal(postureAsset(asset({ config: 'nowhere.ini' }), today, 90, files).configPath, undefined);
    assert.equal(postureAsset(asset({ config: 'https://example.org/app.ini' }), today, 90, new Set(['https://example.org/app.ini'])).configPath, undefined);
  });
});

describe('posture model: grouping', () => {
  it('groups assets by exposure (internet, vpn, internal, then others, then unstated), worst status first', () => {
    const m = buildPosture({
      workspace: 'ws',
      now: NOW,
      findings: [],
      assets: [
        asset({ label: 'b-int', exposure: 'internal' }),
        asset({ label: 'z-net' }),
        asset({ label: 'a-net', lastReviewed: daysAgo(100) }),
        asset({ label: 'odd', exposure: 'partner' }),
        { ...asset({ label: 'unstated' }), exposure: undefined as unknown as string },
        asset({ label: 'c-vpn', exposure: 'vpn' }),
      ].map((a) => (a.exposure === undefined ? (({ exposure: _e, ...rest }) => rest)(a) : a)),
    });
    assert.deepEqual(m.exposures.map((g) => g.exposure), ['internet', 'vpn', 'internal', 'partner', '']);
    assert.deepEqual(m.exposures[0]!.assets.map((a) => a.label), ['a-net', 'z-net']);
    assert.equal(m.exposures[4]!.title, 'Exposure not stated');
    assert.equal(m.assetsByStatus.overdue, 1);
    assert.equal(m.assetsByStatus.missing, 1, 'the unstated exposure is missing');
    assert.equal(m.today, '2026-12-02');
  });

  it('groups findings by area (table-driven) then file, with counts and access topics', () => {
    const findings = [
      finding('secret/aws-access-key-id', 'ci.yml', 9, { severity: 'error' }),
      finding('secret/npm-token', '.npmrc', 1, { severity: 'error' }),
      finding('secret/generic-password', 'ci.yml', 3, { severity: 'error' }),
      finding('collab/mfa-not-required', 'jira.outpost.yaml', 4),
      finding('gitlab/two-factor-not-required', 'gitlab.rb', 2),
      finding('jenkins/anonymous-access', 'jenkins.yaml', 5),
      finding('collab/too-many-admins', 'jira.outpost.yaml', 9, { severity: 'info' }),
      finding('gha/unpinned-action', 'ci.yml', 12),
      finding('inventory/internet-facing-without-mfa', 'assets.yaml', 20),
      finding('outpost/parse-error', 'broken.yaml', 1, { severity: 'info' }),
    ];
    const m = buildPosture({ workspace: 'ws', now: NOW, assets: [], findings });
    const byArea = Object.fromEntries(m.findings.areas.map((a) => [a.area, a]));
    assert.deepEqual(m.findings.areas.map((a) => [a.area, a.count]), [['secrets', 3], ['access', 4], ['pipelines', 1], ['inventory', 1], ['other', 1]]);
    assert.deepEqual(byArea['secrets']!.files.map((f) => [f.path, f.findings.map((x) => x.line)]), [['.npmrc', [1]], ['ci.yml', [3, 9]]]);
    assert.deepEqual(byArea['access']!.topics, { MFA: 2, anonymous: 1, other: 1 });
    assert.deepEqual(byArea['access']!.bySeverity, { error: 0, warning: 3, info: 1 });
    assert.deepEqual(m.findings.bySeverity, { error: 3, warning: 5, info: 2 });
    assert.equal(m.findings.total, 10);
    assert.equal(areaOf('inventory/internet-facing-without-mfa'), 'inventory', 'inventory rules stay in Inventory');
  });

  it('counts reviews by month, overdue (and undated) first', () => {
    const { lastReviewed: _x, ...undated } = asset({ label: 'u' });
    const m = buildPosture({
      workspace: 'ws',
      now: NOW,
      findings: [],
      assets: [asset({ label: 'a', lastReviewed: '2026-10-01' }), asset({ label: 'b', lastReviewed: '2026-10-20' }), asset({ label: 'c', lastReviewed: '2026-06-01' }), undated, asset({ label: 'd', lastReviewed: '2026-11-30' })],
    });
    assert.deepEqual(m.reviewsByMonth, [{ month: 'overdue', count: 2 }, { month: '2026-12', count: 1 }, { month: '2027-01', count: 1 }, { month: '2027-02', count: 1 }]);
  });

  it('no inventory and no findings: an empty but complete model', () => {
    const m = buildPosture({ workspace: 'empty', now: NOW, assets: [], findings: [] });
    assert.deepEqual(m.assets, []);
    assert.deepEqual(m.exposures, []);
    assert.deepEqual(m.reviewsByMonth, []);
    assert.equal(m.findings.total, 0);
    assert.equal(m.findings.areas.length, 5);
    assert.deepEqual(m.assetsByStatus, { ok: 0, missing: 0, 'due-soon': 0, overdue: 0 });
  });
});

describe('posture model: inventories read from files', () => {
  const yaml = `apiVersion: outpost/v1
kind: AssetInventory
reviewEveryDays: 30
assets:
  - id: grafana
    owner: ops@example.org
    exposure: internet
    config: grafana.ini
    authentication: { method: password, mfa: optional }
    patching: { responsibility: owner }
    lastReviewed: 2026-11-20
  - name: No id here
    exposure: internal
    x-config: ../servers/wiki.ini
`;

  it('YAML: fields, lines, the inventory interval and an optional config path', () => {
    const assets = locateAssets('infra/assets.yaml', yaml);
    assert.deepEqual(assets.map((a) => [a.label, a.line, a.reviewEveryDays]), [['grafana', 5, 30], ['No id here', 12, 30]]);
    const g = assets[0]!;
    assert.equal(g.mfa, 'optional');
    assert.equal(g.config, 'grafana.ini');
    assert.equal(g.lastReviewed, '2026-11-20');
    const m = buildPosture({ workspace: 'ws', now: NOW, assets, findings: [], files: new Set(['infra/grafana.ini']) });
    const grafana = m.assets.find((a) => a.label === 'grafana')!;
    assert.equal(grafana.configPath, 'infra/grafana.ini');
    assert.equal(grafana.nextReview, '2026-12-20');
    assert.equal(grafana.status, 'missing');
    assert.equal(assets[1]!.config, '../servers/wiki.ini', 'x-config: is read too');
  });

  it('JSON inventory', () => {
    const json = JSON.stringify({ apiVersion: 'outpost/v1', kind: 'AssetInventory', assets: [{ id: 'wiki', exposure: 'vpn', lastReviewed: 'soon' }] }, null, 2);
    const [wiki] = locateAssets('assets.json', json);
    assert.equal(wiki!.label, 'wiki');
    assert.equal(wiki!.line, 6);
    assert.equal(postureAsset(wiki!, today, 90).status, 'overdue');
  });

  it('CSV inventory: one asset per row, lists and yes/no columns converted, the row number as label without an id', () => {
    const csv = 'id,name,type,purpose,owner,vendor,exposure,auth_method,mfa,ip_allowlist,patch_responsibility,audit_log,last_reviewed\n' +
      'vpn-gw,VPN gateway,network-device,Remote access,it@example.org,Vendor,internet,certificate,required,198.51.100.0/24;203.0.113.7,owner,yes,2026-09-15\n' +
      ',Old NAS,server,Files,,Synology,internal,password,disabled,,owner,no,2026-13-40\n';
    const assets = locateAssets('inventory.csv', csv);
    assert.deepEqual(assets.map((a) => [a.label, a.line]), [['vpn-gw', 2], ['Old NAS', 3]]);
    assert.deepEqual(assets[0]!.ipAllowlist, ['198.51.100.0/24', '203.0.113.7']);
    assert.equal(assets[0]!.auditLog, true);
    const m = buildPosture({ workspace: 'ws', now: NOW, assets, findings: [] });
    assert.deepEqual(m.assets.map((a) => a.status), ['due-soon', 'overdue']);
    assert.deepEqual(m.assets[1]!.missing, ['an owner', 'an audit log', 'a valid review date ("2026-13-40" is not YYYY-MM-DD)']);
  });

  it('files that are not inventories, or do not parse, give no assets and do not throw', () => {
    assert.deepEqual(locateAssets('ci.yml', 'on: push\njobs: {}\n'), []);
    assert.deepEqual(locateAssets('assets.yaml', 'kind: AssetInventory\nassets: [\n  - {'), []);
    assert.deepEqual(locateAssets('assets.yaml', 'kind: AssetInventory\nassets: nope\n'), []);
  });
});

describe('changed since the previous report', () => {
  const base = (findings: PostureFinding[], assets: LocatedAsset[], now = NOW) => buildPosture({ workspace: 'ws', now, assets, findings });

  it('new and resolved findings ignore moved lines; asset status changes, additions and removals are listed', () => {
    const before = base([finding('secret/npm-token', '.npmrc', 1, { fingerprint: 'f1' }), finding('gha/unpinned-action', 'ci.yml', 4)], [asset({ label: 'a' }), asset({ label: 'gone' })]);
    const after = base([finding('secret/npm-token', '.npmrc', 7, { fingerprint: 'f1' }), finding('secret/jwt', 'ci.yml', 2, { fingerprint: 'f2' })], [asset({ label: 'a', lastReviewed: daysAgo(200) }), asset({ label: 'new' })]);
    const c = changesSince(parsePreviousReport(JSON.stringify(before)), after);
    assert.deepEqual(c.newFindings.map((f) => f.ruleId), ['secret/jwt']);
    assert.deepEqual(c.resolvedFindings.map((f) => f.ruleId), ['gha/unpinned-action']);
    assert.deepEqual(c.assetChanges.map((x) => [x.label, x.from, x.to]), [['a', 'ok', 'overdue'], ['new', 'absent', 'ok'], ['gone', 'ok', 'absent']]);
    assert.equal(c.since, NOW.toISOString());
  });

  it('rejects what is not a previous report, saying why', () => {
    assert.throws(() => parsePreviousReport('{not json'), (e: Error) => e instanceof PreviousReportError && /not JSON/.test(e.message));
    assert.throws(() => parsePreviousReport('{"version":1,"findings":[]}'), /not the data of an Outpost report/);
    assert.throws(() => parsePreviousReport('[]'), PreviousReportError);
  });
});
