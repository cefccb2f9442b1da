/**
 * Batch `check`: worker threads change nothing the user sees (output order, exit codes); the
 * JSON report is compact; `check` never loads the spreadsheet library.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { fixture } from '../helpers/fixtures';
import { Worker } from 'worker_threads';
import { generateMerged } from '../../bench/merged';
import { launcherHelp, type HelperMessage } from '../../src/cli/batch-help';
import { HEAP_BASE, HEAP_SHARE } from '../../src/cli/check-inline';
import { readDirectory } from '../../src/gateways/xlsx/zip';

const ROOT = path.join(__dirname, '..', '..');
const bin = path.join(ROOT, 'bin', 'jixiao.js');
const built = fs.existsSync(path.join(ROOT, 'lib', 'cli', 'main.js'));

const FILES = [
  fixture('seed-tianjin-2024.xlsx'),
  fixture('not-a-table.xlsx'),
  fixture('real-01-anhui-chizhou.xlsx'),
  fixture('flat-list.xlsx'),
  path.join(ROOT, 'test', 'fixtures', 'missing.xlsx'),
  fixture('real-05-sichuan-daying.xlsx'),
  fixture('generation-b.xlsx'),
  fixture('real-11-jiangxi-shangrao.xlsx'),
  fixture('value-spellings.xlsx'),
];

const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('batch check', () => {
  (built ? test : test.skip)('two worker threads give the output and exit code of one thread, in file order', () => {
    for (const json of [[], ['--json']]) {
      const one = cli('check', '--jobs', '1', ...json, ...FILES);
      const two = cli('check', '--jobs', '2', ...json, ...FILES);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
      expect(two.status).toBe(one.status);
      expect(one.status).toBe(2);
      expect(one.stderr.split('\n').filter(Boolean)).toHaveLength(2);
    }
  });

  (built ? test : test.skip)('check does not load ExcelJS', () => {
    const r = spawnSync(
      process.execPath,
      [
        '-e',
        `
      const { main } = require(${JSON.stringify(path.join(ROOT, 'lib', 'cli', 'main.js'))});
      main(['check', ${JSON.stringify(fixture('seed-tianjin-2024.xlsx'))}], { log() {}, err() {} }).then((code) => {
        const loaded = Object.keys(require.cache).some((k) => /node_modules[\\\\/]exceljs[\\\\/]/.test(k));
        process.stdout.write(JSON.stringify({ code, loaded }));
      });`,
      ],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(r.stdout)).toEqual({ code: 0, loaded: false });
  });

  test('--json is one compact line with the fields of contracts §3', async () => {
    const out: string[] = [];
    const code = await main(['check', '--json', fixture('seed-tianjin-2024.xlsx'), fixture('generation-b.xlsx')], { log: (s) => out.push(s), err: () => {} });
    expect(out).toHaveLength(1);
    expect(out[0]).not.toMatch(/\n/);
    const j = JSON.parse(out[0]);
    expect(Object.keys(j)).toEqual(['files', 'summary']);
    expect(j.files.map((f: { file: string }) => path.basename(f.file))).toEqual(['seed-tianjin-2024.xlsx', 'generation-b.xlsx']);
    const all = j.files.flatMap((f: { diagnostics: { severity: string }[] }) => f.diagnostics);
    expect(j.summary.errors).toBe(all.filter((d: { severity: string }) => d.severity === 'error').length);
    expect(code).toBe(j.summary.errors > 0 ? 1 : 0);
  });

  test('--json streamed a file at a time gives the bytes of the collected report (with and without usable files)', async () => {
    for (const files of [FILES, [fixture('not-a-table.xlsx'), fixture('flat-list.xlsx')], [fixture('generation-b.xlsx')]]) {
      const kept: string[] = [];
      const codeKept = await main(['check', '--json', '--jobs', '1', ...files], { log: (s) => kept.push(s), err: () => {} });
      const pieces: string[] = [];
      const codeStreamed = await main(['check', '--json', '--jobs', '1', ...files], { log: () => pieces.push('<log>'), err: () => {}, write: (s) => pieces.push(s) });
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.join('')).toBe(kept.join('\n') + '\n');
      expect(codeStreamed).toBe(codeKept);
    }
  });

  (built ? test : test.skip)("a worker hands a file's JSON report back in pieces, which join to the report's bytes", async () => {
    const file = await generateMerged(1000, path.join(ROOT, '.tmp', 'bench'));
    const kept: string[] = [];
    await main(['check', '--json', file], { log: (s) => kept.push(s), err: () => {} });
    const whole = kept.join('');
    const want = whole.slice('{"files":['.length, whole.lastIndexOf('],"summary":'));
    const w = new Worker(path.join(ROOT, 'lib', 'cli', 'check-worker.js'), { workerData: { json: true, verbose: false } });
    try {
      const pieces: string[] = [];
      const result = await new Promise<Record<string, unknown>>((resolve, reject) => {
        w.on('message', (m: { piece?: string; result?: Record<string, unknown>; crash?: string }) => {
          if (m.crash) reject(new Error(m.crash));
          else if (m.piece !== undefined) pieces.push(m.piece);
          else resolve(m.result!);
        });
        w.on('error', reject);
        w.postMessage({ i: 0, file });
      });
      expect(pieces.length).toBeGreaterThan(5);
      expect(pieces.join('')).toBe(want);
      expect(result.report).toBe('');
      expect(result.reportChunks).toBeUndefined();
    } finally {
      await w.terminate();
    }
  });

  (built ? test : test.skip)('a worker takes files from the shared counter until none is left, each file once', async () => {
    const files = [fixture('seed-tianjin-2024.xlsx'), fixture('not-a-table.xlsx'), fixture('flat-list.xlsx'), fixture('generation-b.xlsx')];
    const next = new Int32Array(new SharedArrayBuffer(4));
    // This thread has taken file 0 already, as the batch's own thread does.
    Atomics.add(next, 0, 1);
    const w = new Worker(path.join(ROOT, 'lib', 'cli', 'check-worker.js'), { workerData: { json: false, verbose: false } });
    try {
      const got = await new Promise<number[]>((resolve, reject) => {
        const seen: number[] = [];
        w.on('message', (m: { i: number; result?: { file: string }; crash?: string }) => {
          if (m.crash) return reject(new Error(m.crash));
          expect(m.result!.file).toBe(files[m.i]);
          seen.push(m.i);
          if (seen.length === files.length - 1) resolve(seen);
        });
        w.on('error', reject);
        w.postMessage({ files, next });
      });
      expect(got).toEqual([1, 2, 3]);
      expect(Atomics.load(next, 0)).toBeGreaterThanOrEqual(files.length);
    } finally {
      await w.terminate();
    }
  });

  (built ? test : test.skip)("the launcher's thread taking files (--jobs 2, 3) changes nothing, nor a heap that sends files back (a worker takes the launcher's place)", () => {
    const one = cli('check', '--jobs', '1', ...FILES);
    for (const [node, jobs] of [
      [[], '2'],
      [[], '3'],
      // A heap of ~258 MB leaves the launcher ~32 KB of parts: the larger fixtures go back to the CLI's thread;
      // one of ~148 MB takes none.
      [['--max-old-space-size=210'], '2'],
      [['--max-old-space-size=210'], '3'],
      [['--max-old-space-size=100'], '2'],
    ] as const) {
      const r = spawnSync(process.execPath, [...node, bin, 'check', '--jobs', jobs, ...FILES], { encoding: 'utf8' });
      expect([r.stdout, r.stderr, r.status]).toEqual([one.stdout, one.stderr, one.status]);
    }
  });

  test("the launcher's thread takes only workbooks small beside its heap: it hands the first other back as skip and stops", async () => {
    const parts = (f: string) => [...readDirectory(fs.readFileSync(f)).values()].reduce((s, e) => s + e.size, 0);
    const small = fixture('generation-b.xlsx');
    const large = fixture('seed-tianjin-2024.xlsx');
    expect(parts(small)).toBeLessThan(parts(large));
    const files = [small, fixture('not-a-table.xlsx'), large, small, small];
    const next = new Int32Array(new SharedArrayBuffer(4));
    const got: HelperMessage[] = [];
    await launcherHelp({ files, next }, { json: false, verbose: false }, HEAP_BASE + parts(small) * HEAP_SHARE, (m) => got.push(m));
    expect(got.map((m) => [m.i, 'skip' in m ? 'skip' : 'result' in m ? m.result.ok : 'other'])).toEqual([
      [0, true],
      [1, false],
      [2, 'skip'],
    ]);
    // The files after it are left on the counter for the other threads.
    expect(Atomics.load(next, 0)).toBe(3);
  });

  test("a helper lets its thread's event loop turn between files: the launcher's thread passes the CLI thread's output on during the batch, not all at its end", async () => {
    const small = fixture('generation-b.xlsx');
    const next = new Int32Array(new SharedArrayBuffer(4));
    const seen: string[] = [];
    // What the launcher's event loop does while it helps (relaying the CLI thread's stdout) comes in as messages: a macrotask.
    const tick = () => {
      seen.push('loop');
      if (seen.length < 20) setImmediate(tick);
    };
    setImmediate(tick);
    await launcherHelp({ files: [small, small, small], next }, { json: false, verbose: false }, 1 << 30, (m) => {
      if ('result' in m) seen.push(`file ${m.i}`);
    });
    const files = seen.filter((s) => s.startsWith('file'));
    expect(files).toEqual(['file 0', 'file 1', 'file 2']);
    // Between one file's result and the next file's, the event loop turned at least once.
    expect(seen.indexOf('file 1') - seen.indexOf('file 0')).toBeGreaterThan(1);
    expect(seen.indexOf('file 2') - seen.indexOf('file 1')).toBeGreaterThan(1);
  });

  test('--jobs must be a positive integer', async () => {
    const err: string[] = [];
    expect(await main(['check', '--jobs', '0', fixture('seed-tianjin-2024.xlsx')], { log: () => {}, err: (s) => err.push(s) })).toBe(2);
    expect(err[0]).toContain('--jobs 应为正整数');
  });
});
