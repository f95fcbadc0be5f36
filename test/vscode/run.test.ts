// Runs the extension-host suite (test/vscode/suite, mocha) in a real VS Code extension host and reports each of
// its tests here:
// - in VS Code desktop through @vscode/test-electron, when a build is available (VSCODE_EXECUTABLE_PATH, or
//   OUTPOST_VSCODE_DOWNLOAD=1 where it can be downloaded); otherwise that host is reported as skipped, with why;
// - in code-server's extension host (VS Code 1.100.3 server), when `npm run e2e:install` has installed it;
//   otherwise skipped, with why.
import { test } from 'node:test';
import type { TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { codeServerSkipReason, electronSkipReason, runInCodeServer, runInElectron } from './hosts';
import type { HostResult } from './hosts';

async function report(t: TestContext, run: () => Promise<HostResult>): Promise<void> {
  const result = await run();
  assert.ok(result.results.length > 0, 'the suite ran tests');
  for (const r of result.results) {
    await t.test(r.title, () => {
      if (r.state === 'failed') assert.fail(r.error ?? 'failed');
    });
  }
  assert.equal(result.exitCode, 0, 'the extension host reported success');
}

const electronSkip = electronSkipReason();
if (electronSkip) console.log(`test:vscode — VS Code desktop skipped: ${electronSkip}`);
test('extension-host suite in VS Code desktop (@vscode/test-electron)', { skip: electronSkip, timeout: 600_000 }, (t) => report(t, runInElectron));

const codeServerSkip = codeServerSkipReason();
if (codeServerSkip) console.log(`test:vscode — code-server skipped: ${codeServerSkip}`);
test("extension-host suite in code-server's extension host (VS Code 1.100.3 server)", { skip: codeServerSkip, timeout: 600_000 }, (t) => report(t, runInCodeServer));
