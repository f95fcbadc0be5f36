// inventory/invalid-value — a value the inventory format does not allow (unknown exposure,
// `auditLog: maybe`, a date Outpost cannot read, a misspelt key). Reported from the schema.
import type { Rule } from '../../rule';
import { schemaFindings } from '../../policy/schema-findings';
import { INVALID_VALUE } from '../../policy/messages/asset-inventory';
import { INVENTORY_KINDS } from './assets';

export const invalidValue: Rule = {
  meta: {
    id: INVALID_VALUE,
    severity: 'warning',
    description: 'A value or key in the asset inventory that the format does not allow, so it cannot be checked.',
    fixable: false,
    kinds: INVENTORY_KINDS,
  },
  check: (ctx) => schemaFindings(ctx, 'AssetInventory', INVALID_VALUE),
};
