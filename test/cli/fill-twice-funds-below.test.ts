/**
 * A 自评表 whose own 项目资金 block stands right under the grid, with no 总分 line (v193): fill inserts its 总分 line between
 * the grid and the block. Before session 24 two things went wrong. The 总分 formula referred to the block's 得分 cell where it
 * stood before the insertion (H16, now the block's head “得分”), so Excel summed 90 where the report said 100. And a second
 * fill stopped reading at that 总分 line and never saw the block under it: no budget found, 22 edits on the second run.
 * Now the formula refers to the moved cell (H17), the block under the 总分 is read back as the funds whatever its head's
 * first label (项目资金（万元）, 资金情况, 预算执行情况), and a second fill changes nothing — in 万元 and in 元.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';

const ROOT = path.join(__dirname, '..', '..');
const bin = path.join(ROOT, 'bin', 'jixiao.js');
const built = fs.existsSync(path.join(ROOT, 'lib', 'cli.bundle.js'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-fill-twice-funds-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const edited = (out: string) => Number(/（(\d+) 处修改/.exec(out)?.[1] ?? NaN);
const part = (file: string, p: string) => spawnSync('unzip', ['-p', file, p], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
const source = path.join(ROOT, 'test', 'fixtures', 'variants', 'v193-self-funds-after-grid.xlsx');

/** v193 with its funds block's first label and money unit changed (rows 15–19, amounts in C–E). */
async function variant(name: string, head: string, yuan: boolean): Promise<string> {
  const out = path.join(tmp, name);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(source);
  const ws = wb.worksheets[0];
  for (let r = 15; r <= 19; r++) {
    ws.getCell(r, 1).value = head;
    if (yuan && r > 15)
      for (let c = 3; c <= 5; c++) {
        const v = ws.getCell(r, c).value;
        if (typeof v === 'number') ws.getCell(r, c).value = v * 10000;
      }
  }
  await wb.xlsx.writeFile(out);
  return out;
}

const cases: [string, () => Promise<string>][] = [
  ['v193 (项目资金（万元）)', async () => source],
  ['资金情况, in 元', () => variant('yuan.xlsx', '资金情况（元）', true)],
  ['预算执行情况', () => variant('exec.xlsx', '预算执行情况', false)],
];

(built ? test.each : test.skip.each)(cases)('%s: fill’s 总分 refers to the moved funds 得分, a second fill changes nothing', async (_, make) => {
  const input = await make();
  const once = path.join(tmp, `1-${path.basename(input)}`);
  const twice = path.join(tmp, `2-${path.basename(input)}`);
  expect(run('fill', input, '-o', once).status).toBeLessThanOrEqual(1);
  // 总分 inserted at row 15: the block's 得分 (H16 before) is H17 now.
  expect(part(once, 'xl/worksheets/sheet1.xml')).toMatch(/<c r="G15"[^>]*><f>[^<]*SUM\(G8:G14,H17\)/);
  expect(run('check', '--explain', once).stdout).toMatch(/预算：138(0000)? /);
  const again = run('fill', once, '-o', twice);
  expect(again.status).toBeLessThanOrEqual(1);
  expect(edited(again.stdout)).toBe(0);
  expect(part(twice, 'xl/worksheets/sheet1.xml')).toBe(part(once, 'xl/worksheets/sheet1.xml'));
});
