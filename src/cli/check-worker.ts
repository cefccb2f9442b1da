/**
 * A worker thread of a batch `check`: it takes files from the batch's shared counter until none is left,
 * results out as each is done (batch-help.ts says what it posts).
 */
import { parentPort, workerData } from 'worker_threads';
import { configFor } from './options';
import { checkOne, helpBatch, helperOptions, type BatchJob, type HelperMessage, type Setup } from './batch-help';

const setup = workerData as Setup;
const post = (m: HelperMessage) => parentPort!.postMessage(m);

/** A batch's files and the counter every thread takes its next file from (src/cli/batch.ts), or one file. */
type Job = BatchJob | { i: number; file: string };

parentPort!.on('message', async (job: Job) => {
  if ('file' in job) return checkOne(job.i, job.file, configFor(setup.scheme, setup.config), helperOptions(setup), post);
  await helpBatch(job, setup, post);
});
