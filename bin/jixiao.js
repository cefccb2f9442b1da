#!/usr/bin/env node
// Thin launcher: the CLI is compiled to lib/ by `npm ci` (prepare → build:cli).
// It runs the CLI in a worker thread with the process's own heap limit, so that even running out of
// memory (which no try/catch can catch) ends in one Chinese line and exit 2, never a V8 crash dump.
'use strict';
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');
const v8 = require('v8');

const FALLBACK = '处理时发生了意外错误，未能完成（输入文件未改动）；请将文件与命令反馈给维护者';
const NOT_BUILT = 'jixiao：程序尚未编译，请先运行 npm ci（或 npm run build:cli）。 / not built: run npm ci first.';

function lineFor(e) {
  try {
    return require('../lib/cli/failure.js').failureLine(e);
  } catch {
    return FALLBACK;
  }
}

function die(e) {
  const debug = process.env.JIXIAO_DEBUG;
  if (debug && debug !== '0') process.stderr.write(`${(e && e.stack) || e}\n`);
  process.stderr.write(`jixiao：${lineFor(e)}\n`);
  process.exit(2);
}

const fs = require('fs');
const path = require('path');
const MAIN = path.join(__dirname, '..', 'lib', 'cli', 'main.js');

function loadMain() {
  try {
    // From the one-file bundle and its code cache when npm run build:cli made them (else from lib/ as compiled).
    return require(path.join(__dirname, '..', 'lib', 'cli', 'bundle-load.js')).requireCli('cli/main.js').main;
  } catch (e) {
    if (e && e.code === 'MODULE_NOT_FOUND') {
      process.stderr.write(NOT_BUILT + '\n');
      process.exit(2);
    }
    throw e;
  }
}

/** `check`'s input files: what is not an option or an option's value. */
function inputFiles(args) {
  const files = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--map' || a === '--scheme' || a === '--config' || a === '--jobs') i++;
    else if (!a.startsWith('-')) files.push(a);
  }
  return files;
}

/** `fill`'s input file: its first argument that is not an option or an option's value (-o OUT is one). */
function fillInput(args) {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-o' || a === '--output' || a === '--map' || a === '--scheme' || a === '--config') i++;
    else if (!a.startsWith('-')) return [a];
  }
  return [];
}

/** `check`'s input files: how many can be read and their bytes added up. */
function inputSize(files) {
  let bytes = 0;
  let n = 0;
  for (const f of files) {
    try {
      bytes += fs.statSync(f).size;
      n++;
    } catch {
      // A missing file is the check's to report.
    }
  }
  return { bytes, n };
}

/**
 * The threads a batch check will use (lib/cli/jobs.js): decided here once, before the V8 settings that depend on it,
 * and handed to the CLI's thread, so that both count alike. undefined: a --jobs the CLI will refuse.
 */
function batchJobs(args, size) {
  const j = require(path.join(__dirname, '..', 'lib', 'cli', 'jobs.js'));
  return j.jobsFor(args, size, j.defaultJobs());
}

/**
 * Declared parts up to which one workbook's fill runs in this thread. There V8's gc is not exposed (the isolate
 * was made before fill's flags), so fill's heap collections at the end of its phases (lib/cli/collect.js) cannot
 * run: below ~8 MB of parts (~25 000 rows) they never mattered (the heap stays near or under their 128 MB), above
 * it they lower the peak (100 000 rows: 683 MB here against 517 MB in the worker), so larger fills keep the worker.
 */
const FILL_HERE_BYTES = 8 * 1048576;

/**
 * One workbook small beside the heap is checked (or filled, when small) in this thread: the worker's start would be
 * most of a short run's overhead (lib/cli/check-inline.js).
 */
function inThread(files, b, check) {
  // A batch never runs here: the bundle is not loaded just to ask (with one thread the launcher then never loads it).
  if (files.length !== 1) return false;
  try {
    const inline = b.requireCli('cli/check-inline.js');
    const limit = v8.getHeapStatistics().heap_size_limit;
    // For fill, the heap is asked as if it were only big enough for FILL_HERE_BYTES of parts.
    const heap = check ? limit : Math.min(limit, inline.HEAP_BASE + inline.HEAP_SHARE * FILL_HERE_BYTES);
    return inline.fitsInThread(files[0], heap);
  } catch {
    return false;
  }
}

