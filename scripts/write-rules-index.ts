// Writes docs/rules/README.md, the index of every rule page, from the rule catalog.
// Run: node --import tsx scripts/write-rules-index.ts (test/unit/rule-docs.test.ts checks it is current).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesIndexMarkdown } from '../test/support/rules-index';

writeFileSync(join(__dirname, '../docs/rules/README.md'), rulesIndexMarkdown());
