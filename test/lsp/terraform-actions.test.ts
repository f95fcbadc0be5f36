// Terraform quick fixes over the wire: "Move to secret store" (var.<name> plus a sensitive
// variable block) and the allow-list fix (var.<tool>_allowed_cidrs, no CIDR invented), applied as
// an editor would; re-analysis clears the diagnostic.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient, uriOf } from './support/lsp-client';
import { fixtureWorkspace } from './support/workspace';

const PASSWORD = 'Tr0ub4dor-and-3';
const MAIN_TF = `resource "aws_db_instance" "main" {\n  engine   = "postgres"\n  password = "${PASSWORD}"\n}\n`;
const JIRA_TF = `resource "aws_security_group" "jira" {\n  name = "jira-web"\n  ingress {\n    from_port   = 443\n    to_port     = 443\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n`;

const byCode = (ds: Diagnostic[], code: string): Diagnostic => {
  const d = ds.find((x) => x.code === code);
  assert.ok(d, `a ${code} diagnostic (got ${ds.map((x) => x.code).join(', ')})`);
  return d;
};

describe('Terraform code actions', () => {
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

  it('"Move to secret store" writes var.password and a sensitive variable; the diagnostic goes', async () => {
    const uri = uriOf(join(ws.root, 'infra/main.tf'));
    client.open(uri, MAIN_TF);
    const p = await client.nextDiagnostics(uri);
    const d = byCode(p.diagnostics, 'secret/generic-password');
    const actions = await client.codeActions(uri, d.range, { diagnostics: [d], only: ['quickfix'] });
    assert.equal(actions[0]!.title, 'Move to secret store as var.password');
    const version = client.applyWorkspaceEdit(actions[0]!.edit!);
    const text = client.doc(uri).getText();
    assert.equal(text, `resource "aws_db_instance" "main" {\n  engine   = "postgres"\n  password = var.password\n}\n\nvariable "password" {\n  type      = string\n  sensitive = true\n}\n`);
    assert.ok(!text.includes(PASSWORD));
    const afterFix = await client.nextDiagnostics(uri, (x) => x.version === version);
    assert.deepEqual(afterFix.diagnostics.filter((x) => String(x.code).startsWith('secret/')), []);
  });

  it('the allow-list fix replaces 0.0.0.0/0 with var.jira_allowed_cidrs; network/server-exposed goes', async () => {
    const uri = uriOf(join(ws.root, 'infra/jira.tf'));
    client.open(uri, JIRA_TF);
    const p = await client.nextDiagnostics(uri);
    const d = byCode(p.diagnostics, 'network/server-exposed');
    const actions = await client.codeActions(uri, d.range, { diagnostics: [d], only: ['quickfix'] });
    assert.equal(actions[0]!.title, 'Allow only your address ranges: use var.jira_allowed_cidrs (you fill it in)');
    const version = client.applyWorkspaceEdit(actions[0]!.edit!);
    const text = client.doc(uri).getText();
    assert.match(text, /cidr_blocks = var\.jira_allowed_cidrs\n/);
    assert.match(text, /variable "jira_allowed_cidrs" \{\n  type        = list\(string\)\n/);
    assert.ok(!text.includes('0.0.0.0/0'));
    const afterFix = await client.nextDiagnostics(uri, (x) => x.version === version);
    assert.deepEqual(afterFix.diagnostics.filter((x) => String(x.code).startsWith('network/')), []);
  });
});