/**
 * A batch check's files taken in this thread too, beside the CLI's thread (lib/cli/batch-help.js: only workbooks
 * small beside this heap). Without the module the CLI's thread and its workers take every file.
 */
function helpBatch(worker, job) {
  let help;
  try {
    help = require(path.join(__dirname, '..', 'lib', 'cli', 'bundle-load.js')).requireCli('cli/batch-help.js');
  } catch {
    return;
  }
  const post = (m) => worker.postMessage(m);
  help.launcherHelp(job, job.setup, v8.getHeapStatistics().heap_size_limit, post).catch((e) => post({ i: -1, crash: String((e && e.stack) || e) }));
}

/**
 * A batch check's files this thread starts on at once, beside the CLI's worker (lib/cli/batch-early.js): when the
 * batch runs on more than one thread and the command line holds only files and options read alike here. null: the
 * CLI's thread asks for help once it is up (helpBatch), as for any other batch.
 */
function earlyBatch(args, jobs) {
  if (!(jobs > 1)) return null;
  try {
    const setup = require(path.join(__dirname, '..', 'lib', 'cli', 'batch-early.js')).plainSetup(args);
    const files = inputFiles(args);
    return setup && files.length > 1 ? { files, next: new Int32Array(new SharedArrayBuffer(4)), setup } : null;
  } catch {
    return null;
  }
}

/** A fill whose input is at least this big (~30 000 indicator rows) runs with a smaller young generation: see startWorker. */
const FILL_BIG_BYTES = 1024 * 1024;
const FILL_BIG_YOUNG_MB = 48;
let bigFill = false;

