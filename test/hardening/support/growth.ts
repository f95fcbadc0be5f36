// Relative timing for "does the cost grow linearly?" checks. Never an absolute time limit: the
// same work is measured at 1x and 10x input size and only the ratio is asserted, so a slow or
// busy machine does not fail the test, while a quadratic (or worse) regex still does (10x input
// -> 100x time). Each size is run enough times to take a few milliseconds in total, so timer
// resolution and one-off pauses do not dominate, and the best of a few trials is kept.
import assert from 'node:assert/strict';

const TARGET_MS = 3;
const TRIALS = 2;
const FLOOR_MS = 1;

/** Per-run milliseconds of `fn(input)`, the best of TRIALS batches of `reps` runs. */
function perRun<T>(input: T, fn: (input: T) => unknown, reps: number): number {
  let best = Infinity;
  for (let t = 0; t < TRIALS; t++) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) fn(input);
    best = Math.min(best, (performance.now() - t0) / reps);
  }
  return best;
}

export interface Growth {
  t1: number;
  t10: number;
  ratio: number;
}

/**
 * Times `fn` on `make(1)` and `make(10)` (inputs 10x apart) and asserts the time grew less
 * than `bound` times (linear growth gives about 10).
 */
export function assertLinearGrowth<T>(label: string, make: (scale: number) => T, fn: (input: T) => unknown, bound = 30): Growth {
  const small = make(1);
  const large = make(10);
  fn(small); // warm up: compile the regexes, JIT the scanner
  const t0 = performance.now();
  for (let i = 0; i < 3; i++) fn(small);
  const once = Math.max((performance.now() - t0) / 3, 0.005);
  const reps = Math.max(1, Math.ceil(TARGET_MS / once));
  let best: Growth | undefined;
  // A busy machine (other test files, other engineers) can stall one measurement; superlinear
  // code fails every attempt, so the best of up to three attempts is what is judged.
  for (let attempt = 0; attempt < 3; attempt++) {
    const t1 = perRun(small, fn, reps);
    // The first of the 10x trials doubles as its warm-up (best of TRIALS is kept).
    const t10 = perRun(large, fn, Math.max(1, Math.ceil(reps / 10)));
    // Below about a millisecond the 1x time is mostly fixed overhead (allocation, a GC
    // slice), which would inflate the ratio of perfectly linear code. Anything superlinear at
    // 100 KB -> 1 MB costs far more than that, so the floor hides nothing that matters.
    const ratio = t10 / Math.max(t1, FLOOR_MS);
    if (!best || ratio < best.ratio) best = { t1, t10, ratio };
    if (ratio < bound) break;
  }
  assert.ok(best!.ratio < bound, `${label}: 10x input took ${best!.ratio.toFixed(1)}x the time (${best!.t1.toFixed(2)} ms -> ${best!.t10.toFixed(2)} ms); a regex or loop grows faster than linearly`);
  return best!;
}

/** `unit` repeated to exactly `bytes` characters, as one flat string (no rope to flatten while timed). */
export function fill(unit: string, bytes: number): string {
  if (unit.length === 0) return '';
  return flat(unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes));
}

/** A flat copy of a string built by concatenation or slicing. */
export function flat(s: string): string {
  return Buffer.from(s, 'utf16le').toString('utf16le');
}
