/**
 * Issue 8 item 2, after the user moved rows: 自评 never copies a mark's fill into the columns it adds.
 * It knew the marks by the rows the 校验 recorded; once the user had inserted or deleted a row above
 * them, it looked in the wrong rows — the new columns of every marked row came out yellow, and stayed
 * yellow after 撤销 and 清除标记 (cells left empty by 自评 cannot be proven its own). The marks are now
 * found in the rows 自评 has just read (marks-place.ts). Found by history-sequences.test.ts.
 */
import { Controller } from '../../src/addin/controller';
import { createExcelDouble, fromGrid, type ExcelDouble } from '../../src/double';
import { SEVERITY_COLORS } from '../../src/sheet/plan';
import { generateGrid } from '../../bench/grid-gen';
import { sheetState } from '../helpers/sheet-state';

const S = '绩效目标表';
const GRID = generateGrid(28, S);
const MARKS = new Set(Object.values(SEVERITY_COLORS));

function host(xl: ExcelDouble): Controller {
  const office = xl.office;
  return new Controller({ excel: xl, isSetSupported: (n, v) => office.context.requirements.isSetSupported(n, v), settings: office.context.document.settings, lang: 'zh' });
}

/** Cells right of the table (the columns 自评 adds) wearing a mark's colour. */
function markedNewColumns(xl: ExcelDouble): string[] {
  const out: string[] = [];
  xl.state.sheet(S)!.rows.forEach((r, i) => r?.forEach((c, j) => j >= 5 && c?.fill && MARKS.has(c.fill.color) && out.push(`${String.fromCharCode(65 + j)}${i + 1}`)));
  return out;
}

test.each([
  ['a row inserted at the top', (xl: ExcelDouble) => xl.userInsertRows(1, 1, S)],
  ['two rows inserted inside project 1', (xl: ExcelDouble) => xl.userInsertRows(8, 2, S)],
  ['a row deleted above project 2', (xl: ExcelDouble) => xl.userDeleteRows(19, 1, S)],
])('校验 → %s → 自评: no mark in the new columns; 清除标记 + 撤销 give the user’s sheet back', async (_name, work) => {
  const xl = createExcelDouble(fromGrid(GRID));
  const h = host(xl);
  await h.validate();
  work(xl);
  await h.fillSelfEvaluation();
  expect(markedNewColumns(xl)).toEqual([]);
  await h.clearMarks();
  expect(await h.undo()).toMatch(/^已撤销 \d+ 处修改，删除插入的 \d+ 行。您在自评插入的行和新增的列中设置的颜色不会保留（[^；]*）。$/);
  const ref = createExcelDouble(fromGrid(GRID));
  work(ref);
  expect(sheetState(xl)).toBe(sheetState(ref));
});
