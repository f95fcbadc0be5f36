// Calendar arithmetic for review dates, in UTC days so the answer does not depend on the machine's
// time zone. The same convention as inventory/review-overdue: reviewed on D with an interval of N
// days means the next review is due on D + N, and the asset is overdue from the day after.
const DAY_MS = 86_400_000;

/** Milliseconds of midnight UTC of a valid YYYY-MM-DD date, else undefined (2026-02-30 is not a date). */
export function parseDay(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? t : undefined;
}

export function startOfDay(now: Date): number {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

export function formatDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

export function addDays(t: number, days: number): number {
  return t + days * DAY_MS;
}

/** Whole days from `today` to `day` (negative: in the past). */
export function daysBetween(today: number, day: number): number {
  return Math.round((day - today) / DAY_MS);
}
