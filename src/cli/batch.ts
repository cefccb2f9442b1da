/**
 * `check` over many files: every core through worker threads, results handed on in the order
 * the files were given. Small batches (and runs from TypeScript sources) stay in this thread.
 */
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { configFor } from './options';
import { checkFile, type CheckOptions, type FileResult } from './check-file';

export interface BatchOptions extends CheckOptions {
  scheme?: string;
  config?: string;
  /** Worker threads to use; 1 keeps everything in this thread. */
  jobs?: number;
}

/** Below this many files the start-up of workers costs more than it saves. */
const IN_PROCESS = 8;

export function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/** Checks files, calling `each` with every result in the order of `files`. */
export async function checkBatch(files: string[], opts: BatchOptions, each: (r: FileResult) => void): Promise<void> {
  const jobs = Math.min(opts.jobs ?? defaultJobs(), files.length);
  const worker = path.join(__dirname, 'check-worker.js');
  if (jobs <= 1 || files.length < IN_PROCESS || !__filename.endsWith('.js')) {
    const cfg = configFor(opts.scheme, opts.config);
    for (const f of files) each(await checkFile(f, cfg, opts));
    return;
  }
  const done = new Map<number, FileResult>();
  let next = 0;
  let shown = 0;
  await new Promise<void>((resolve, reject) => {
    const pool: Worker[] = [];
    const stop = (e?: Error) => {
      for (const w of pool) void w.terminate();
      if (e) reject(e);
      else resolve();
    };
    const feed = (w: Worker) => {
      if (next < files.length) w.postMessage({ i: next, file: files[next++] });
    };
    for (let k = 0; k < jobs; k++) {
      const w = new Worker(worker, { workerData: { json: opts.json, verbose: opts.verbose, scheme: opts.scheme, config: opts.config } });
      pool.push(w);
      w.on('message', (m: { i: number; result?: FileResult; crash?: string }) => {
        if (m.crash !== undefined) return stop(new Error(m.crash));
        done.set(m.i, m.result!);
        try {
          while (done.has(shown)) {
            each(done.get(shown)!);
            done.delete(shown++);
          }
        } catch (e) {
          return stop(e as Error);
        }
        if (shown === files.length) return stop();
        feed(w);
      });
      w.on('error', (e) => stop(e));
      feed(w);
    }
  });
}
