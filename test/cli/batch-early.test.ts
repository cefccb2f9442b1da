/**
 * A batch check's launcher thread starts on the files at once, beside the CLI's worker (src/cli/batch-early.ts):
 * only for command lines it reads exactly as the CLI does, and the CLI's thread takes that batch only when it is its own.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { plainSetup, takeEarly, type EarlyBatch } from '../../src/cli/batch-early';
import { fixture } from '../helpers/fixtures';

const ROOT = path.join(__dirname, '..', '..');
const bin = path.join(ROOT, 'bin', 'jixiao.js');
const built = fs.existsSync(path.join(ROOT, 'lib', 'cli', 'batch-early.js'));

const counter = () => new Int32Array(new SharedArrayBuffer(4));

describe("the launcher's early start of a batch check", () => {
  test('the launcher reads files, --json, --verbose, --explain and --jobs; anything else is left to the CLI', () => {
    expect(plainSetup(['a.xlsx', 'b.xlsx'])).toEqual({ json: false, verbose: false, explain: false });
    expect(plainSetup(['--json', 'a.xlsx', '--jobs', '2', 'b.xlsx'])).toEqual({ json: true, verbose: false, explain: false });
    expect(plainSetup(['a.xlsx', '--jobs=2', '--verbose', 'b.xlsx', '--explain'])).toEqual({ json: false, verbose: true, explain: true });
    for (const other of [['--map', 'm.json'], ['--scheme', 'x'], ['--config', 'c.json'], ['--bogus'], ['-v'], ['--'], ['--json=1']]) {
      expect(plainSetup(['a.xlsx', ...other, 'b.xlsx'])).toBeNull();
    }
  });

  test("the CLI's thread takes the launcher's batch only when its files and options are its own; otherwise it runs the launcher's counter out", () => {
    const setup = { json: true, verbose: false, explain: false };
    const early = (): EarlyBatch => ({ files: ['a.xlsx', 'b.xlsx', 'c.xlsx'], next: counter(), setup });
    const same = early();
    expect(takeEarly(same, { files: ['a.xlsx', 'b.xlsx', 'c.xlsx'], setup: { ...setup, map: undefined, scheme: undefined, config: undefined } })).toBe(same);
    expect(Atomics.load(same.next, 0)).toBe(0);
    expect(takeEarly(undefined, { files: ['a.xlsx'], setup })).toBeNull();
    for (const want of [
      { files: ['a.xlsx', 'c.xlsx', 'b.xlsx'], setup },
      { files: ['a.xlsx', 'b.xlsx'], setup },
      { files: ['a.xlsx', 'b.xlsx', 'c.xlsx'], setup: { ...setup, json: false } },
      { files: ['a.xlsx', 'b.xlsx', 'c.xlsx'], setup: { ...setup, explain: true } },
      { files: ['a.xlsx', 'b.xlsx', 'c.xlsx'], setup: { ...setup, scheme: 'x' } },
      { files: ['a.xlsx', 'b.xlsx', 'c.xlsx'], setup: { ...setup, map: {} } },
    ]) {
      const e = early();
      expect(takeEarly(e, want)).toBeNull();
      expect(Atomics.load(e.next, 0)).toBe(3);
    }
  });

  (built ? test : test.skip)("a two-thread batch's CLI thread is handed the launcher's batch with its worker; a one-thread batch or another option is not", () => {
    const hook = path.join(ROOT, '.tmp', 'early-hook.js');
    fs.mkdirSync(path.dirname(hook), { recursive: true });
    // In the CLI's worker: what the launcher handed it, straight to fd 2.
    fs.writeFileSync(
      hook,
      `const w = require('worker_threads');
if (!w.isMainThread && w.workerData && Array.isArray(w.workerData.argv)) {
  const e = w.workerData.early;
  require('fs').writeSync(2, '@@early ' + JSON.stringify(e ? { files: e.files.length, setup: e.setup, shared: e.next.buffer instanceof SharedArrayBuffer } : null) + '\\n');
}`,
    );
    const files = [fixture('generation-b.xlsx'), fixture('flat-list.xlsx'), fixture('not-a-table.xlsx')];
    const early = (...args: string[]) => {
      const r = spawnSync(process.execPath, ['-r', hook, bin, 'check', ...args], { encoding: 'utf8' });
      const m = /@@early (.*)/.exec(r.stderr);
      return m ? JSON.parse(m[1]) : 'no worker';
    };
    expect(early('--jobs', '2', '--json', ...files)).toEqual({ files: 3, setup: { json: true, verbose: false, explain: false }, shared: true });
    expect(early('--jobs=3', ...files)).toEqual({ files: 3, setup: { json: false, verbose: false, explain: false }, shared: true });
    expect(early('--jobs', '1', ...files)).toBeNull();
    expect(early('--jobs', '2', '--scheme', 'zz', ...files)).toBeNull();
  });

  (built ? test : test.skip)('the early start changes nothing the user sees: text, --json and --explain as --jobs 1, and a refused command line ends as before', () => {
    const files = [
      fixture('seed-tianjin-2024.xlsx'),
      fixture('not-a-table.xlsx'),
      fixture('generation-b.xlsx'),
      path.join(ROOT, 'test', 'fixtures', 'missing.xlsx'),
      fixture('flat-list.xlsx'),
    ];
    const cli = (...args: string[]) => spawnSync(process.execPath, [bin, 'check', ...args], { encoding: 'utf8' });
    for (const mode of [[], ['--json'], ['--explain'], ['--verbose']]) {
      const one = cli('--jobs', '1', ...mode, ...files);
      const two = cli('--jobs', '2', ...mode, ...files);
      expect([two.stdout, two.stderr, two.status]).toEqual([one.stdout, one.stderr, one.status]);
    }
    // The launcher reads the first --jobs (2) and starts; the CLI reads the last and refuses it: the launcher stops.
    const refused = cli('--jobs', '2', '--jobs', '0', ...files);
    expect([refused.stdout, refused.stderr, refused.status]).toEqual(['', expect.stringContaining('--jobs 应为正整数'), 2]);
  });
});
