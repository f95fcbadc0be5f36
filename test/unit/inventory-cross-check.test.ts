// inventory/contradicts-config: the pure pass (engine/workspace/inventory-cross-check.ts) and the
// CLI running it after a scan. (The rule fixtures run it over each case folder; the language
// server's workspace scan is tested in test/lsp/inventory-cross-check.test.ts.)
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { configPathsNamed, crossCheckInventories, resolveRelative } from '../../server/src/engine/workspace/inventory-cross-check';
import { withDefaults } from '../../server/src/engine/config/config';

const repo = join(__dirname, '../..');
const cases = join(repo, 'test/rules/inventory/contradicts-config');

const INVENTORY = `apiVersion: outpost/v1
kind: AssetInventory
assets:
  - id: chat
    type: server
    purpose: Team chat
    owner: it@example.org
    vendor: Mattermost
    exposure: internet
    authentication:
      method: password
      mfa: required # outpost-ignore[inventory/contradicts-config]: migrating to SSO this month
    network:
      ipAllowlist: [203.0.113.0/24]
    patching:
      responsibility: owner
    config: [../chat/config.json]
`;
const MATTERMOST = '{"ServiceSettings": {"EnforceMultifactorAuthentication": false}, "TeamSettings": {}}';

describe('inventory cross-check', () => {
  it('resolves config paths relative to the inventory and never outside the workspace', () => {
    assert.equal(resolveRelative('inventory/assets.yaml', '../grafana/grafana.ini'), 'grafana/grafana.ini');
    assert.equal(resolveRelative('assets.yaml', './app.ini'), 'app.ini');
    assert.equal(resolveRelative('assets.yaml', '../../etc/gitea/app.ini'), undefined);
    assert.equal(resolveRelative('assets.yaml', 'https://example.org/x'), undefined);
  });

  it('reports both sides, honours an inline suppression on the inventory side, and is silent when the config agrees', () => {
    const inv = { path: 'inventory/assets.yaml', text: INVENTORY };
    assert.deepEqual(configPathsNamed([inv]), ['chat/config.json']);
    const found = crossCheckInventories([inv], new Map([['chat/config.json', MATTERMOST]]), { config: withDefaults({}) });
    assert.equal(found.get('inventory/assets.yaml'), undefined, 'suppressed on the inventory line');
    const cfg = found.get('chat/config.json')!;
    assert.equal(cfg.length, 1);
    assert.match(cfg[0]!.message, /says MFA is required for asset `chat`/);
    assert.equal(cfg[0]!.fix?.kind, 'tool-setting');
    const agree = crossCheckInventories([inv], new Map([['chat/config.json', MATTERMOST.replace('false', 'true')]]));
    assert.equal(agree.size, 0);
    const off = crossCheckInventories([inv], new Map([['chat/config.json', MATTERMOST]]), { config: withDefaults({ rules: { 'inventory/contradicts-config': 'off' } }) });
    assert.equal(off.size, 0, 'the rule can be switched off');
  });

  it('runs in `outpost scan` after the files are analysed (JSON output, both files)', () => {
    const r = spawnSync(process.execPath, [join(repo, 'dist/cli.js'), 'scan', '.', '--format', 'json', '--fail-on', 'none'], { cwd: join(cases, 'ng.csv'), encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { findings: { ruleId: string; path: string; line: number }[] };
    const xs = out.findings.filter((f) => f.ruleId === 'inventory/contradicts-config').map((f) => `${f.path}:${f.line}`).sort();
    assert.deepEqual(xs, ['inventory.csv:2', 'mattermost/config.json:5']);
  });
});
