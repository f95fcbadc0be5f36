// Hundreds of rapid edits: the server must keep up, publish only for the document's latest
// version (older results are dropped), and end on diagnostics that match the final text.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { TestClient, uriOf } from './support/lsp-client';
import { AWS_KEY, fixtureWorkspace } from './support/workspace';

const BASE = `on: push\npermissions:\n  contents: read\njobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      NOTE: x\n    steps:\n      - run: echo\n`;

describe('change storms', () => {
  let ws: ReturnType<typeof fixtureWorkspace>;
  before(() => {
    ws = fixtureWorkspace();
  });
  after(() => ws.cleanup());

  // 1000 ms: the whole storm surely fits in the window even on a loaded machine; 0 ms: no debounce at all.
  for (const debounceMs of [1000, 0]) {
    it(`${debounceMs} ms debounce: 400 keystrokes, the last version's diagnostics win`, async () => {
      const client = await TestClient.start({ folders: [ws.root], settings: { debounceMs } });
      try {
        const uri = uriOf(join(ws.root, `.github/workflows/storm-${debounceMs}.yml`));
        client.open(uri, BASE);
        await client.nextDiagnostics(uri, (p) => p.version === 1);
        const publishedBefore = client.diagnostics.get(uri)!.length;
        // Type a key after `NOTE: ` one character at a time, then a space and more characters: 400 changes.
        const line = 7;
        let col = '      NOTE: '.length;
        let version = 1;
        for (const ch of AWS_KEY) {
          version = client.change(uri, [{ range: { start: { line, character: col }, end: { line, character: col } }, text: ch }]);
          col++;
        }
        for (let i = 0; i < 400 - AWS_KEY.length; i++) {
          version = client.change(uri, [{ range: { start: { line, character: col }, end: { line, character: col } }, text: i === 0 ? ' ' : 'z' }]);
          col++;
        }
        const last = await client.nextDiagnostics(uri, (p) => p.version === version, 20_000);
        const text = client.doc(uri).getText();
        assert.ok(text.includes(`NOTE: ${AWS_KEY} z`));
        assert.deepEqual(last.diagnostics.map((d) => d.code), ['secret/aws-access-key-id']);
        assert.equal(last.diagnostics[0]!.range.start.line, line);
        assert.equal(last.diagnostics[0]!.range.start.character, '      NOTE: '.length);
        // Every publish carries the version it was computed for, versions never go backwards,
        // and a storm inside the debounce window publishes only the final version.
        const storm = client.diagnostics.get(uri)!.slice(publishedBefore);
        const versions = storm.map((p) => p.version!);
        assert.deepEqual([...versions].sort((a, b) => a - b), versions);
        for (const p of storm) for (const d of p.diagnostics) assert.equal((d.data as { version: number }).version, p.version);
        if (debounceMs > 0) assert.deepEqual(versions, [version]);
      } finally {
        await client.stop();
      }
    });
  }
});
