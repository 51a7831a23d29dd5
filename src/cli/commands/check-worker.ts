/**
 * A worker thread of `check` (see check-parallel.ts): given the loaded editions once, it checks each file it is sent
 * and posts the report back with the file's place in the list.
 */
import { parentPort, workerData } from 'worker_threads';
import { checkFile } from './check-file';
import type { WorkerJob, WorkerReady, WorkerReport, WorkerSetup } from './check-parallel';

const { framework, editions } = workerData as WorkerSetup;
const port = parentPort;
if (!port) throw new Error('check-worker.js runs only as a worker thread of the check command.');

port.on('message', (job: WorkerJob) => {
  port.postMessage({ index: job.index, report: checkFile(framework, job.path, editions) } satisfies WorkerReport);
});
port.postMessage({ ready: true } satisfies WorkerReady);
