// Quick fixes for the server/build configs over the wire: a Maven settings.xml password moves to
// ${env.NAME}, a Kubernetes env literal to valueFrom.secretKeyRef, an open Ingress gets an allow
// list bound to a placeholder; each edit is applied as an editor would and re-analysed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient, uriOf } from './support/lsp-client';
import { fixtureWorkspace } from './support/workspace';

const MAVEN_PASSWORD = ['Hx8', '2kLq', '0PzR4'].join('');
const K8S_PASSWORD = ['Rm4', 'kT8q', 'Zx2Lw'].join('');

const SETTINGS = `<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>releases</id>
      <username>deployer</username>
      <password>${MAVEN_PASSWORD}</password>
    </server>
  </servers>
</settings>
`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: confluence
spec:
  template:
    spec:
      containers:
        - name: confluence
          image: atlassian/confluence
          env:
            - name: ATL_JDBC_PASSWORD
              value: ${K8S_PASSWORD}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: confluence
spec:
  rules:
    - host: confluence.example.org
`;

const byCode = (ds: Diagnostic[], code: string): Diagnostic => {
  const d = ds.find((x) => x.code === code);
  assert.ok(d, `a ${code} diagnostic in ${ds.map((x) => x.code).join(', ')}`);
  return d;
};

describe('code actions: XML and Kubernetes', () => {
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

  it('Maven settings.xml: "Move to secret store" writes ${env.MAVEN_RELEASES_PASSWORD} and the diagnostic goes', async () => {
    const uri = uriOf(join(ws.root, '.m2/settings.xml'));
    client.open(uri, SETTINGS, 'xml');
    const p = await client.nextDiagnostics(uri);
    const d = byCode(p.diagnostics, 'secret/generic-password');
    const actions = await client.codeActions(uri, d.range, { diagnostics: [d], only: ['quickfix'] });
    const move = actions.find((a) => a.title.startsWith('Move to secret store'));
    assert.equal(move?.title, 'Move to secret store as ${env.MAVEN_RELEASES_PASSWORD}');
    assert.ok(actions.some((a) => a.title === 'Ignore secret/generic-password on this line with a comment above'));
    const version = client.applyWorkspaceEdit(move!.edit!);
    const text = client.doc(uri).getText();
    assert.ok(text.includes('<password>${env.MAVEN_RELEASES_PASSWORD}</password>'), text);
    assert.ok(!text.includes(MAVEN_PASSWORD));
    const after = await client.nextDiagnostics(uri, (x) => x.version === version);
    assert.deepEqual(after.diagnostics.map((x) => x.code), []);
  });

  it('Kubernetes: env literal → valueFrom.secretKeyRef; open Ingress → allow list placeholder, then "fill this in"', async () => {
    const uri = uriOf(join(ws.root, 'k8s/confluence.yaml'));
    client.open(uri, DEPLOYMENT, 'yaml');
    const p = await client.nextDiagnostics(uri);
    const secret = byCode(p.diagnostics, 'secret/generic-password');
    const [move] = await client.codeActions(uri, secret.range, { diagnostics: [secret], only: ['quickfix'] });
    assert.equal(move!.title, 'Move to secret store as valueFrom.secretKeyRef confluence-secrets/atl-jdbc-password');
    const v1 = client.applyWorkspaceEdit(move!.edit!);
    assert.ok(client.doc(uri).getText().includes('              valueFrom:\n                secretKeyRef:\n                  name: confluence-secrets\n                  key: atl-jdbc-password\n'));
    assert.ok(!client.doc(uri).getText().includes(K8S_PASSWORD));
    const p2 = await client.nextDiagnostics(uri, (x) => x.version === v1);
    assert.deepEqual(p2.diagnostics.map((x) => x.code), ['network/server-exposed']);

    const open = byCode(p2.diagnostics, 'network/server-exposed');
    const actions = await client.codeActions(uri, open.range, { diagnostics: [open], only: ['quickfix'] });
    const restrict = actions.find((a) => a.title.startsWith('Restrict Ingress confluence'));
    assert.ok(restrict, actions.map((a) => a.title).join(' | '));
    const v2 = client.applyWorkspaceEdit(restrict.edit!);
    assert.ok(client.doc(uri).getText().includes('nginx.ingress.kubernetes.io/allowlist-source-range: "<your-office-or-vpn-cidr>"'));
    const p3 = await client.nextDiagnostics(uri, (x) => x.version === v2);
    assert.deepEqual(p3.diagnostics.map((x) => x.code), ['kubernetes/allowlist-placeholder']);
  });
});
