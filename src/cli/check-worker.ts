/**
 * A worker thread of a batch `check`: files in, results out, in whatever order they are asked for.
 * A file's JSON report goes back in the pieces it is made in (`{ i, piece }`, ~64 KB each, in order),
 * then the result without it: never one string for the whole report.
 */
import { parentPort, workerData } from 'worker_threads';
import { configFor } from './options';
import { checkFile, type CheckOptions, type FileResult } from './check-file';

interface Setup extends CheckOptions {
  scheme?: string;
  config?: string;
}

const setup = workerData as Setup;
const cfg = configFor(setup.scheme, setup.config);
const opts: CheckOptions = { ...setup, stream: true };

parentPort!.on('message', async (job: { i: number; file: string }) => {
  try {
    const r: FileResult = await checkFile(job.file, cfg, opts);
    if (r.ok && r.reportChunks) {
      for (const piece of r.reportChunks) parentPort!.postMessage({ i: job.i, piece });
      delete r.reportChunks;
    }
    parentPort!.postMessage({ i: job.i, result: r });
  } catch (e) {
    parentPort!.postMessage({ i: job.i, crash: (e as Error).stack ?? String(e) });
  }
});
