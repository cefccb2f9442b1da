/** One workbook is checked in the launcher's thread only when its parts are small beside the heap (check-inline.ts). */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { fitsInThread, HEAP_BASE, HEAP_SHARE } from '../../src/cli/check-inline';
import { readDirectory } from '../../src/gateways/xlsx/zip';
import { generateMerged } from '../../bench/merged';
import { fixture } from '../helpers/fixtures';

const ROOT = path.join(__dirname, '..', '..');
const bin = path.join(ROOT, 'bin', 'jixiao.js');
const built = fs.existsSync(path.join(ROOT, 'lib', 'cli', 'main.js'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-inline-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const seed = fixture('seed-tianjin-2024.xlsx');
/** What the seed's zip directory says its parts inflate to. */
const declared = () => [...readDirectory(fs.readFileSync(seed)).values()].reduce((s, e) => s + e.size, 0);

describe('fitsInThread', () => {
  test('a workbook whose declared parts are at most 1/64 of the heap past its base runs here, one byte more does not', () => {
    const parts = declared();
    expect(fitsInThread(seed, HEAP_BASE + parts * HEAP_SHARE)).toBe(true);
    expect(fitsInThread(seed, HEAP_BASE + parts * HEAP_SHARE - HEAP_SHARE)).toBe(false);
  });

  test('a heap made small on purpose (--max-old-space-size=40) keeps the worker, whose failure is one line', () => {
    expect(fitsInThread(seed, 40 * 1048576)).toBe(false);
  });

  test('the declared sizes count, not the file size: a part that inflates far past the file goes to the worker', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    zip.file('xl/worksheets/sheet1.xml', `<worksheet><sheetData>${'<row/>'.repeat(200000)}</sheetData></worksheet>`);
    const file = path.join(tmp, 'inflates.xlsx');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const size = fs.statSync(file).size;
    expect(size).toBeLessThan(100000);
    expect(fitsInThread(file, HEAP_BASE + size * HEAP_SHARE * 2)).toBe(false);
  });

  test('a file larger than its share is not even read; a missing or non-zip file is the check’s to refuse (here)', () => {
    expect(fitsInThread(seed, HEAP_BASE + 1024)).toBe(false);
    expect(fitsInThread(path.join(tmp, 'missing.xlsx'), 1 << 30)).toBe(true);
    const text = path.join(tmp, 'text.xlsx');
    fs.writeFileSync(text, 'a,b,c\n');
    expect(fitsInThread(text, 1 << 30)).toBe(true);
  });
});

(built ? describe : describe.skip)('the launcher', () => {
  test('one workbook checked in its thread says what the same workbook says among others (a batch, in a worker)', () => {
    const one = spawnSync(process.execPath, [bin, 'check', seed], { encoding: 'utf8' });
    const two = spawnSync(process.execPath, [bin, 'check', '--jobs', '1', seed, seed], { encoding: 'utf8' });
    expect(one.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout + one.stdout);
    expect(two.status).toBe(one.status);
  });

  test('a reader that stops early: quiet, with the exit code of a full run (one workbook, in its thread)', async () => {
    const file = await generateMerged(1000, tmp);
    for (const opts of [[], ['--json']]) {
      const full = spawnSync(process.execPath, [bin, 'check', ...opts, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
      expect(Buffer.byteLength(full.stdout)).toBeGreaterThan(1 << 16);
      const early = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
        const p = spawn(process.execPath, [bin, 'check', ...opts, file]);
        let stderr = '';
        p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        p.stdout.once('data', () => p.stdout.destroy());
        p.on('close', (status) => resolve({ status, stderr }));
      });
      expect(early).toEqual({ status: full.status, stderr: '' });
    }
  }, 60000);

  test('a bad file checked in its thread is still one Chinese line and exit 2', () => {
    const text = path.join(tmp, 'bad.xlsx');
    fs.writeFileSync(text, 'a,b,c\n');
    const r = spawnSync(process.execPath, [bin, 'check', text], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^jixiao：无法读取 .*CSV/)]);
  });
});
