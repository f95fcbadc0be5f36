// Workspace scans across CPU cores. The caller walks the folders (cheap, I/O-bound) and feeds
// jobs; worker threads read and analyse the files (CPU-bound: YAML parsing dominates); results
// come back in the order the jobs were given, so reports stay deterministic.
//
// Usage (the worker script is any bundle whose entry calls `runScanWorkerIfWorker()` first):
//   if (runScanWorkerIfWorker()) return;            // at the top of the CLI's entry
//   await scanInParallel(jobs, settings, { workers: 2, workerScript: __filename, onResult });
// With `workers <= 1` it runs in the calling thread. Workers start only once more than
// `startAfter` jobs have come (each costs ~150 ms to load the bundle): small scans stay serial.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { runScanJob } from './scan-job';
import type { JobResult, ScanJob, ScanSettings } from './scan-job';

const WORKER_ROLE = 'outpost-scan-worker';
/** Jobs per message: amortises the message cost without starving a worker at the end. */
const BATCH = 16;
/** Batches in flight per worker, so a worker never waits for the next one. */
const IN_FLIGHT = 2;

interface Batch {
  seq: number;
  jobs: ScanJob[];
}

export interface ParallelOptions {
  /** Worker threads; default: available cores, at most 4. */
  workers?: number;
  /** A script that calls runScanWorkerIfWorker() on start (e.g. the CLI bundle itself). */
  workerScript: string;
  /** Called once per job, in job order. */
  onResult: (r: JobResult) => void;
  /** Results of unchanged files are taken from here instead of analysing them (see scan-cache.ts). */
  cache?: { get(job: ScanJob): JobResult | undefined; set(result: JobResult): void };
  /**
   * Jobs analysed in the calling thread before any worker is started. Default: 200 for a stream
   * of jobs; for an array, 0 when it has 200 or more jobs, else all of them.
   */
  startAfter?: number;
  /**
   * V8 young generation per worker, MB. Parsing allocates fast, so V8 grows each worker's young
   * generation to 16+ MB semi-spaces; capping it keeps a 2-worker scan's peak RSS close to a
   * single-threaded one for a small cost in GC time. Default 8.
   */
  youngGenerationMb?: number;
  /**
   * V8 old generation per worker, MB (default 128: one file's analysis needs far less). A worker
   * that runs out anyway (a huge file under a raised size limit) is replaced by the calling thread
   * for its batches: the scan never fails for it.
   */
  oldGenerationMb?: number;
  /**
   * A worker busy on one file for longer than this (ms) is stopped and replaced; the file is
   * reported as skipped ("took too long") and its batch goes on elsewhere. Default: four times
   * the configuration's analysis budget, at least 10 s. The engine's own budget (checked between
   * steps) normally stops a slow file long before; this catches a single step that never returns.
   */
  hardLimitMs?: number;
}

/** How often the calling thread looks for a stuck worker. */
const WATCH_INTERVAL_MS = 250;

/** Shared with each worker: [batch seq, job index in the batch, jobs started so far]. */
const STATE_SEQ = 0;
const STATE_INDEX = 1;
const STATE_STARTED = 2;

export function defaultHardLimitMs(settings: ScanSettings): number {
  const budget = settings.config.analysisBudgetMs;
  return Number.isFinite(budget) ? Math.max(10_000, 4 * budget) : 10_000;
}

export function defaultWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * In a worker started by scanInParallel: serve jobs until the parent closes the port, and return
 * true (the caller must then do nothing else). In the main thread: return false.
 */
export function runScanWorkerIfWorker(run: (job: ScanJob, settings: ScanSettings) => JobResult = runScanJob): boolean {
  if (isMainThread || (workerData as { role?: string } | undefined)?.role !== WORKER_ROLE) return false;
  const { settings, state } = workerData as { settings: ScanSettings; state: SharedArrayBuffer };
  const progress = new Int32Array(state);
  parentPort!.on('message', (b: Batch) => {
    const results = b.jobs.map((j, i) => {
      // Tells the calling thread which file this worker is on, so a stuck one can be named.
      Atomics.store(progress, STATE_SEQ, b.seq);
      Atomics.store(progress, STATE_INDEX, i);
      Atomics.add(progress, STATE_STARTED, 1);
      return safeRun(j, settings, run);
    });
    parentPort!.postMessage({ seq: b.seq, results });
  });
  return true;
}

