/**
 * What a helper of a batch `check` runs: a batch worker thread (check-worker.ts), or the launcher's own
 * thread (bin/jixiao.js), which otherwise only waits for the CLI's thread. Each takes the next file from
 * the batch's shared counter until none is left and posts every result back to the CLI's thread, which
 * writes them in file order (batch.ts).
 * A file's JSON report goes back in the pieces it is made in (`{ i, piece }`, ~64 KB each, in order),
 * then the result without it: never one string for the whole report.
 */
import { configFor } from './options';
import { checkFile, type CheckOptions, type FileResult } from './check-file';
import type { Config } from '../domain/config';
import { fitsInThread } from './check-inline';

/** What the CLI's thread tells a helper: the check's options (and --scheme/--config by name). */
export interface Setup extends CheckOptions {
  scheme?: string;
  config?: string;
}

/** A batch's files and the counter every thread takes its next file from. */
export interface BatchJob {
  files: string[];
  next: Int32Array;
}

/**
 * A helper's messages: pieces of a JSON report, a result, a crash outside any file's check, or
 * `skip`: a file the launcher's thread leaves to the CLI's thread (too large for its heap); it then takes no more.
 */
export type HelperMessage = { i: number; piece: string } | { i: number; result: FileResult } | { i: number; crash: string } | { i: number; skip: true };

export type Post = (m: HelperMessage) => void;

/** Options as a helper runs them: the JSON report in pieces. */
export function helperOptions(setup: Setup): CheckOptions {
  return { json: setup.json, verbose: setup.verbose, explain: setup.explain, map: setup.map, stream: true };
}

/** One file checked and posted. */
export async function checkOne(i: number, file: string, cfg: Config, opts: CheckOptions, post: Post): Promise<void> {
  try {
    const r: FileResult = await checkFile(file, cfg, opts);
    if (r.ok && r.reportChunks) {
      for (const piece of r.reportChunks) post({ i, piece });
      delete r.reportChunks;
    }
    post({ i, result: r });
  } catch (e) {
    post({ i, crash: (e as Error).stack ?? String(e) });
  }
}

/**
 * Takes files from the counter until none is left, letting the thread's event loop turn between files. `fits` says whether this thread may check a file: at the
 * first it may not, the file goes back to the CLI's thread as `skip` and this thread stops taking files (the
 * CLI's thread starts a worker in its place: a batch of large workbooks keeps its threads).
 */
export async function helpBatch(job: BatchJob, setup: Setup, post: Post, fits: (file: string) => boolean = () => true): Promise<void> {
  const cfg = configFor(setup.scheme, setup.config);
  const opts = helperOptions(setup);
  for (let i = Atomics.add(job.next, 0, 1); i < job.files.length; i = Atomics.add(job.next, 0, 1)) {
    if (!fits(job.files[i])) return post({ i, skip: true });
    await checkOne(i, job.files[i], cfg, opts, post);
    // A file's check never waits on I/O, so without this the thread's event loop would not turn until the batch ends:
    // the launcher's thread would pass the CLI thread's output on only then, one core's work after both have finished.
    await new Promise((r) => setImmediate(r));
  }
}

/**
 * The launcher's thread as a helper. Running out of memory there cannot end in one Chinese line (a worker's heap
 * can fail, the process's cannot), so it takes only workbooks that could be checked alone in it (check-inline.ts)
 * and hands the first other back to the CLI's thread, which runs in a worker, and stops.
 */
export function launcherHelp(job: BatchJob, setup: Setup, heapLimit: number, post: Post): Promise<void> {
  return helpBatch(job, setup, post, (file) => fitsInThread(file, heapLimit));
}
