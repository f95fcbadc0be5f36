// Worker entry for analysis-budget.test.ts: a scan worker that never returns from files named
// `hang*` (a stand-in for one engine step that does not finish), and analyses the rest normally.
import { runScanWorkerIfWorker } from '../../../server/src/node/parallel-scan';
import { runScanJob } from '../../../server/src/node/scan-job';

runScanWorkerIfWorker((job, settings) => {
  if (/(^|\/)hang[^/]*$/.test(job.rel)) for (;;);
  return runScanJob(job, settings);
});
