/**
 * 撤销 of 插入标准指标 moves the older entries (a 校验's marks) up past the rows it deleted — in the
 * entries' own numbering, not the sheet's current one. After the user inserted or deleted rows above,
 * the two differ: numbered as now, the marks record had two rows at one place (the row below the
 * deleted one was not moved, the next was), so 清除标记 left marks on the sheet and said they had been
 * changed since. Found by the sequence property (history-sequences.test.ts).
 */
import { Controller } from '../../src/addin/controller';
import { createExcelDouble, fromGrid, type ExcelDouble } from '../../src/double';
import { generateGrid } from '../../bench/grid-gen';
import { sheetState } from '../helpers/sheet-state';

const S = '绩效目标表';
const GRID = generateGrid(28, S);

function host(xl: ExcelDouble): Controller {
  const office = xl.office;
  return new Controller({ excel: xl, isSetSupported: (n, v) => office.context.requirements.isSetSupported(n, v), settings: office.context.document.settings, lang: 'zh' });
}

/** The original sheet with only the user's own row work done to it. */
function userOnly(work: (xl: ExcelDouble) => void): string {
  const ref = createExcelDouble(fromGrid(GRID));
  work(ref);
  return sheetState(ref);
}

test.each([
  ['a row inserted at the top', (xl: ExcelDouble) => xl.userInsertRows(1, 1, S)],
  ['two rows inserted above the table', (xl: ExcelDouble) => xl.userInsertRows(2, 2, S)],
  ['a row deleted above project 2', (xl: ExcelDouble) => xl.userDeleteRows(19, 1, S)],
])('校验 → 插入标准指标 (project 2) → %s → 撤销 → 清除标记: no mark left', async (_name, work) => {
  const xl = createExcelDouble(fromGrid(GRID));
  const h = host(xl);
  await h.validate();
  await h.insertRows(2, ['TRN-02']);
  work(xl);
  expect(await h.undo()).toBe('已撤销插入的 1 行。');
  await h.clearMarks();
  expect(sheetState(xl)).toBe(userOnly(work));
});

test('the same with the marks undone by 撤销 instead of 清除标记, in project 1 and 2', async () => {
  const xl = createExcelDouble(fromGrid(GRID));
  const h = host(xl);
  await h.validate();
  await h.insertRows(1, ['AID-07']);
  await h.insertRows(2, ['GEN-01']);
  xl.userInsertRows(1, 2, S);
  expect(await h.undo()).toMatch(/^已撤销插入的 1 行。$/);
  expect(await h.undo()).toMatch(/^已撤销插入的 1 行。$/);
  expect(await h.undo()).toMatch(/^已撤销 \d+ 处修改。$/);
  expect(sheetState(xl)).toBe(userOnly((x) => x.userInsertRows(1, 2, S)));
});
