/**
 * A second 自评 changes nothing (issue 7 / 8). Where 自评 adds the 实际完成值 column for a % target it formats the empty cell
 * 0.00% and writes the score formula that reads a number typed there as a percent (COUNT(F9,1/(…<=1.5))). The snapshot
 * did not keep the number format of an empty cell, so a second 自评 took it for General and rewrote those formulas in the
 * General form (COUNT(1/(…<=1.5))): on generateGrid(30) 8 of them — and a 160% typed there later (Excel keeps 1.6)
 * then scored as 1.6, not as the 160 % the pane reads.
 */
import { Controller } from '../../src/addin/controller';
import { createExcelDouble, fromGrid, type ExcelDouble } from '../../src/double';
import { generateGrid } from '../../bench/grid-gen';

function host(xl: ExcelDouble) {
  const office = xl.office;
  return new Controller({ excel: xl, isSetSupported: (n, v) => office.context.requirements.isSetSupported(n, v), settings: office.context.document.settings, lang: 'zh' });
}
const formulas = (xl: ExcelDouble) => JSON.stringify(xl.sheetData('绩效目标表').formulas);
const cells = (xl: ExcelDouble) => JSON.stringify(xl.sheetData('绩效目标表'));

test('自评 twice on a grid with % targets: the second plans no edit and leaves every cell as it was', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(30)));
  const h = host(xl);
  await h.fillSelfEvaluation();
  const once = formulas(xl);
  expect(once).toMatch(/COUNT\(F\d+,1\//); // the % form, over a 0.00% cell
  const before = cells(xl);
  const steps = (await h.undoHistory()).length;
  await h.fillSelfEvaluation();
  expect(formulas(xl)).toBe(once);
  expect(cells(xl)).toBe(before);
  expect((await h.undoHistory()).length).toBe(steps); // nothing written, nothing to undo
});

test('after 自评 twice, 160% typed into a % target’s 实际完成值 (Excel keeps 1.6 in the 0.00% cell) scores full marks, as the pane reads it', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(30)));
  const h = host(xl);
  await h.fillSelfEvaluation();
  await h.fillSelfEvaluation();
  // Row 9: 设备验收合格率 100 百分比, 分值 7.14 in G9, the score formula in H9 reading F9.
  xl.userType('F9', 1.6, '绩效目标表');
  const row = xl.sheetData('绩效目标表').values![8];
  expect(row[5]).toBe(1.6);
  expect(row[7]).toBe(row[6]); // 160 % ≥ 100 %: the whole 分值; the General form read 1.6 % (0.11)
  // The pane reads 1.6 in a 0.00% cell as 160 %: row 9 loses no points there either (over 150 %, it asks for a 偏差原因).
  await h.validate();
  expect(h.projects()[0].lost?.find((x) => x.cell === 'H9' && x.score < x.weight)).toBeUndefined();
});
