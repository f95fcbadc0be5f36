// Every rule Outpost can report links to docs/rules/<id>.md (the diagnostic's codeDescription
// and SARIF's helpUri): the page must exist and say what, why and how to fix.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleCatalog } from '../../server/src/engine/catalog';
import { docsUrl, DOCS_BASE } from '../../server/src/engine/docs-url';
import { rulesIndexMarkdown } from '../support/rules-index';

const docs = join(__dirname, '../../docs/rules');

describe('rule documentation', () => {
  it('docs/rules/README.md indexes every rule (regenerate: node --import tsx scripts/write-rules-index.ts)', () => {
    assert.equal(readFileSync(join(docs, 'README.md'), 'utf8'), rulesIndexMarkdown());
  });

  for (const rule of ruleCatalog()) {
    it(`${rule.id} has a page`, () => {
      const page = join(docs, `${rule.id}.md`);
      assert.ok(existsSync(page), `docs/rules/${rule.id}.md is missing`);
      const text = readFileSync(page, 'utf8');
      assert.match(text, new RegExp(`^# ${rule.id.replace(/[/*]/g, '\\$&')}\\b`), 'the page starts with the rule id as its title');
      assert.ok(text.length > 300, 'the page explains what, why and how to fix');
      assert.equal(docsUrl(rule.id), `${DOCS_BASE}${rule.id}.md`);
    });
  }
});
