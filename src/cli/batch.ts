/**
 * `check` over many files: every core through worker threads, results handed on in the order
 * the files were given. Batches too small to pay for a worker's start (and runs from TypeScript
 * sources) stay in this thread.
 */
import * as path from 'path';
import { Worker } from 'worker_threads';
import { shortRun } from './bundle-load';
import { configFor } from './options';
import { checkFile, type CheckOptions, type FileResult } from './check-file';
import { autoJobs } from './jobs';

export interface BatchOptions extends CheckOptions {
  scheme?: string;
  config?: string;
  /** Worker threads to use; 1 keeps everything in this thread. */
  jobs?: number;
}

/** Checks files, calling `each` with every result in the order of `files`. `jobs` is exact when given. */
export async function checkBatch(files: string[], opts: BatchOptions, each: (r: FileResult) => void | Promise<void>): Promise<void> {
  const jobs = Math.min(opts.jobs ?? autoJobs(files), files.length);
  // Results made in this thread are never posted: their JSON report can be made while it is written.
  const here = { ...opts, stream: true };
  // Workers start from the bundle and its code cache too (bundle-load.ts), each compiling next to nothing.
  // Same V8 flags as this thread (they are the process's), so the same code cache.
  const worker = `const b = require(${JSON.stringify(path.join(__dirname, 'bundle-load.js'))}); b.setShortRun(require('worker_threads').workerData.short); b.requireCli('cli/check-worker.js')`;
  if (jobs <= 1 || !__filename.endsWith('.js')) {
    const cfg = configFor(opts.scheme, opts.config);
    for (const f of files) await each(await checkFile(f, cfg, here));
    return;
  }
  // This thread works too, beside jobs - 1 workers. Every thread takes the next file from one shared
  // counter when it is free: none waits on another to be handed work, none is left with a queue at the end.
  const cfg = configFor(opts.scheme, opts.config);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const claim = () => Atomics.add(next, 0, 1);
  const done = new Map<number, FileResult>();
  /** JSON report pieces of files a worker is still posting. */
  const pieces = new Map<number, string[]>();
  const pool: Worker[] = [];
  let shown = 0;
  let failed: Error | null = null;
  let wake = () => {};
  const flush = async () => {
    while (done.has(shown)) {
      const r = done.get(shown)!;
      done.delete(shown++);
      await each(r);
    }
  };
  const fail = (e: Error) => {
    failed ??= e;
    wake();
  };
  try {
    for (let k = 1; k < jobs; k++) {
      const w = new Worker(worker, {
        eval: true,
        workerData: { json: opts.json, verbose: opts.verbose, explain: opts.explain, map: opts.map, scheme: opts.scheme, config: opts.config, short: shortRun() },
      });
      pool.push(w);
      w.on('message', (m: { i: number; piece?: string; result?: FileResult; crash?: string }) => {
        if (m.crash !== undefined) return fail(new Error(m.crash));
        // A report's pieces come before its result (one port keeps the order).
        if (m.piece !== undefined) return void (pieces.get(m.i) ?? pieces.set(m.i, []).get(m.i)!).push(m.piece);
        const r = m.result!;
        const got = pieces.get(m.i);
        if (got) {
          pieces.delete(m.i);
          if (r.ok) r.reportChunks = got;
        }
        done.set(m.i, r);
        wake();
      });
      w.on('error', fail);
      w.postMessage({ files, next });
    }
    for (let i = claim(); !failed && i < files.length; i = claim()) {
      done.set(i, await checkFile(files[i], cfg, here));
      await flush();
      // Let the workers' results in between this thread's files.
      await new Promise((r) => setImmediate(r));
    }
    while (!failed && shown < files.length) {
      await flush();
      // A result that came in while flush() was writing is already in `done`: wait only when there is none.
      if (!failed && shown < files.length && !done.has(shown)) await new Promise<void>((r) => (wake = r));
    }
    if (failed) throw failed;
    await flush();
  } finally {
    for (const w of pool) void w.terminate();
  }
}
