// Fingerprints of the secrets in the tree of HEAD (the committed state of the checked-out branch),
// to tell a historic secret that is still present from one that was removed. Blobs are read in
// batches of bounded size, never the whole tree at once.
import type { OutpostConfig } from '../../engine/config/config';
import { analyzeText, looksBinary } from '../analyze-text';
import { gitSync } from './safe-git';
import { readBlobs } from './blobs';

const BATCH_BYTES = 16 * 1024 * 1024;

export function headFingerprints(top: string, config: OutpostConfig, maxBytes: number): Set<string> {
  const out = new Set<string>();
  const head = gitSync(top, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { allowFail: true });
  if (head.status !== 0) return out;
  // "<mode> <type> <oid> <size>\t<path>\0"
  const tree = gitSync(top, ['ls-tree', '-r', '-z', '-l', '--full-tree', 'HEAD'], { maxBuffer: 512 * 1024 * 1024 }).stdout.toString('utf8');
  let batch: { oid: string; path: string }[] = [];
  let batchBytes = 0;
  const run = (): void => {
    const blobs = readBlobs(top, batch.map((b) => b.oid), maxBytes);
    batch.forEach((b, i) => {
      const r = blobs[i]!;
      if (!('content' in r) || looksBinary(r.content)) return;
      for (const f of analyzeText(b.path, r.content.toString('utf8'), config).findings) if (f.fingerprint && f.ruleId.startsWith('secret/')) out.add(f.fingerprint);
    });
    batch = [];
    batchBytes = 0;
  };
  for (const entry of tree.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [, type, oid, size] = entry.slice(0, tab).split(/ +/);
    const n = Number(size);
    if (type !== 'blob' || !oid || !(n <= maxBytes)) continue;
    batch.push({ oid, path: entry.slice(tab + 1) });
    batchBytes += n;
    if (batchBytes >= BATCH_BYTES || batch.length >= 2000) run();
  }
  if (batch.length > 0) run();
  return out;
}
