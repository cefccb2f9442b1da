/**
 * Runs the CLI from lib/cli.bundle.js (scripts/bundle-cli.js) with V8's code cache: one file read and,
 * when the cache fits this Node, almost nothing compiled — instead of ~115 modules resolved, read and
 * compiled by every process and every batch worker. Each module still gets its own module object in
 * require's cache, so it exists once whichever way it is reached. Without a fresh bundle (tsc run alone,
 * or sources run through ts-node), the modules are required from disk as usual.
 */
import { isAscii } from 'buffer';
import * as fs from 'fs';
import Module, { createRequire } from 'module';
import * as path from 'path';
import * as vm from 'vm';

type Factory = (exports: object, require: (id: string) => unknown, module: Module, filename: string, dirname: string) => void;

const LIB = path.join(__dirname, '..');

/**
 * V8 flags for `check` (set by bin/jixiao.js before its worker starts, and by the bundle's build so that
 * the code cache fits them). A check is short: most of its CPU is V8 warming up on the engine's code,
 * and TurboFan's inlining and background compiles cost more CPU than they repay in that time (10 000
 * and 100 000 rows: about -10 % CPU each; docs/file-io.md). `fill` too (its first half is a check, and
 * the code cache then fits it): 1 000 rows -12 %, 10 000 rows -20 %, 100 000 rows a few % CPU.
 * No allocation-site pretenuring: V8 watches which allocation sites' objects survive and, at a collection,
 * moves those sites to old-space allocation and throws away every optimised function that allocates there
 * (“code dependencies”). A check keeps its indicator rows, row roles and findings to the end, so this fired
 * while the engine was being optimised: readTable, readIndicator, the sheet Reader and the grid's row store
 * compiled by TurboFan, then dropped to slower code (10 of a 100 000-row check's 45 deoptimisations; 2 without
 * it). Peak unchanged; CPU, alternated runs: 100 000 rows about -10 %, 10 000 rows -6 % (docs/file-io.md).
 */
export const CHECK_V8_FLAGS = ['--no-concurrent-recompilation', '--no-turbo-inlining', '--no-allocation-site-pretenuring'];
/**
 * Added for a short `check` (inputs of at most SHORT_RUN_BYTES): about a third of a cold check's CPU is
 * TurboFan compiling ~170 functions on the thread that runs them, and in a short run many never repay
 * it. A 4× budget optimises only what stays hot: 1 000 and 10 000 rows -6 to -9 % CPU. Longer runs
 * repay it (100 000 rows: +10 %), so they keep V8's default (docs/file-io.md).
 */
export const SHORT_RUN_FLAGS = ['--interrupt-budget=270336'];
export const SHORT_RUN_BYTES = 512 * 1024;
/**
 * A `fill` run in the launcher's thread (bin/jixiao.js inThread) on an input of at most SHORT_FILL_BYTES gets
 * SHORT_RUN_FLAGS too, set once its bundle is loaded (the launcher loaded it from check's cache to ask whether the
 * fill fits here, so the cache is taken before the flag changes). A fill does ~2.5× a check's work per byte, but its
 * planner and package writer are cold code as a check's recogniser is. CPU (user + sys), alternated pairs on a shared
 * machine (docs/file-io.md, session 21): 1 000 rows -16 %, 300 projects -19 %, 10 000 rows -5 %, 20 000 rows -3 %,
 * 1 000 small sheets (1.05 MB) -9 %; 40 000 rows (1.4 MB) no gain, so larger inputs keep V8's default.
 */
export const SHORT_FILL_BYTES = 1280 * 1024;
/**
 * Added for a batch `check` whose threads each get a short run (at most BATCH_SHARE_BYTES of input a thread,
 * counted by batchShare()): every thread is its own V8 isolate and pays TurboFan's compiles afresh — nothing
 * optimised is shared between isolates — so with two threads each compiles the same ~300 functions for half the
 * files. An 8× budget compiles only what stays hot in such a share (docs/file-io.md, session 13).
 */
export const BATCH_RUN_FLAGS = ['--interrupt-budget=540672'];
export const BATCH_SHARE_BYTES = 1024 * 1024;

/** A batch's input (`bytes` over `files`) shared by `threads` is short in each thread: BATCH_RUN_FLAGS pay. */
export function batchShare(bytes: number, files: number, threads: number): boolean {
  const n = Math.max(1, Math.min(threads, files));
  return files > 1 && n > 1 && bytes / n <= BATCH_SHARE_BYTES;
}
export const BUNDLE = path.join(LIB, 'cli.bundle.js');
/** One code cache per set of flags: V8 refuses a cache made under other flags. */
export const CACHES = {
  full: path.join(LIB, 'cli.bundle.cache'),
  short: path.join(LIB, 'cli.bundle.short.cache'),
  fill: path.join(LIB, 'cli.bundle.fill.cache'),
  batch: path.join(LIB, 'cli.bundle.batch.cache'),
};
/**
 * Added for `fill`'s worker (bin/jixiao.js sets them before the worker's isolate is made): its heap
 * collections at the end of a phase (cli/collect.ts) need V8's `gc`; and the old generation may grow to
 * 1.5× what the last full collection left instead of V8's ~2.7× — planning a large fill leaves checked
 * projects and replaced cells behind faster than it keeps anything (100 000 rows: peak 521 → 454 MB,
 * CPU within noise). 1.25× since session 14: the live heap is mostly the package writer's rows now, which
 * stay, so the growth allowed on top of them was garbage's room (see docs/file-io.md, session 14).
 * V8 refuses a code cache made under other flags, so `fill` has its own.
 */
