/**
 * A 目标表 whose grid ends in its 预算规模及资金用途 lines, the last a long 资金用途 sentence (v186): the reader stops at that
 * sentence, and fill adds its 预算执行情况 block and 总分 under it. Before session 24 the second fill stopped at the same
 * sentence and never saw the block, so it added another one (29 edits on the second run, one more block each run). Now a
 * block fill wrote under such a line (预算执行情况 naming 全年预算数 and 全年执行数) is read back as the funds, with its
 * 总分 line, and a second fill changes nothing. The first fill writes the same bytes as before.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';

const ROOT = path.join(__dirname, '..', '..');
const bin = path.join(ROOT, 'bin', 'jixiao.js');
const built = fs.existsSync(path.join(ROOT, 'lib', 'cli.bundle.js'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-fill-twice-prose-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const edited = (out: string) => Number(/（(\d+) 处修改/.exec(out)?.[1] ?? NaN);
const part = (file: string, p: string) => spawnSync('unzip', ['-p', file, p], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
const source = path.join(ROOT, 'test', 'fixtures', 'variants', 'v186-funds-after-grid.xlsx');

/** v186 with its 资金用途 sentence (row 15, merged B15 on) worded otherwise. */
async function variant(name: string, sentence: string): Promise<string> {
  const out = path.join(tmp, name);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(source);
  wb.worksheets[0].getCell('B15').value = sentence;
  await wb.xlsx.writeFile(out);
  return out;
}

const cases: [string, () => Promise<string>][] = [
  ['v186', async () => source],
  ['资金主要用于…', () => variant('use.xlsx', '资金主要用于发放家庭经济困难学生助学金，按学期足额发放到学生本人账户，不得挤占挪用。')],
  ['用途说明', () => variant('note.xlsx', '用途说明：用于资助1280名家庭经济困难学生，每生每年2000元，分春秋两学期发放。')],
];

(built ? test.each : test.skip.each)(cases)('%s: the block fill adds under the 资金用途 line is read back, a second fill changes nothing', async (_, make) => {
  const input = await make();
  const once = path.join(tmp, `1-${path.basename(input)}`);
  const twice = path.join(tmp, `2-${path.basename(input)}`);
  expect(run('fill', input, '-o', once).status).toBeLessThanOrEqual(1);
  const explain = run('check', '--explain', once).stdout;
  expect(explain).toMatch(/第 +16 行 +资金/);
  expect(explain).toMatch(/第 +18 行 +总分/);
  const again = run('fill', once, '-o', twice);
  expect(again.status).toBeLessThanOrEqual(1);
  expect(edited(again.stdout)).toBe(0);
  expect(part(twice, 'xl/worksheets/sheet1.xml')).toBe(part(once, 'xl/worksheets/sheet1.xml'));
});
