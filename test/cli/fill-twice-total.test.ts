/**
 * A table that ends in its own 合计 line and gives no budget (real-05's sheet C): fill adds its 预算执行情况 block under the
 * 合计. Before session 24 the reader stopped at the 合计 and never saw that block again, so every later fill added one more
 * block (22 edits on the second run) and the 合计's 得分 stayed empty until a run read the block. Now the block under the
 * 合计 is read back as the funds (its empty amounts named: 全年预算数未填（E8）), the first fill writes the 合计's 得分 with
 * the block's 得分 in it, and a second fill changes nothing.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const bin = path.join(ROOT, 'bin', 'jixiao.js');
const built = fs.existsSync(path.join(ROOT, 'lib', 'cli.bundle.js'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-fill-twice-total-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const edited = (out: string) => Number(/（(\d+) 处修改/.exec(out)?.[1] ?? NaN);
const part = (file: string, p: string) => spawnSync('unzip', ['-p', file, p], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;

(built ? test : test.skip)('a block fill added under the sheet’s own 合计 is read back: the second fill changes nothing', () => {
  const input = path.join(ROOT, 'test', 'fixtures', 'real-05-sichuan-daying.xlsx');
  const once = path.join(tmp, 'once.xlsx');
  const twice = path.join(tmp, 'twice.xlsx');
  expect(run('fill', input, '-o', once).status).toBeLessThanOrEqual(1);
  // The 合计 line's 得分 counts the indicators and the new block's 得分 (J8).
  expect(part(once, 'xl/worksheets/sheet3.xml')).toMatch(/<c r="I6"[^>]*><f>[^<]*SUM\(I2:I5,J8\)/);
  const explain = run('check', '--explain', once).stdout;
  expect(explain).toContain('全年预算数未填（E8）');
  expect(explain).toMatch(/第 +7 行 +资金/);
  const again = run('fill', once, '-o', twice);
  expect(again.status).toBeLessThanOrEqual(1);
  expect(edited(again.stdout)).toBe(0);
  expect(part(twice, 'xl/worksheets/sheet3.xml')).toBe(part(once, 'xl/worksheets/sheet3.xml'));
});
