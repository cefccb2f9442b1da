/**
 * The funds and total lines `fill` inserts under a table copy the last indicator row's formats; a %
 * or a date there must not reach the numbers written on them (a 分值 of 10 shown as 1000%).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { planAll } from '../../src/engine/planner';
import { applyPlan } from '../../src/gateways/exceljs/apply';
import { readWorkbook } from '../../src/gateways/exceljs/read';
import { writeWorkbook } from '../../src/gateways/exceljs/write';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-fill-formats-'));

test('inserted funds and total lines keep their own number formats', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('目标表');
  const rows: (string | number)[][] = [
    ['项目名称', '社区老年助餐服务补助'],
    ['预算数', 65.46, '其中：财政资金', 65.46],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '助餐服务人次', '38508人次'],
    ['产出指标', '时效指标', '补助资金拨付及时率', 1],
    ['效益指标', '社会效益指标', '老年人就餐难问题', '有效缓解'],
    ['满意度指标', '服务对象满意度指标', '就餐老年人满意度', 0.95],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 1, j + 1).value = v)));
  // The last indicator row is formatted as a percentage across the table and beyond it, a row above as a date.
  for (let c = 1; c <= 12; c++) {
    ws.getCell(7, c).numFmt = '0%';
    ws.getCell(5, c).numFmt = 'yyyy-mm-dd';
  }
  const input = path.join(tmp, 'in.xlsx');
  const out = path.join(tmp, 'out.xlsx');
  await wb.xlsx.writeFile(input);

  const { workbook, grids } = await readWorkbook(input);
  const a = analyse(grids, DEFAULT_CONFIG);
  applyPlan(workbook, planAll(grids, a, DEFAULT_CONFIG, { fix: false, highlight: false, fill: true }));
  await writeWorkbook(workbook, out, { inputPath: input, force: true });

  const done = new ExcelJS.Workbook();
  await done.xlsx.readFile(out);
  const sheet = done.getWorksheet('目标表')!;
  const numbers: { addr: string; fmt: string }[] = [];
  for (let r = 8; r <= sheet.rowCount; r++) {
    sheet.getRow(r).eachCell((cell) => {
      const v = cell.value as unknown;
      const isNumber = typeof v === 'number' || (typeof v === 'object' && v !== null && 'formula' in v);
      if (isNumber) numbers.push({ addr: cell.address, fmt: cell.numFmt ?? 'General' });
    });
  }
  expect(numbers.length).toBeGreaterThanOrEqual(4); // budget, executed, rate, 分值, 得分, 总分, 等级
  for (const n of numbers) {
    const label = `${n.addr} ${n.fmt}`;
    expect(label).not.toMatch(/y|d{2}/);
    // Only the 执行率 is a percentage.
    if (/%/.test(n.fmt)) expect(n.fmt).toBe('0.00%');
  }
  const pct = numbers.filter((n) => /%/.test(n.fmt));
  expect(pct).toHaveLength(1);
});
