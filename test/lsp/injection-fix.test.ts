// The template-injection fix over the wire, for every shell and in a composite action: open the
// file, take the gha/template-injection diagnostic's preferred quick fix, apply it as the editor
// would, and check the script now reads the variable in its own syntax and the diagnostic is gone.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient, uriOf } from './support/lsp-client';
import { fixtureWorkspace } from './support/workspace';

const wf = (runsOn: string, shell: string, run: string): string =>
  `on: issues\npermissions:\n  contents: read\njobs:\n  t:\n    runs-on: ${runsOn}\n    steps:\n      - ${shell ? `shell: ${shell}\n        ` : ''}run: |\n          ${run}\n`;

const CASES: { name: string; file: string; text: string; expect: string }[] = [
  { name: 'bash', file: '.github/workflows/bash.yml', text: wf('ubuntu-latest', '', 'echo "${{ github.event.issue.title }}"'), expect: 'echo "${ISSUE_TITLE}"' },
  { name: 'sh', file: '.github/workflows/sh.yml', text: wf('ubuntu-latest', 'sh', 'echo ${{ github.event.issue.title }}'), expect: 'echo "${ISSUE_TITLE}"' },
  { name: 'pwsh', file: '.github/workflows/pwsh.yml', text: wf('windows-latest', 'pwsh', 'Write-Host "${{ github.event.issue.title }}"'), expect: 'Write-Host "$env:ISSUE_TITLE"' },
  { name: 'powershell', file: '.github/workflows/ps.yml', text: wf('windows-latest', 'powershell', 'Write-Output ${{ github.event.issue.title }}'), expect: 'Write-Output $env:ISSUE_TITLE' },
  { name: 'cmd', file: '.github/workflows/cmd.yml', text: wf('windows-latest', 'cmd', 'echo ${{ github.event.issue.title }}'), expect: 'echo %ISSUE_TITLE%' },
  { name: 'python', file: '.github/workflows/py.yml', text: wf('ubuntu-latest', 'python', 'print("${{ github.event.issue.title }}")'), expect: 'import os\n          print(os.environ["ISSUE_TITLE"])' },
  {
    name: 'composite action',
    file: 'greet/action.yml',
    text: 'name: Greet\ndescription: Greets\ninputs:\n  who:\n    description: who\nruns:\n  using: composite\n  steps:\n    - run: echo "Hello ${{ inputs.who }}"\n      shell: bash\n',
    expect: '    - env:\n        INPUTS_WHO: ${{ inputs.who }}\n      run: echo "Hello ${INPUTS_WHO}"',
  },
];

describe('template-injection fix through the language server', () => {
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

  for (const c of CASES) {
    it(`${c.name}: moves the expression to env: and reads it the ${c.name} way`, async () => {
      const uri = uriOf(join(ws.root, c.file));
      client.open(uri, c.text);
      const p = await client.nextDiagnostics(uri);
      const d = p.diagnostics.find((x: Diagnostic) => x.code === 'gha/template-injection');
      assert.ok(d, `a gha/template-injection diagnostic: ${p.diagnostics.map((x) => x.code).join(', ')}`);
      const actions = await client.codeActions(uri, d.range, { diagnostics: [d], only: ['quickfix'] });
      const fix = actions.find((a) => a.isPreferred);
      assert.ok(fix?.edit, `a preferred fix: ${actions.map((a) => a.title).join(' | ')}`);
      const version = client.applyWorkspaceEdit(fix.edit);
      const text = client.doc(uri).getText();
      assert.ok(text.includes(c.expect), text);
      const afterFix = await client.nextDiagnostics(uri, (x) => x.version === version);
      assert.deepEqual(afterFix.diagnostics.filter((x) => x.code === 'gha/template-injection'), []);
      client.close(uri);
    });
  }
});
