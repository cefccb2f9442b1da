/** A worker thread of a batch `check`: files in, results out, in whatever order they are asked for. */
import { parentPort, workerData } from 'worker_threads';
import { configFor } from './options';
import { checkFile, type CheckOptions } from './check-file';

interface Setup extends CheckOptions {
  scheme?: string;
  config?: string;
}

const setup = workerData as Setup;
const cfg = configFor(setup.scheme, setup.config);

parentPort!.on('message', async (job: { i: number; file: string }) => {
  try {
    parentPort!.postMessage({ i: job.i, result: await checkFile(job.file, cfg, setup) });
  } catch (e) {
    parentPort!.postMessage({ i: job.i, crash: (e as Error).stack ?? String(e) });
  }
});
