/**
 * Generated target tables for benchmarks: N indicator rows in the seed's stacked layout (title,
 * 项目名称, 预算数, header, 13 rows per project with merged 一级 cells and wrapped words).
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { ROWS } from './grid-gen';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export async function generate(n: number, dir: string): Promise<string> {
  const file = path.join(dir, `bench-styled-${n}.xlsx`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(dir, { recursive: true });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file + '.tmp', useStyles: true });
  const ws = wb.addWorksheet('绩效目标表');
  let r = 0;
  let done = 0;
  let k = 0;
  while (done < n) {
    k++;
    // Styled like a real disclosure (borders, wrapping, a font): ExcelJS reads styles too.
    const add = (vals: (string | number | null)[], style = true) => {
      r++;
      const row = ws.getRow(r);
      row.values = vals;
      if (style)
        for (let c = 1; c <= 5; c++) {
          const cell = row.getCell(c);
          cell.border = BORDER;
          cell.alignment = { wrapText: true, vertical: 'middle' };
          cell.font = { name: '宋体', size: 10 };
        }
      row.commit();
    };
    add([`${k}.测试项目${k}（2024 年）绩效目标表`]);
    add(['项目名称', `测试项目${k}（2024 年）`]);
    add(['预算规模及 资金用途', '预算数', 500, '其中：财政\n资金', 500]);
    add(['', '其他资金', null]);
    add(['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值']);
    const take = Math.min(ROWS.length, n - done);
    // The stream writer refuses merges over committed rows: declare the 一级 merge first.
    if (take >= 7) ws.mergeCells(r + 1, 1, r + 7, 1);
    for (let i = 0; i < take; i++) add([ROWS[i][0], ROWS[i][1], ROWS[i][2], ROWS[i][2], ROWS[i][3]]);
    done += take;
    add([], false);
  }
  await ws.commit();
  await wb.commit();
  fs.renameSync(file + '.tmp', file);
  return file;
}
