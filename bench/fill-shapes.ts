/**
 * Workbooks shaped for timing `fill` end to end: stacked projects with 一级/二级 merged the way
 * accountants merge them (title and 项目名称 lines merged across, 一级 and 二级 runs merged down),
 * borders and wrapped text; or many small sheets of one project each.
 * Usage: node scripts/run-ts.js bench/fill-shapes.ts stacked N OUT.xlsx | sheets N OUT.xlsx
 */
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { ROWS } from './grid-gen';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Writes `projects` projects of `per` indicator rows from row 1 of `ws`; returns nothing. */
function projects(ws: ExcelJS.Worksheet, count: number, per: number, first: number): void {
  let r = 0;
  for (let k = first; k < first + count; k++) {
    const add = (vals: (string | number | null)[]) => {
      r++;
      const row = ws.getRow(r);
      row.values = vals;
      for (let c = 1; c <= 6; c++) {
        const cell = row.getCell(c);
        cell.border = BORDER;
        cell.alignment = { wrapText: true, vertical: 'middle' };
      }
      return r;
    };
    const title = add([`${k}.测试项目${k}绩效目标表`]);
    ws.mergeCells(title, 1, title, 6);
    const name = add(['项目名称', `测试项目${k}`]);
    ws.mergeCells(name, 2, name, 6);
    const budget = add(['预算数（万元）', 500]);
    ws.mergeCells(budget, 2, budget, 6);
    add(['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '备注']);
    const rows = Array.from({ length: per }, (_, i) => ROWS[i % ROWS.length]);
    const start = r + 1;
    rows.forEach((x) => add([x[0], x[1], x[2], x[2], x[3], null]));
    // Merge each run of equal 一级 (blank continues the run) and of equal 二级.
    let l1 = start;
    let l2 = start;
    for (let i = 1; i <= per; i++) {
      const row = start + i;
      const endL1 = i === per || rows[i][0] !== '';
      if (endL1) {
        if (row - 1 > l1) ws.mergeCells(l1, 1, row - 1, 1);
        l1 = row;
      }
      if (endL1 || i === per || rows[i][1] !== rows[i - 1][1]) {
        if (row - 1 > l2) ws.mergeCells(l2, 2, row - 1, 2);
        l2 = row;
      }
    }
  }
}

/** A workbook of `n` sheets with one small merged project each (cached in `dir`). */
export async function smallSheets(n: number, dir: string): Promise<string> {
  const file = `${dir}/bench-sheets-${n}.xlsx`;
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(dir, { recursive: true });
  const wb = new ExcelJS.Workbook();
  for (let i = 1; i <= n; i++) projects(wb.addWorksheet(`项目${i}`), 1, 9, i);
  fs.writeFileSync(file + '.tmp', Buffer.from(await wb.xlsx.writeBuffer()));
  fs.renameSync(file + '.tmp', file);
  return file;
}

async function main(): Promise<void> {
  const [kind, nText, out] = process.argv.slice(2);
  const n = Number(nText);
  const wb = new ExcelJS.Workbook();
  if (kind === 'stacked') projects(wb.addWorksheet('绩效目标表'), Math.ceil(n / 9), 9, 1);
  else if (kind === 'sheets') for (let i = 1; i <= n; i++) projects(wb.addWorksheet(`项目${i}`), 1, 9, i);
  else throw new Error('usage: stacked|sheets N OUT.xlsx');
  fs.writeFileSync(out, Buffer.from(await wb.xlsx.writeBuffer()));
}

if ((process.argv[1] ?? '').endsWith('fill-shapes.ts')) void main();
