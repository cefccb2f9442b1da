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

/** Preloaded into every thread: the bundle's compile, whether it was given a cache and whether V8 refused it. */
const HOOK = `const vm = require('vm');
const { threadId } = require('worker_threads');
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(src, o) {
    super(src, o);
    if (o && String(o.filename).endsWith('cli.bundle.js')) require('fs').writeSync(2, '@@bundle ' + JSON.stringify({ thread: threadId, given: !!o.cachedData, refused: this.cachedDataRejected === true }) + '\\n');
  }
};`;

describe("a check's threads start from the bundle's code cache", () => {
  (built ? test : test.skip)('accepted in the launcher, the CLI worker and batch workers, for one file and for batches on 1, 2 and 3 threads', () => {
    const hook = path.join(ROOT, '.tmp', 'bundle-cache-hook.js');
    fs.mkdirSync(path.dirname(hook), { recursive: true });
    fs.writeFileSync(hook, HOOK);
    const threads = (...args: string[]) => {
      const r = spawnSync(process.execPath, ['-r', hook, bin, 'check', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
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
    // Two: the launcher's thread and the CLI's worker; three: and one batch worker.
    expect(threads('--jobs', '2', ...batch)).toEqual(ok(2));
    expect(threads('--jobs', '3', ...batch)).toEqual(ok(3));
  });
});
