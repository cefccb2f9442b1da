/**
 * fill's new columns take the table's last column's format row by row: one copy-format edit a row covers
 * all the added columns (at 100 000 rows 430 772 single-cell edits became ~108 000). Each gateway applies
 * the run as the single-cell edits were applied, and the changes counted are the cells, as before.
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
import { editCells, type Edit } from '../../src/sheet/plan';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-fill-copy-runs-'));

const HEAD = ['一级指标', '二级指标', '三级指标', '指标值'];
const ROWS = [
  ['产出指标', '数量指标', '助餐服务人次', '38508人次'],
  ['产出指标', '时效指标', '补助资金拨付及时率', '100%'],
  ['效益指标', '社会效益指标', '老年人就餐难问题', '有效缓解'],
  ['满意度指标', '服务对象满意度指标', '就餐老年人满意度', '≥95%'],
];

/** A target table, with `extra` self-evaluation headers already there (then fewer columns are added). */
async function table(name: string, extra: string[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('目标表');
  ws.getCell(1, 1).value = '项目名称';
  ws.getCell(1, 2).value = '社区老年助餐服务补助';
  ws.getCell(2, 1).value = '预算数';
  ws.getCell(2, 2).value = 65.46;
  [...HEAD, ...extra].forEach((v, j) => (ws.getCell(3, j + 1).value = v));
  ROWS.forEach((r, i) => r.forEach((v, j) => (ws.getCell(4 + i, j + 1).value = v)));
  const last = HEAD.length + extra.length;
  // The last column of each row has its own look: the new columns must take it row by row.
  for (let r = 3; r <= 3 + ROWS.length; r++) {
    const cell = ws.getCell(r, last);
    cell.border = { left: { style: 'thin' }, right: { style: r % 2 ? 'thick' : 'thin' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: r % 2 ? 'FFEEEEEE' : 'FFDDEEFF' } };
  }
  const file = path.join(tmp, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

const copies = (edits: Edit[]) => edits.filter((e): e is Extract<Edit, { kind: 'copyFormat' }> => e.kind === 'copyFormat');

describe.each([
  ['four columns added', [], 4],
  ['three added beside 实际完成值', ['实际完成值'], 3],
  ['one added (偏差原因分析 only)', ['实际完成值', '分值', '得分'], 1],
])('%s', (name, extra, added) => {
  test('one copy-format edit a row covers every added column; each cell gets its row’s format', async () => {
    const input = await table(name, extra as string[]);
    const { workbook, grids } = await readWorkbook(input);
    const plan = planAll(grids, analyse(grids, DEFAULT_CONFIG), DEFAULT_CONFIG, { fix: false, highlight: false, fill: true });
    const runs = copies(plan.edits);
    const last = HEAD.length + (extra as string[]).length;
    // Header and four indicator rows: one edit each (before: one per row and added column).
    expect(runs.map((e) => e.row)).toEqual([3, 4, 5, 6, 7]);
    for (const e of runs) {
      expect([e.col, e.fromRow, e.fromCol, editCells(e)]).toEqual([last + 1, e.row, last, added]);
      // A run of one keeps the single-cell shape.
      expect('cols' in e).toBe(added > 1);
    }

    applyPlan(workbook, plan);
    const out = path.join(tmp, `${name}-out.xlsx`);
    await writeWorkbook(workbook, out, { inputPath: input, force: true });
    const done = new ExcelJS.Workbook();
    await done.xlsx.readFile(out);
    const ws = done.getWorksheet('目标表')!;
    for (let r = 3; r <= 7; r++) {
      const want = ws.getCell(r, last);
      for (let c = last + 1; c <= last + (added as number); c++) {
        expect([r, c, ws.getCell(r, c).border]).toEqual([r, c, want.border]);
        expect([r, c, ws.getCell(r, c).fill]).toEqual([r, c, want.fill]);
      }
    }
  });
});
