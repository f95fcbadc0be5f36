// Worker threads do not inherit `--import tsx` on Node 20 (a .ts worker script fails to load, and
// parallel-scan.ts then analyses its files in the calling thread); this plain script registers
// tsx's require hook in the worker first, so the TypeScript entry really runs in a worker.
require('tsx/cjs');
require('./hanging-worker-entry.ts');
