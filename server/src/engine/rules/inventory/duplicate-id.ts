// inventory/duplicate-id — two assets with the same id: reviews, findings and people refer to
// assets by id, so one of the two silently goes unreviewed.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { valueRangeAt } from '../../policy/ranges';
import { INVENTORY_KINDS, field, inventoryAssets } from './assets';

export const DUPLICATE_ID = 'inventory/duplicate-id';

export const duplicateId: Rule = {
  meta: {
    id: DUPLICATE_ID,
    severity: 'warning',
    description: 'Two assets in the inventory share an id.',
    fixable: false,
    kinds: INVENTORY_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    const first = new Map<string, number>();
    for (const a of inventoryAssets(ctx)) {
      const id = field(a, 'id');
      if (typeof id !== 'string' && typeof id !== 'number') continue;
      const key = String(id).toLowerCase();
      const range = valueRangeAt(a.tree, [...a.path, 'id']);
      const seen = first.get(key);
      if (seen === undefined) {
        first.set(key, range.start);
        continue;
      }
      const line = ctx.lineIndex.positionAt(seen).line + 1;
      out.push({
        ruleId: DUPLICATE_ID,
        message: `The id \`${String(id)}\` is already used on line ${line}; reviews and findings refer to assets by id, so one of the two would go unreviewed. Give each asset its own id.`,
        range,
      });
    }
    return out;
  },
};
