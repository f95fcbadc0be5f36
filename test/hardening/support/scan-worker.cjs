// Worker threads do not inherit `--import tsx` on Node 20: a .ts worker script fails to load and
// parallel-scan.ts then quietly analyses its files in the calling thread. This plain script
// registers tsx's require hook in the worker first, so the workers under test really run.
require('tsx/cjs');
require('./scan-worker-entry.ts');
