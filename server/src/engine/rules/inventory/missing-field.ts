// inventory/missing-field — an asset without purpose, owner, vendor, exposure, sign-in method or
// patch responsibility/contact. Reported from the schema (schemas/asset-inventory.schema.json).
import type { Rule } from '../../rule';
import { schemaFindings } from '../../policy/schema-findings';
import { MISSING_FIELD } from '../../policy/messages/asset-inventory';
import { INVENTORY_KINDS } from './assets';

export const missingField: Rule = {
  meta: {
    id: MISSING_FIELD,
    severity: 'warning',
    description: 'An asset lacks a field every asset needs: purpose, owner, vendor, exposure, sign-in method, patch responsibility or patch contact.',
    fixable: false,
    kinds: INVENTORY_KINDS,
  },
  check: (ctx) => schemaFindings(ctx, 'AssetInventory', MISSING_FIELD),
};
