// inventory/review-overdue — `lastReviewed` older than the review interval (the inventory's
// `reviewEveryDays`, else ruleOptions `inventory/review-overdue: {days}`, else 90), or missing.
// The clock is ctx.now so tests can fix "today".
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { dataAt } from '../../policy/source-tree';
import { keyRangeAt, valueRangeAt } from '../../policy/ranges';
import { INVENTORY_KINDS, field, inventoryAssets } from './assets';

export const REVIEW_OVERDUE = 'inventory/review-overdue';
const DEFAULT_DAYS = 90;
const DAY_MS = 86_400_000;

function positiveInt(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined;
}

function parseDate(v: unknown): number | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.trim());
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? undefined : t;
}

export const reviewOverdue: Rule = {
  meta: {
    id: REVIEW_OVERDUE,
    severity: 'warning',
    description: 'An asset has not been reviewed within the review interval (quarterly by default), or has no review date.',
    fixable: false,
    kinds: INVENTORY_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    const configured = positiveInt(ctx.config.ruleOptions[REVIEW_OVERDUE]?.['days']);
    for (const a of inventoryAssets(ctx)) {
      const days = positiveInt(dataAt(a.tree.data, ['reviewEveryDays'])) ?? configured ?? DEFAULT_DAYS;
      const raw = field(a, 'lastReviewed');
      if (raw === undefined || raw === null || raw === '') {
        out.push({
          ruleId: REVIEW_OVERDUE,
          message: `${a.subject} has no review date, so nobody knows whether it is still needed, owned and patched. Review it and record the date: ${a.csv ? 'fill in the last_reviewed column' : '`lastReviewed: YYYY-MM-DD`'}.`,
          range: keyRangeAt(a.tree, a.path),
        });
        continue;
      }
      const reviewed = parseDate(raw);
      if (reviewed === undefined) continue; // not a date: inventory/invalid-value says so
      const age = Math.floor((ctx.now.getTime() - reviewed) / DAY_MS);
      if (age <= days) continue;
      out.push({
        ruleId: REVIEW_OVERDUE,
        message: `${a.subject} was last reviewed ${age} days ago (${String(raw)}); the inventory asks for a review every ${days} days. Check it is still needed, owned and patched, then update ${a.csv ? 'last_reviewed' : '`lastReviewed`'}.`,
        range: valueRangeAt(a.tree, [...a.path, 'lastReviewed']),
      });
    }
    return out;
  },
};