export async function scanInParallel(jobs: AsyncIterable<ScanJob> | Iterable<ScanJob>, given: ScanSettings, opts: ParallelOptions): Promise<void> {
  // Only the cache compares content hashes: without one, no file is hashed.
  const settings: ScanSettings = opts.cache && !given.hashContent ? { ...given, hashContent: true } : given;
  const n = opts.workers ?? defaultWorkers();
  // A caller that passes the whole list has already decided: with 200+ jobs the workers start at
  // once (the calling thread then parses nothing, which also keeps its heap, and the peak RSS, small).
  const known = Array.isArray(jobs) ? (jobs.length >= 200 ? 0 : Infinity) : 200;
  const startAfter = n <= 1 ? Infinity : (opts.startAfter ?? known);
  const it = Symbol.asyncIterator in jobs ? jobs[Symbol.asyncIterator]() : toAsync(jobs)[Symbol.asyncIterator]();
  // The first jobs run here, in order; the rest (if there are more) go to workers.
  for (let done = 0; ; done++) {
    const r = await it.next();
    if (r.done) return;
    if (done >= startAfter) return scanOnWorkers(remaining(r.value, it), settings, opts, n);
    const cached = opts.cache?.get(r.value);
    if (cached) {
      opts.onResult(cached);
      continue;
    }
    const fresh = safeRun(r.value, settings);
    opts.cache?.set(fresh);
    opts.onResult(fresh);
  }
}

async function* toAsync<T>(xs: Iterable<T>): AsyncGenerator<T> {
  yield* xs;
}

async function* remaining<T>(first: T, it: AsyncIterator<T>): AsyncGenerator<T> {
  yield first;
  for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
}

/** runScanJob, with an unexpected failure (reading a file replaced by a folder, say) turned into a skip. */
function safeRun(j: ScanJob, settings: ScanSettings, run: (job: ScanJob, settings: ScanSettings) => JobResult = runScanJob): JobResult {
  try {
    return j.timedOut !== undefined ? runScanJob(j, settings) : run(j, settings);
  } catch (e) {
    return { job: j, skipped: 'unreadable', detail: `${j.path}: ${(e as Error).message}`, pathKind: undefined };
  }
}