export const FILL_V8_FLAGS = ['--expose-gc', '--heap-growing-percent=25'];

let short = false;
let fill = false;
let batch = false;

/** This thread runs under BATCH_RUN_FLAGS too (bin/jixiao.js decides, batch workers are told): its code cache is the batch one. */
export function setBatchRun(on: boolean): void {
  batch = on;
}

export function batchRun(): boolean {
  return batch;
}

/** This thread runs under FILL_V8_FLAGS too (bin/jixiao.js decides): its code cache is the fill one. */
export function setFillRun(on: boolean): void {
  fill = on;
}

/** This thread runs under SHORT_RUN_FLAGS too (bin/jixiao.js decides, batch workers are told): its code cache is the short one. */
export function setShortRun(on: boolean): void {
  short = on;
}

export function shortRun(): boolean {
  return short;
}

export interface Loaded {
  script: vm.Script;
  /** A module of the bundle by its path under lib/ ('cli/main.js'). */
  require(rel: string): unknown;
}

interface Bundle {
  lib: Record<string, Factory>;
  /** Packages by name: the file (relative to lib/) and its code. */
  packages: Record<string, { file: string; factory: Factory }>;
  /** Each module's relative requires, resolved when the bundle was made (absent in an older bundle). */
  deps?: Record<string, Record<string, string>>;
}

/**
 * The bundle's source. scripts/bundle-cli.js writes it in ASCII (\uXXXX escapes): read as Latin-1 it is a one-byte
 * string, ~4 ms against ~20 ms for UTF-8 decoded into a two-byte string (1.2 MB, busy machine), in every process and
 * batch thread. A bundle that is not ASCII (an older build, or one the bundler left in UTF-8) is read as UTF-8.
 */
export function bundleSource(file: string): string {
  const bytes = fs.readFileSync(file);
  return typeof isAscii === 'function' && isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** The bundle's modules, compiled with `cache` when given (V8 checks it fits this Node and flags). */
export function loadBundle(file: string, cache: Buffer | null): Loaded {
  const script = new vm.Script(bundleSource(file), { filename: file, cachedData: cache ?? undefined });
  const bundle = (script.runInThisContext() as () => Bundle)();
  const lib = path.dirname(file);
  const outside = createRequire(file);
  const deps = bundle.deps ?? {};
  const key = (from: string, id: string): string | null => {
    // Resolved at build time: ~830 requires, each normalising paths cold, were ~20 ms of every thread's start.
    const known = deps[from]?.[id];
    if (known !== undefined) return known;
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), id));
    for (const k of [base, `${base}.js`, `${base}/index.js`]) if (k in bundle.lib) return k;
    return null;
  };
  /** Like Node's loader: one module object per file in require's cache, registered before it runs (cycles). */
  const run = (filename: string, factory: Factory, req: (id: string) => unknown): unknown => {
    const hit = require.cache[filename];
    if (hit) return hit.exports;
    const m = new Module(filename, module);
    m.filename = filename;
    require.cache[filename] = m;
    try {
      factory.call(m.exports, m.exports, req, m, filename, path.dirname(filename));
    } catch (e) {
      delete require.cache[filename];
      throw e;
    }
    m.loaded = true;
    return m.exports;
  };
  /** Each module's file name, made once (a module is required from many others). */
  const names: Record<string, string> = {};
  const load = (rel: string): unknown => {
    const filename = (names[rel] ??= path.join(lib, rel));
    const hit = require.cache[filename];
    if (hit) return hit.exports;
    const req = (id: string): unknown => {
      if (id.startsWith('.')) {
        const k = key(rel, id);
        return k ? load(k) : outside(path.join(path.dirname(filename), id));
      }
      const p = bundle.packages[id];
      return p ? run(path.join(lib, p.file), p.factory, outside) : outside(id);
    };
    return run(filename, bundle.lib[rel], req);
  };
  return { script, require: load };
}

/** A bundle no older than the compiled modules (a `tsc` alone leaves it stale: then it is not used). */
function fresh(): boolean {
  try {
    return fs.statSync(BUNDLE).mtimeMs >= fs.statSync(path.join(LIB, 'cli', 'main.js')).mtimeMs;
  } catch {
    return false;
  }
}

let loaded: Loaded | null | undefined;

/** The module at `rel` under lib/ ('cli/main.js'): from the bundle when there is a fresh one, else from disk. */
export function requireCli(rel: string): unknown {
  if (loaded === undefined) {
    loaded = null;
    if (__filename.endsWith('.js') && fresh()) {
      let cache: Buffer | null = null;
      try {
        cache = fs.readFileSync(fill ? CACHES.fill : batch ? CACHES.batch : short ? CACHES.short : CACHES.full);
      } catch {
        // No cache: compiled as usual.
      }
      loaded = loadBundle(BUNDLE, cache);
    }
  }
  return loaded ? loaded.require(rel) : createRequire(__filename)(path.join(LIB, rel));
}
