// The tool table over the wire: a server's own config file (grafana.ini, Mattermost config.json,
// sonar.properties) opened in the editor gets the collab/* diagnostic on the real key, and the
// quick fix writes the safe value in that file's syntax; the diagnostic then goes away.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient, uriOf } from './support/lsp-client';
import { fixtureWorkspace } from './support/workspace';

const GRAFANA = '[server]\nroot_url = https://grafana.example.org/\n\n[auth.anonymous]\nenabled = true\norg_role = Viewer\n';
const MATTERMOST = '{\n  "ServiceSettings": {\n    "SiteURL": "https://chat.example.org",\n    "EnforceMultifactorAuthentication": true\n  },\n  "TeamSettings": {\n    "EnableOpenServer": true\n  }\n}\n';
const SONAR = 'sonar.jdbc.username=sonar\nsonar.forceAuthentication=false\n';

describe('tool settings through the language server', () => {
  let ws: ReturnType<typeof fixtureWorkspace>;
  let client: TestClient;

  before(async () => {
    ws = fixtureWorkspace();
    client = await TestClient.start({ folders: [ws.root], settings: { debounceMs: 20 } });
  });
  after(async () => {
    await client.stop();
    ws.cleanup();
  });

  const cases: { file: string; text: string; code: string; title: string; expect: string }[] = [
    { file: 'grafana/grafana.ini', text: GRAFANA, code: 'collab/anonymous-access', title: 'Set `enabled = false`', expect: GRAFANA.replace('enabled = true', 'enabled = false') },
    { file: 'mattermost/config/config.json', text: MATTERMOST, code: 'collab/public-signup', title: 'Set `"EnableOpenServer": false`', expect: MATTERMOST.replace('"EnableOpenServer": true', '"EnableOpenServer": false') },
    { file: 'sonarqube/conf/sonar.properties', text: SONAR, code: 'collab/anonymous-access', title: 'Set `sonar.forceAuthentication=true`', expect: SONAR.replace('=false', '=true') },
  ];

  for (const c of cases) {
    it(`${c.file}: ${c.code} on the key, fixed in the file's syntax`, async () => {
      const uri = uriOf(join(ws.root, c.file));
      client.open(uri, c.text);
      const p = await client.nextDiagnostics(uri);
      const d = p.diagnostics.find((x: Diagnostic) => x.code === c.code);
      assert.ok(d, `a ${c.code} diagnostic`);
      const actions = await client.codeActions(uri, d.range, { diagnostics: [d], only: ['quickfix'] });
      const fix = actions.find((a) => a.title === c.title);
      assert.ok(fix, `offered: ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(fix.isPreferred, true);
      const version = client.applyWorkspaceEdit(fix.edit!);
      assert.equal(client.doc(uri).getText(), c.expect);
      const next = await client.nextDiagnostics(uri, (x) => x.version === version);
      assert.ok(!next.diagnostics.some((x) => x.code === c.code), 'the diagnostic is gone');
    });
  }
});
