/**
 * fill on a 目标表 adds the 实际完成值 column; under a % target it formats the empty cell 0.00% and writes the score formula
 * that reads a number typed there as a percent (COUNT(F9,1/(…<=1.5))). A second fill on that output must change nothing:
 * before session 24 neither reader kept an empty cell's number format, so the second run took the cell for General and
 * rewrote those formulas in their General form (COUNT(1/(…<=1.5))) — a 160 % typed later (Excel keeps 1.6) scored 1.6.
 * seed-tianjin-2024: 22 edits on the second run, generation-b 7, flat-list 5, value-spellings 5; now 0, formulas identical.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const bin = path.join(ROOT, 'bin', 'jixiao.js');
const built = fs.existsSync(path.join(ROOT, 'lib', 'cli.bundle.js'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-fill-twice-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
/** Written: 0, or 1 when the report holds errors (generation-b's sheet has one). */
const wrote = (status: number | null) => status === 0 || status === 1;
const edited = (out: string) => Number(/（(\d+) 处修改/.exec(out)?.[1] ?? NaN);
const sheets = (file: string) =>
  spawnSync('unzip', ['-Z1', file], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
/** Every formula of the workbook's sheets, by part and cell. */
const formulas = (file: string) =>
  sheets(file).flatMap((p) =>
    [...spawnSync('unzip', ['-p', file, p], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout.matchAll(/<c r="([A-Z]+\d+)"[^>]*><f>([^<]*)<\/f>/g)].map(
      (m) => `${p} ${m[1]} ${m[2]}`,
    ),
  );

(built ? test.each : test.skip.each)(['seed-tianjin-2024.xlsx', 'generation-b.xlsx', 'flat-list.xlsx', 'value-spellings.xlsx'])(
  '%s: a second fill on fill’s output changes nothing, the % targets’ formulas included',
  (name) => {
    const input = path.join(ROOT, 'test', 'fixtures', name);
    const once = path.join(tmp, `1-${name}`);
    const twice = path.join(tmp, `2-${name}`);
    expect(wrote(run('fill', input, '-o', once).status)).toBe(true);
    const first = formulas(once);
    // The percent form is there to keep: the added 实际完成值 cell is 0.00%, its number read as a percent.
    expect(first.some((f) => /COUNT\([A-Z]+\d+,1\//.test(f))).toBe(true);
    const again = run('fill', once, '-o', twice);
    expect(wrote(again.status)).toBe(true);
    expect(edited(again.stdout)).toBe(0);
    expect(formulas(twice)).toEqual(first);
  },
);
