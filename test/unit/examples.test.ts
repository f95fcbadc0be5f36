// The bundled examples/ workspace must produce exactly the findings its comments announce:
// `# outpost-expect: rule-a, rule-b` (or `//`, `;`) means "these rules fire on the next line".
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/engine/analyze';
import { withDefaults } from '../../server/src/engine/config/config';
import { LineIndex } from '../../server/src/engine/line-index';
import { walkFiles } from '../../server/src/node/walk';

const root = join(__dirname, '../../examples');
const EXPECT = /(?:#|\/\/|;|<!--)\s*outpost-expect:\s*([a-z0-9/*, -]+)/;

function expectations(text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    const m = EXPECT.exec(line.replace(/\s*-->\s*$/, '')); // XML: <!-- outpost-expect: id -->
    if (!m) return;
    for (const id of m[1]!.split(',').map((s) => s.trim()).filter(Boolean)) out.push(`${i + 2}:${id}`);
  });
  return out.sort();
}

describe('examples/ workspace', async () => {
  const files: { rel: string; path: string }[] = [];
  for await (const f of walkFiles(root)) files.push(f);

  it('has a file for every CI platform and the credential-bearing configs', () => {
    const rels = files.map((f) => f.rel);
    for (const needed of ['.github/workflows/deploy.yml', '.gitlab-ci.yml', 'bitbucket-pipelines.yml', 'azure-pipelines.yml', '.circleci/config.yml', 'Jenkinsfile', '.npmrc', '.env', 'inventory/hosts.ini', 'grafana/grafana.ini', 'mattermost/config/config.json']) {
      assert.ok(rels.includes(needed), `examples/${needed} is missing`);
    }
  });

  for (const f of files) {
    it(`${f.rel} gives exactly the announced findings`, () => {
      const text = readFileSync(f.path, 'utf8');
      const result = analyze({ path: f.rel, text, config: withDefaults({}), now: new Date('2026-11-27T12:00:00Z') });
      assert.deepEqual(result.failures, []);
      const lines = new LineIndex(text);
      const actual = result.findings.filter((x) => x.ruleId !== 'outpost/parse-error').map((x) => `${lines.positionAt(x.range.start).line + 1}:${x.ruleId}`).sort();
      assert.deepEqual(actual, expectations(text));
    });
  }
});
