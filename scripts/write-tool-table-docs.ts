// Writes the generated tool-table section into each collab/* rule page (docs/rules/collab/*.md).
// Run: node --import tsx scripts/write-tool-table-docs.ts (test/unit/tool-table.test.ts checks it is current).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FACT_RULES, withToolTableSection } from '../test/support/tool-table-docs';
import type { PostureFact } from '../server/src/engine/tools/tool-setting';

for (const [fact, ruleId] of Object.entries(FACT_RULES) as [PostureFact, string][]) {
  const page = join(__dirname, '../docs/rules', `${ruleId}.md`);
  writeFileSync(page, withToolTableSection(readFileSync(page, 'utf8'), fact));
}
