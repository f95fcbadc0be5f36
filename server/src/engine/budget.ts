// The time budget of one file's analysis: a safety net behind linear-time code, not a substitute
// for it. The engine checks it between steps (rules, detectors, decoding) and stops early when it
// has run out, so one pathological file costs a bounded time and everything else goes on. The
// clock is injectable: tests prove the mechanism with a clock that advances, not with wall time.

/** Milliseconds since some fixed point; only differences matter. */
export type Clock = () => number;

export const monotonicClock: Clock = () => performance.now();

export const ANALYSIS_BUDGET_RULE = 'outpost/analysis-budget';

export class AnalysisBudget {
  private readonly started: number;
  private stopped = false;

  constructor(
    /** Milliseconds the analysis may take; Infinity for none. */
    readonly limitMs: number,
    private readonly clock: Clock = monotonicClock,
  ) {
    this.started = clock();
  }

  /** True once the budget has run out (and from then on, without asking the clock again). */
  exceeded(): boolean {
    if (!this.stopped && this.clock() - this.started > this.limitMs) this.stopped = true;
    return this.stopped;
  }

  /** Whether a check has found the budget exhausted (the analysis was cut short). */
  get wasExceeded(): boolean {
    return this.stopped;
  }

  elapsedMs(): number {
    return this.clock() - this.started;
  }
}

/** A budget that never runs out (tools that analyse a file on purpose, e.g. fixture tests). */
export const UNLIMITED = (): AnalysisBudget => new AnalysisBudget(Infinity);

export function budgetMessage(limitMs: number): string {
  return (
    `Outpost stopped checking this file after ${limitMs} ms (its analysis budget), so secrets or weak settings in it may go unnoticed. ` +
    'The file is unusually large or complex: split it, or raise analysisBudgetMs in .outpost.yml if it is legitimate.'
  );
}
