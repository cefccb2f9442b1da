/**
 * `check` over many files: every core through worker threads, results handed on in the order
 * the files were given. Batches too small to pay for a worker's start (and runs from TypeScript
 * sources) stay in this thread.
 */
import * as path from 'path';
import { Worker, isMainThread, parentPort, workerData } from 'worker_threads';
import { batchRun, shortRun } from './bundle-load';
import { configFor } from './options';
import { checkFile, type CheckOptions, type FileResult } from './check-file';
import { autoJobs } from './jobs';
import type { HelperMessage, Setup } from './batch-help';
import { takeEarly, type EarlyBatch } from './batch-early';

export interface BatchOptions extends CheckOptions {
  scheme?: string;
  config?: string;
  /** Worker threads to use; 1 keeps everything in this thread. */
  jobs?: number;
}

/**
 * The launcher's thread can take files too (bin/jixiao.js says so in workerData): it is already running and
 * otherwise only waits, so a batch on two cores needs no new thread (a worker's start is ~50 ms CPU of Node's
 * bootstrap before it loads the bundle).
 */
function launcherHelps(): boolean {
  return !isMainThread && parentPort !== null && (workerData as { help?: boolean } | null)?.help === true;
}

/** Checks files, calling `each` with every result in the order of `files`. `jobs` is exact when given. */
export async function checkBatch(files: string[], opts: BatchOptions, each: (r: FileResult) => void | Promise<void>): Promise<void> {
  const jobs = Math.min(opts.jobs ?? autoJobs(files), files.length);
  // Results made in this thread are never posted: their JSON report can be made while it is written.
  const here = { ...opts, stream: true };
  // Workers start from the bundle and its code cache too (bundle-load.ts), each compiling next to nothing.
  // Same V8 flags as this thread (they are the process's), so the same code cache.
  const worker = `const b = require(${JSON.stringify(path.join(__dirname, 'bundle-load.js'))}); const d = require('worker_threads').workerData; b.setShortRun(d.short); b.setBatchRun(d.batch); b.requireCli('cli/check-worker.js')`;
  const setup: Setup = { json: opts.json, verbose: opts.verbose, explain: opts.explain, map: opts.map, scheme: opts.scheme, config: opts.config };
  // The batch the launcher's thread started on before this thread was up, when it is this one (batch-early.ts).
  const early = launcherHelps() ? takeEarly((workerData as { early?: EarlyBatch }).early, { files, setup }) : null;
  if (jobs <= 1 || !__filename.endsWith('.js')) {
    if (early) Atomics.store(early.next, 0, files.length);
    const cfg = configFor(opts.scheme, opts.config);
    for (const f of files) await each(await checkFile(f, cfg, here));
    return;
  }
  // This thread works too, beside jobs - 1 helpers: the launcher's thread when it can, and workers. Every thread
  // takes the next file from one shared counter when it is free: none waits on another to be handed work, none
  // is left with a queue at the end.
  const cfg = configFor(opts.scheme, opts.config);
  const next = early ? early.next : new Int32Array(new SharedArrayBuffer(4));
  const claim = () => Atomics.add(next, 0, 1);
  /** A file the launcher's thread handed back (too large for its heap): this thread checks it. */
  const mine: number[] = [];
  const take = () => mine.shift() ?? claim();
  const done = new Map<number, FileResult>();
  /** JSON report pieces of files a helper is still posting. */
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
  const start = () => {
    const w = new Worker(worker, { eval: true, workerData: { ...setup, short: shortRun(), batch: batchRun() } });
    pool.push(w);
    w.on('message', onMessage);
    w.on('error', fail);
    w.postMessage({ files, next });
  };
  const onMessage = (m: HelperMessage) => {
    if ('crash' in m) return fail(new Error(m.crash));
    // The launcher's thread met a workbook too large for its heap and stopped: a worker takes its place.
    if ('skip' in m) {
      mine.push(m.i);
      if (!failed) start();
      return wake();
    }
    // A report's pieces come before its result (one port keeps the order).
    if ('piece' in m) return void (pieces.get(m.i) ?? pieces.set(m.i, []).get(m.i)!).push(m.piece);
    const r = m.result;
    const got = pieces.get(m.i);
    if (got) {
      pieces.delete(m.i);
      if (r.ok) r.reportChunks = got;
    }
    done.set(m.i, r);
    wake();
  };
  // A launcher that started on another batch (never expected: takeEarly stopped it) is left out.
  const launcher = launcherHelps() && (early !== null || !(workerData as { early?: EarlyBatch }).early);
  try {
    if (launcher) {
      // The launcher's results so far waited in the port until this listener.
      parentPort!.on('message', onMessage);
      if (!early) parentPort!.postMessage({ batch: { files, next, setup } });
    }
    for (let k = launcher ? 2 : 1; k < jobs; k++) start();
    for (let i = take(); !failed && i < files.length; i = take()) {
      done.set(i, await checkFile(files[i], cfg, here));
      await flush();
      // Let the helpers' results in between this thread's files.
      await new Promise((r) => setImmediate(r));
    }
    while (!failed && shown < files.length) {
      const i = mine.shift();
      if (i !== undefined) {
        done.set(i, await checkFile(files[i], cfg, here));
        continue;
      }
      await flush();
      // A result that came in while flush() was writing is already in `done`: wait only when there is none.
      if (!failed && shown < files.length && !done.has(shown) && !mine.length) await new Promise<void>((r) => (wake = r));
    }
    if (failed) throw failed;
    await flush();
  } finally {
    // No helper starts another file (the launcher's thread cannot be terminated; it stops at the counter).
    Atomics.store(next, 0, files.length);
    if (launcher) parentPort!.off('message', onMessage);
    for (const w of pool) void w.terminate();
  }
}
