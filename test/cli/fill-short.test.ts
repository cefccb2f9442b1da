/**
 * A small `fill` in the launcher's thread optimises less, as a short `check` does: SHORT_RUN_FLAGS, set once its bundle
 * is loaded from check's code cache (bundle-load.ts SHORT_FILL_BYTES); a fill in the worker keeps fill's flags. V8
 * refuses a cache made under other flags without a word, so this test also looks at which cache the bundle was given
 * and whether V8 took it.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CHECK_V8_FLAGS, FILL_V8_FLAGS, SHORT_RUN_FLAGS } from '../../src/cli/bundle-load';
import { fixture } from '../helpers/fixtures';

const ROOT = path.join(__dirname, '..', '..');
const bin = path.join(ROOT, 'bin', 'jixiao.js');
const LOAD = path.join(ROOT, 'lib', 'cli', 'bundle-load.js');
const built = fs.existsSync(path.join(ROOT, 'lib', 'cli.bundle.short.cache')) && fs.existsSync(path.join(ROOT, 'lib', 'cli.bundle.fill.cache'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-fill-short-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Preloaded into every thread: the V8 flags set, which of lib/'s caches the bundle was compiled with, and whether V8 refused it. */
const HOOK = `const vm = require('vm');
const v8 = require('v8');
const set = v8.setFlagsFromString;
v8.setFlagsFromString = (f) => (require('fs').writeSync(2, '@@flag ' + f + '\\n'), set(f));
const fs = require('fs');
const { threadId } = require('worker_threads');
const { CACHES } = require(${JSON.stringify(LOAD)});
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(src, o) {
    super(src, o);
    if (!o || !String(o.filename).endsWith('cli.bundle.js')) return;
    const cache = o.cachedData ? Object.keys(CACHES).find((k) => Buffer.from(o.cachedData).equals(fs.readFileSync(CACHES[k]))) ?? 'other' : null;
    fs.writeSync(2, '@@bundle ' + JSON.stringify({ thread: threadId, cache, refused: this.cachedDataRejected === true }) + '\\n');
  }
};`;

(built ? describe : describe.skip)('the flags and code cache of a fill', () => {
  const hook = path.join(tmp, 'hook.js');
  fs.writeFileSync(hook, HOOK);
  const fill = (heap: string[]) => {
    const out = path.join(tmp, 'out.xlsx');
    const r = spawnSync(process.execPath, [...heap, '-r', hook, bin, 'fill', fixture('seed-tianjin-2024.xlsx'), '-o', out, '--force'], { encoding: 'utf8' });
    expect(r.status === 0 || r.status === 1).toBe(true);
    const bundles = [...r.stderr.matchAll(/@@bundle (.*)/g)].map((m) => JSON.parse(m[1]) as { thread: number; cache: string | null; refused: boolean });
    return { bundles, flags: [...r.stderr.matchAll(/@@flag (.*)/g)].map((m) => m[1]) };
  };

  test("a small workbook filled in the launcher: the short run flags once the bundle is in, check's cache accepted", () => {
    const r = fill([]);
    expect(r.flags).toEqual([...CHECK_V8_FLAGS, ...SHORT_RUN_FLAGS]);
    expect(r.bundles).toEqual([{ thread: 0, cache: 'full', refused: false }]);
  }, 60000);

  test('the same workbook in the worker (a small heap keeps it there): fill flags, no short run flags', () => {
    // The heap flag is a V8 flag too, so V8 refuses every cache here: only the flags are looked at.
    const r = fill(['--max-old-space-size=200']);
    expect(r.flags).toEqual([...CHECK_V8_FLAGS, ...FILL_V8_FLAGS]);
    expect(r.bundles.map((b) => [b.thread, b.cache])).toEqual([
      [0, 'full'],
      [1, 'fill'],
    ]);
  }, 60000);
});