/** The CLI in a worker with this process's heap: running out of memory there ends in one line (die), not a V8 crash. */
function startWorker(short, batch, fill, jobs, early) {
  // The worker gets the heap this process was given (e.g. --max-old-space-size), minus room for the launcher.
  const limitMb = Math.max(32, Math.floor(v8.getHeapStatistics().heap_size_limit / 1048576) - 32);
  // A small heap (--max-old-space-size) keeps a young generation in proportion.
  const youngMb = Math.min(fill && bigFill ? FILL_BIG_YOUNG_MB : 96, Math.max(4, Math.floor(limitMb / 8)));
  const worker = new Worker(__filename, {
    // help: this thread takes files of a batch check too when asked (helpBatch).
    workerData: { argv: process.argv.slice(2), short, batch, fill, jobs, help: true, ...(early ? { early } : {}) },
    // A young generation of 96 MB (V8's default is 16–48): a check allocates many short-lived
    // strings and cells, and fewer scavenges save ~8 % of a 10 000-row check's CPU time. fill's too:
    // 48 MB lowered a 100 000-row fill's peak ~40 MB but cost ~6–9 % CPU on an idle machine (docs/file-io.md): taken
    // for a large fill only (bigFill), where the peak is the writer's and nears 10× the parts read.
    resourceLimits: { maxOldGenerationSizeMb: limitMb, maxYoungGenerationSizeMb: youngMb },
    stdout: false,
    stderr: false,
  });
  // A reader that stops early (`jixiao check … | head`) is not a failure: the rest of the output is
  // dropped and the command ends with its own exit code. Without this the closed pipe read as an
  // unexpected error (exit 2), and a worker still writing would wait for it forever.
  process.stdout.on('error', (e) => {
    if (e && (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED')) return void worker.stdout.resume();
    die(e);
  });
  let code = null;
  worker.on('message', (m) => {
    if (m && typeof m === 'object' && m.batch) return helpBatch(worker, m.batch);
    code = m;
  });
  worker.on('error', die);
  worker.on('exit', () => {
    // This thread takes no file more once the CLI's thread has ended (e.g. it refused the command line).
    if (early) Atomics.store(early.next, 0, early.files.length);
    if (code === null) die(new Error('worker ended without a result'));
    process.exitCode = code;
  });
  // The worker boots on another core meanwhile; this thread loads the bundle and takes files from the batch's counter.
  if (early) helpBatch(worker, early);
}

/** One workbook checked in this thread (inThread): output straight to stdout; a reader that stops early drops the rest, as below. */
function runHere() {
  process.stdout.on('error', (e) => {
    if (!(e && (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED'))) die(e);
  });
  loadMain()(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  }, die);
}

if (isMainThread) {
  process.on('uncaughtException', die);
  process.on('unhandledRejection', die);
  // Fail fast, in one line, when lib/ is missing. Only a look: loading the CLI here as well as in the
  // worker would compile every module twice (~40 ms of a small check).
  if (!fs.existsSync(MAIN)) {
    process.stderr.write(NOT_BUILT + '\n');
    process.exit(2);
  }
  // check's own V8 flags (lib/cli/bundle-load.js says why), before the worker's isolate is made; fill
  // reads and analyses the same way first (and then fits the code cache, built under these flags).
  let short = false;
  let batch = false;
  let here = false;
  let fill = false;
  let jobs;
  if (process.argv[2] === 'check' || process.argv[2] === 'fill') {
    try {
      const b = require(path.join(__dirname, '..', 'lib', 'cli', 'bundle-load.js'));
      for (const f of b.CHECK_V8_FLAGS) v8.setFlagsFromString(f);
      const check = process.argv[2] === 'check';
      const files = check ? inputFiles(process.argv.slice(3)) : fillInput(process.argv.slice(3));
      // A short check optimises less (SHORT_RUN_FLAGS says why); its code cache was made under the same flags.
      // The inputs' sizes, asked once (a batch may name hundreds of files): they decide both settings below.
      const size = check ? inputSize(files) : null;
      short = !!size && !!b.SHORT_RUN_FLAGS && size.n > 0 && size.bytes <= b.SHORT_RUN_BYTES;
      if (short) for (const f of b.SHORT_RUN_FLAGS) v8.setFlagsFromString(f);
      if (short) b.setShortRun(true);
      // A batch whose threads each get a short share optimises less too (BATCH_RUN_FLAGS says why; its own code cache).
      jobs = size && size.n > 1 ? batchJobs(process.argv.slice(3), size) : undefined;
      batch = !!jobs && !short && !!b.BATCH_RUN_FLAGS && b.batchShare(size.bytes, size.n, jobs);
      if (batch) for (const f of b.BATCH_RUN_FLAGS) v8.setFlagsFromString(f);
      if (batch) b.setBatchRun(true);
      here = inThread(files, b, check);
      // A small fill in this thread optimises less, as a short check does (SHORT_FILL_BYTES says why). Set after
      // inThread, which loaded the bundle from check's cache: V8 took the cache under the flags it was made with.
      if (!check && here && b.SHORT_FILL_BYTES && inputSize(files).bytes <= b.SHORT_FILL_BYTES) for (const f of b.SHORT_RUN_FLAGS) v8.setFlagsFromString(f);
      // fill's heap collections (lib/cli/collect.js) need V8's gc in the worker: given before its isolate is made.
      // Not here: this isolate is made already, and the flag would only make V8 refuse check's code cache.
      fill = !check && !here && !!b.FILL_V8_FLAGS;
      if (fill) for (const f of b.FILL_V8_FLAGS) v8.setFlagsFromString(f);
      bigFill = fill && inputSize(files).bytes >= FILL_BIG_BYTES;
    } catch {
      // An older lib/ without them: V8's defaults.
    }
  }
  if (here) runHere();
  else startWorker(short, batch, fill, jobs, process.argv[2] === 'check' ? earlyBatch(process.argv.slice(3), jobs) : null);
} else {
  if (workerData.short) require(path.join(__dirname, '..', 'lib', 'cli', 'bundle-load.js')).setShortRun(true);
  if (workerData.batch) require(path.join(__dirname, '..', 'lib', 'cli', 'bundle-load.js')).setBatchRun(true);
  if (workerData.fill) require(path.join(__dirname, '..', 'lib', 'cli', 'bundle-load.js')).setFillRun(true);
  const main = loadMain();
  main(workerData.argv).then(
    (code) => parentPort.postMessage(code),
    (e) => {
      throw e;
    },
  );
}
