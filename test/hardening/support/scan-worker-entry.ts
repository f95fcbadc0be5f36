// Worker entry for parallel-scan.test.ts (runs under tsx like the test itself).
import { runScanWorkerIfWorker } from '../../../server/src/node/parallel-scan';

runScanWorkerIfWorker();
