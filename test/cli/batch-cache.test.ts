/**
 * Every thread of a real `jixiao check` starts from the bundle's code cache and V8 accepts it (bench/batch-cache.ts:
 * 60–115 ms CPU a thread). V8 refuses a cache made under other flags without a word, so a flag set in one thread and
 * not when the cache was built (or the wrong cache picked) would only show as a slower start: this test sees it.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { fixture } from '../helpers/fixtures';

const ROOT = path.join(__dirname, '..', '..');
const bin = path.join(ROOT, 'bin', 'jixiao.js');
const built = fs.existsSync(path.join(ROOT, 'lib', 'cli.bundle.batch.cache'));

/**
 * Preloaded into every thread: the bundle's compile, whether it was given a cache and whether V8 refused it.
 * With JX_GATE set, threads 0 and 1 read their first workbook only once thread 2 has compiled the bundle (or
 * 30 s passed): on a loaded machine the two could otherwise check every file before the batch worker is up,
 * and the batch ends it before it says anything (CI, session 19).
 */
const HOOK = `const vm = require('vm');
const fs = require('fs');
const { threadId } = require('worker_threads');
const gate = process.env.JX_GATE;
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(src, o) {
    super(src, o);
    if (!o || !String(o.filename).endsWith('cli.bundle.js')) return;
    fs.writeSync(2, '@@bundle ' + JSON.stringify({ thread: threadId, given: !!o.cachedData, refused: this.cachedDataRejected === true }) + '\\n');
    if (gate && threadId === 2) fs.writeFileSync(gate, '');
  }
};
if (gate && threadId < 2) {
  const read = fs.readFileSync;
  let waited = false;
  fs.readFileSync = function (p, ...rest) {
    if (!waited && typeof p === 'string' && p.endsWith('.xlsx')) {
      waited = true;
      const t = Date.now();
      const nap = new Int32Array(new SharedArrayBuffer(4));
      while (!fs.existsSync(gate) && Date.now() - t < 30000) Atomics.wait(nap, 0, 0, 10);
    }
    return read.call(this, p, ...rest);
  };
}`;

describe("a check's threads start from the bundle's code cache", () => {
  (built ? test : test.skip)('accepted in the launcher, the CLI worker and batch workers, for one file and for batches on 1, 2 and 3 threads', () => {
    const hook = path.join(ROOT, '.tmp', 'bundle-cache-hook.js');
    fs.mkdirSync(path.dirname(hook), { recursive: true });
    fs.writeFileSync(hook, HOOK);
    const gate = path.join(ROOT, '.tmp', `bundle-cache-gate-${process.pid}`);
    const threads = (...args: string[]) => {
      fs.rmSync(gate, { force: true });
      const env = args[1] === '3' ? { ...process.env, JX_GATE: gate } : process.env;
      const r = spawnSync(process.execPath, ['-r', hook, bin, 'check', ...args], { encoding: 'utf8', maxBuffer: 1 << 26, env });
      fs.rmSync(gate, { force: true });
      expect(r.status === 0 || r.status === 1).toBe(true);
      return [...r.stderr.matchAll(/@@bundle (.*)/g)].map((m) => JSON.parse(m[1]) as { thread: number; given: boolean; refused: boolean }).sort((a, b) => a.thread - b.thread);
    };
    const seed = fixture('seed-tianjin-2024.xlsx');
    // Over 512 KB in all (not a short run), at most 1 MB a thread: the batch flags and their cache.
    const batch = Array.from({ length: Math.ceil((600 * 1024) / fs.statSync(seed).size) }, () => seed);
    const ok = (n: number) => Array.from({ length: n }, (_, thread) => ({ thread, given: true, refused: false }));
    // One small file: checked in the launcher's thread (short run's cache).
    expect(threads(seed)).toEqual(ok(1));
    // One thread: the CLI's worker alone (thread 1); the launcher never loads the bundle.
    expect(threads('--jobs', '1', ...batch)).toEqual(ok(2).slice(1));
    // Two: the launcher's thread and the CLI's worker; three: and one batch worker (the gate holds the others back).
    expect(threads('--jobs', '2', ...batch)).toEqual(ok(2));
    expect(threads('--jobs', '3', ...batch)).toEqual(ok(3));
  });
});