async function scanOnWorkers(jobs: AsyncIterable<ScanJob>, settings: ScanSettings, opts: ParallelOptions, n: number): Promise<void> {
  const resourceLimits = { maxYoungGenerationSizeMb: opts.youngGenerationMb ?? 8, maxOldGenerationSizeMb: opts.oldGenerationMb ?? 128 };
  const workers: Worker[] = [];
  /** Live workers and the batches each is working on. */
  const inFlight = new Map<Worker, Map<number, ScanJob[]>>();
  const pending = new Map<number, JobResult[]>();
  let nextToEmit = 0;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const deliver = (seq: number, results: JobResult[]): void => {
    pending.set(seq, results);
    // Emit every batch that is next in order.
    for (let r = pending.get(nextToEmit); r; r = pending.get(nextToEmit)) {
      pending.delete(nextToEmit++);
      for (const x of r) opts.onResult(x);
    }
    notify();
  };
  const fresh = (seq: number, results: JobResult[]): void => {
    for (const r of results) opts.cache?.set(r);
    deliver(seq, results);
  };
  const runHere = (jobs: readonly ScanJob[]): JobResult[] => jobs.map((j) => safeRun(j, settings));

  /** Per worker: its shared progress and when the calling thread first saw that progress. */
  const watch = new Map<Worker, { progress: Int32Array; started: number; since: number }>();
  const stopped = new WeakSet<Worker>();
  const hardLimitMs = opts.hardLimitMs ?? defaultHardLimitMs(settings);

  const spawn = (): Worker => {
    const state = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
    const w = new Worker(opts.workerScript, { workerData: { role: WORKER_ROLE, settings, state }, resourceLimits });
    workers.push(w);
    inFlight.set(w, new Map());
    watch.set(w, { progress: new Int32Array(state), started: 0, since: performance.now() });
    w.on('message', (m: { seq: number; results: JobResult[] }) => {
      if (stopped.has(w)) return; // its batches were handed to a replacement
      inFlight.get(w)?.delete(m.seq);
      fresh(m.seq, m.results);
    });
    const lost = (): void => {
      // Out of memory or crashed: its batches are analysed here, and it gets no more work.
      const batches = inFlight.get(w);
      if (!batches) return;
      inFlight.delete(w);
      for (const [seq, js] of batches) fresh(seq, runHere(js));
      notify();
    };
    w.on('error', lost);
    w.on('exit', lost);
    return w;
  };

  /** Workers start with the first batch that needs one (a scan of unchanged files starts none). */
  const start = (): void => {
    for (let i = 0; i < n; i++) spawn();
  };

  /** Stops a worker stuck on one file: that file becomes a "too slow" skip, its batches go to a new worker. */
  const replaceStuck = (w: Worker, seq: number, index: number): void => {
    const batches = inFlight.get(w);
    if (!batches) return;
    stopped.add(w);
    inFlight.delete(w);
    watch.delete(w);
    void w.terminate();
    const next = spawn();
    for (const [s2, js] of batches) {
      const jobsAgain = s2 === seq ? js.map((j, i) => (i === index ? { ...j, timedOut: hardLimitMs } : j)) : js;
      inFlight.get(next)!.set(s2, jobsAgain);
      next.postMessage({ seq: s2, jobs: jobsAgain } satisfies Batch);
    }
    notify();
  };

  const watchdog = setInterval(() => {
    const now = performance.now();
    for (const [w, st] of watch) {
      const started = Atomics.load(st.progress, STATE_STARTED);
      if (started !== st.started || (inFlight.get(w)?.size ?? 0) === 0) {
        st.started = started;
        st.since = now;
        continue;
      }
      const seq = Atomics.load(st.progress, STATE_SEQ);
      // Busy on the same job since the last change, and that job's batch is still outstanding.
      if (started > 0 && now - st.since > hardLimitMs && inFlight.get(w)?.has(seq)) replaceStuck(w, seq, Atomics.load(st.progress, STATE_INDEX));
    }
  }, WATCH_INTERVAL_MS);
  watchdog.unref();

  /** The least busy live worker with room, or undefined when every worker is gone. */
  const idleWorker = async (): Promise<Worker | undefined> => {
    if (workers.length === 0) start();
    for (;;) {
      if (inFlight.size === 0) return undefined;
      let best: Worker | undefined;
      for (const [w, b] of inFlight) if (b.size < IN_FLIGHT && (!best || b.size < inFlight.get(best)!.size)) best = w;
      if (best) return best;
      await new Promise<void>((r) => (wake = r));
    }
  };

  try {
    let seq = 0;
    let batch: ScanJob[] = [];
    const send = async (): Promise<void> => {
      const w = await idleWorker();
      const id = seq++;
      const jobsNow = batch;
      batch = [];
      if (!w) return fresh(id, runHere(jobsNow));
      inFlight.get(w)!.set(id, jobsNow);
      w.postMessage({ seq: id, jobs: jobsNow } satisfies Batch);
    };
    for await (const j of jobs) {
      const cached = opts.cache?.get(j);
      if (cached) {
        // Keep job order: what is queued goes first, then the cached result as its own batch.
        if (batch.length > 0) await send();
        deliver(seq++, [cached]);
        continue;
      }
      batch.push(j);
      if (batch.length >= BATCH) await send();
    }
    if (batch.length > 0) await send();
    while (nextToEmit < seq) await new Promise<void>((r) => (wake = r));
  } finally {
    clearInterval(watchdog);
    inFlight.clear(); // terminating is not losing: no batch is re-run below
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
