// Blob contents by object id through `git cat-file --batch`: one process for many blobs. Sizes
// come first from `--batch-check`, so a blob over the limit is never read into memory.
import { gitSync } from './safe-git';

export interface BlobRequest {
  oid: string;
}

export type BlobResult = { oid: string; content: Buffer } | { oid: string; tooLarge: number } | { oid: string; missing: true };

/** Sizes of the objects (undefined when missing). */
export function blobSizes(cwd: string, oids: readonly string[]): Map<string, number | undefined> {
  const out = new Map<string, number | undefined>();
  if (oids.length === 0) return out;
  const r = gitSync(cwd, ['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)'], { input: oids.join('\n') + '\n' });
  const lines = r.stdout.toString('utf8').split('\n');
  oids.forEach((oid, i) => {
    const parts = (lines[i] ?? '').split(' ');
    out.set(oid, parts[1] === 'blob' ? Number(parts[2]) : undefined);
  });
  return out;
}

/** Reads blobs up to `maxBytes` each; larger ones are reported with their size. */
export function readBlobs(cwd: string, oids: readonly string[], maxBytes: number): BlobResult[] {
  const sizes = blobSizes(cwd, oids);
  const results = new Map<string, BlobResult>();
  const wanted: string[] = [];
  let total = 0;
  for (const oid of new Set(oids)) {
    const size = sizes.get(oid);
    if (size === undefined) results.set(oid, { oid, missing: true });
    else if (size > maxBytes) results.set(oid, { oid, tooLarge: size });
    else {
      wanted.push(oid);
      total += size + 100;
    }
  }
  if (wanted.length > 0) {
    const r = gitSync(cwd, ['cat-file', '--batch'], { input: wanted.join('\n') + '\n', maxBuffer: total + 1024 * 1024 });
    const buf = r.stdout;
    let at = 0;
    for (const oid of wanted) {
      const nl = buf.indexOf(10, at);
      if (nl < 0) break;
      const header = buf.subarray(at, nl).toString('utf8').split(' ');
      const size = Number(header[2]);
      if (header[1] === 'missing' || !Number.isFinite(size)) {
        results.set(oid, { oid, missing: true });
        at = nl + 1;
        continue;
      }
      results.set(oid, { oid, content: buf.subarray(nl + 1, nl + 1 + size) });
      at = nl + 1 + size + 1;
    }
  }
  return oids.map((oid) => results.get(oid) ?? { oid, missing: true });
}
