// Per-file result cache for repeated scans of the same tree (a developer re-running
// `outpost scan`, a pre-commit hook). A file whose size and modification time are unchanged,
// scanned by the same engine build with the same configuration on the same day (date rules such
// as review-overdue depend on it), gets its previous result without being read or parsed; one
// whose time changed but whose content hash did not (a checkout, a touch) is read and hashed only.
//
// The cache file holds no secret: results carry masked messages, ranges and fingerprints (hashes),
// exactly what the JSON report shows. It is written atomically (temporary file + rename), keeps
// only the files of the last scan, and is ignored (rebuilt) when unreadable or from another build.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { readTextFileSync } from './read-text';
import { contentHash } from './scan-job';
import type { JobResult, ScanJob } from './scan-job';

const FORMAT = 1;

interface Entry {
  size: number;
  mtimeMs: number;
  result: JobResult;
}

interface CacheFile {
  format: number;
  salt: string;
  entries: [string, Entry][];
}

export interface CacheSalt {
  /** Identifies the engine build, e.g. engineFingerprint(__filename) of the running bundle. */
  engine: string;
  /** Everything else that changes results: the resolved config, baseline fingerprints, ... */
  config: unknown;
  /** Clock-dependent rules make results valid for one day. */
  day?: string;
}

/** SHA-256 of the running bundle: any code change invalidates every cached result. */
export function engineFingerprint(bundlePath: string): string {
  try {
    return createHash('sha256').update(readFileSync(bundlePath)).digest('hex');
  } catch {
    return `unreadable:${Date.now()}`; // no stable identity: never reuse
  }
}

const keyOf = (job: ScanJob): string => `${job.explicit ? '!' : ''}${job.rel}`;

export class ScanCache {
  hits = 0;
  misses = 0;
  private readonly next = new Map<string, Entry>();
  /** The stat taken before a missed file was read, so a change during the read is never cached as current. */
  private readonly statBeforeRead = new Map<string, { size: number; mtimeMs: number }>();

  private constructor(
    readonly file: string,
    private readonly salt: string,
    private readonly previous: Map<string, Entry>,
  ) {}

  static open(file: string, salt: CacheSalt): ScanCache {
    const s = createHash('sha256')
      .update(JSON.stringify([FORMAT, salt.engine, salt.config, salt.day ?? new Date().toISOString().slice(0, 10)]))
      .digest('hex');
    let previous = new Map<string, Entry>();
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (data.format === FORMAT && data.salt === s && Array.isArray(data.entries)) previous = new Map(data.entries);
    } catch {
      /* absent or unreadable: start empty */
    }
    return new ScanCache(file, s, previous);
  }

  /** The previous result for this job when its file is unchanged; otherwise undefined (and the file's stat is remembered). */
  get(job: ScanJob): JobResult | undefined {
    let st;
    try {
      st = statSync(job.path);
    } catch {
      this.misses++;
      return undefined;
    }
    const key = keyOf(job);
    const e = this.previous.get(key);
    if (e && e.size === st.size && (e.mtimeMs === st.mtimeMs || this.sameContent(job.path, e))) {
      this.hits++;
      const hit: Entry = { size: st.size, mtimeMs: st.mtimeMs, result: { ...e.result, job } };
      this.next.set(key, hit);
      return hit.result;
    }
    this.misses++;
    this.statBeforeRead.set(key, { size: st.size, mtimeMs: st.mtimeMs });
    return undefined;
  }

  private sameContent(path: string, e: Entry): boolean {
    if ('skipped' in e.result) return false;
    const read = readTextFileSync(path, e.size + 1);
    return 'text' in read && e.result.sha256 !== undefined && contentHash(read.text) === e.result.sha256;
  }

  /** Records a fresh result of a job `get` missed. Unreadable files are not cached. */
  set(result: JobResult): void {
    const key = keyOf(result.job);
    const st = this.statBeforeRead.get(key);
    this.statBeforeRead.delete(key);
    // A file that took too long may have met a busy machine: try it again next time.
    if (!st || ('skipped' in result && (result.skipped === 'unreadable' || result.skipped === 'too-slow')) || ('tooSlow' in result && result.tooSlow)) return;
    this.next.set(key, { ...st, result });
  }

  /** Writes the entries of this scan (atomically). A failure to write only costs the next scan its speed. */
  save(): boolean {
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ format: FORMAT, salt: this.salt, entries: [...this.next] } satisfies CacheFile));
      renameSync(tmp, this.file);
      return true;
    } catch {
      return false;
    }
  }
}
