/**
 * What the bundle's V8 code cache saves each thread of a batch `check` (lib/cli.bundle.batch.cache, made by
 * scripts/bundle-cli.js): one thread's CPU from its start through its first files, with the cache and without it,
 * as the two kinds of batch thread start — a worker thread (Node's bootstrap of the thread, then the bundle) and the
 * launcher's own thread (already running: the bundle only). Both under the flags a two-thread batch of small files
 * runs with (check's and the batch ones, set before the worker is made), runs alternated, medians (ranges).
 * The thread's own CPU is read from /proc/thread-self/schedstat (nanoseconds; Linux).
 * Alone: node scripts/run-ts.js bench/batch-cache.ts [runs] (default 7; 25 files of 100 rows).
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { generateMerged } from './merged';

const ROOT = path.join(__dirname, '..');
const LOAD = JSON.stringify(path.join(ROOT, 'lib', 'cli', 'bundle-load.js'));

/** One thread (WHERE = worker | launcher) loading the bundle (CACHE = batch | none) and checking FILES in order. */
const THREAD = `
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');
const fs = require('fs');
const b = require(${LOAD});
const ns = () => Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
async function body(cacheKind, files) {
  const out = { boot: isMainThread ? 0 : ns() / 1e6 };
  let a = ns();
  const l = b.loadBundle(b.BUNDLE, cacheKind === 'none' ? null : fs.readFileSync(b.CACHES.batch));
  const cf = l.require('cli/check-file.js');
  l.require('cli/batch-help.js');
  const cfg = l.require('cli/options.js').configFor(undefined, undefined);
  out.load = (ns() - a) / 1e6;
  out.rejected = l.script.cachedDataRejected === true;
  const per = [];
  for (const f of files) {
    a = ns();
    await cf.checkFile(f, cfg, { json: false, verbose: false, stream: true });
    per.push((ns() - a) / 1e6);
  }
  out.first = per[0];
  out.next4 = per.slice(1, 5).reduce((s, x) => s + x, 0);
  out.files = per.reduce((s, x) => s + x, 0);
  return out;
}
if (isMainThread) {
  for (const f of [...b.CHECK_V8_FLAGS, ...b.BATCH_RUN_FLAGS]) require('v8').setFlagsFromString(f);
  const files = JSON.parse(process.env.FILES);
  if (process.env.WHERE === 'launcher') body(process.env.CACHE, files).then((o) => console.log(JSON.stringify(o)));
  else new Worker(process.env.THREAD_SRC, { eval: true, workerData: { cache: process.env.CACHE, files } }).on('message', (o) => console.log(JSON.stringify(o)));
} else body(workerData.cache, workerData.files).then((o) => parentPort.postMessage(o));
`;

interface Thread {
  boot: number;
  load: number;
  rejected: boolean;
  first: number;
  next4: number;
  files: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const span = (xs: number[]) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;

function thread(where: string, cache: string, files: string[]): Thread {
  // The worker runs the same source (given in the environment: an evaluated script has no file of its own).
  const r = spawnSync(process.execPath, ['-e', THREAD], {
    encoding: 'utf8',
    env: { ...process.env, WHERE: where, CACHE: cache, FILES: JSON.stringify(files), THREAD_SRC: THREAD },
  });
  if (r.status !== 0) throw new Error(`thread ${where} ${cache} failed: ${r.stderr.slice(0, 2000)}`);
  return JSON.parse(r.stdout) as Thread;
}

export async function batchCache(dir: string, runs = 7, n = 25): Promise<string[]> {
  if (process.platform !== 'linux') return ['batch-cache: Linux only (/proc/thread-self/schedstat)'];
  const files: string[] = [];
  for (let i = 0; i < n; i++) files.push(await generateMerged(100, path.join(dir, 'batch-100'), i + 1));
  const kinds = ['worker', 'launcher'].flatMap((where) => ['batch', 'none'].map((cache) => ({ where, cache })));
  const got = kinds.map(() => [] as Thread[]);
  for (let r = 0; r < runs; r++) kinds.forEach((k, i) => got[i].push(thread(k.where, k.cache, files)));
  const out = [
    `== 代码缓存 what the bundle's code cache saves a batch thread: thread CPU ms, medians (ranges) of ${runs}, alternated; ${n} files of 100 rows`,
    `| thread | code cache | worker bootstrap | bundle load | file 1 | files 2–5 | files 1–${n} | start + ${n} files | cache refused |`,
    '|---|---|---:|---:|---:|---:|---:|---:|---|',
  ];
  const total = (t: Thread) => t.boot + t.load + t.files;
  kinds.forEach((k, i) => {
    const g = got[i];
    const col = (f: (t: Thread) => number) => span(g.map(f));
    out.push(
      `| ${k.where} | ${k.cache === 'none' ? 'none' : 'batch'} | ${k.where === 'worker' ? col((t) => t.boot) : '—'} | ${col((t) => t.load)} | ${col((t) => t.first)} | ${col((t) => t.next4)} | ${col((t) => t.files)} | ${col(total)} | ${k.cache === 'none' ? '—' : `${g.filter((t) => t.rejected).length} of ${g.length}`} |`,
    );
  });
  for (const where of ['worker', 'launcher']) {
    const a = got[kinds.findIndex((k) => k.where === where && k.cache === 'batch')].map(total);
    const b = got[kinds.findIndex((k) => k.where === where && k.cache === 'none')].map(total);
    out.push(`${where}: the cache saves ${(median(b) - median(a)).toFixed(0)} ms of a thread's first ${n} files and start (${median(b).toFixed(0)} → ${median(a).toFixed(0)} ms)`);
  }
  return out;
}

if (path.basename(process.argv[1] ?? '') === 'batch-cache.ts') {
  void batchCache(path.join(ROOT, '.tmp', 'bench'), Number(process.argv[2] ?? 7)).then((o) => console.log(o.join('\n')));
}
