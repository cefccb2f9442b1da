/**
 * A worker thread of a batch `check`: it takes files from the batch's shared counter until none is left,
 * results out as each is done.
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

async function run(i: number, file: string): Promise<void> {
  try {
    const r: FileResult = await checkFile(file, cfg, opts);
    if (r.ok && r.reportChunks) {
      for (const piece of r.reportChunks) parentPort!.postMessage({ i, piece });
      delete r.reportChunks;
    }
    parentPort!.postMessage({ i, result: r });
  } catch (e) {
    parentPort!.postMessage({ i, crash: (e as Error).stack ?? String(e) });
  }
}

/** A batch's files and the counter every thread takes its next file from (src/cli/batch.ts), or one file. */
type Job = { files: string[]; next: Int32Array } | { i: number; file: string };

parentPort!.on('message', async (job: Job) => {
  if ('file' in job) return run(job.i, job.file);
  for (let i = Atomics.add(job.next, 0, 1); i < job.files.length; i = Atomics.add(job.next, 0, 1)) await run(i, job.files[i]);
});
