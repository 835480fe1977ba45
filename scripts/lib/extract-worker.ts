/** The worker thread the `extract` command reads pages in: one job at a time, one answer per job. */
import { parentPort } from 'node:worker_threads';
import { runJob, type ExtractJob } from './extract-job.ts';

parentPort?.on('message', (job: ExtractJob) => {
  parentPort?.postMessage(runJob(job));
});
