/**
 * 撤销's reads at scale (session 14): a column between the known ones that the command did not
 * write is read at the inserted rows, so the one probe of the gaps over their span is not met by
 * the sheet's own rows there; and 自评's record keeps one identity column when it gives anchors.
 */
import { extraCols } from '../../../src/gateways/office/safe-revert-extra';
import { emptyUndoSheet, type UndoSheet } from '../../../src/gateways/pipeline/undo-record';
import { Controller } from '../../../src/addin/controller';
import { createExcelDouble, fromGrid } from '../../../src/double';
import { readHistory } from '../../../src/addin/history';
import { generateGrid } from '../../../bench/grid-gen';

function sheet(inserted: boolean): UndoSheet {
  const u = emptyUndoSheet('S');
  u.written = { contents: [{ col: 3, top: 10, values: ['x'] }], numFormats: [], fills: [], notes: [], rows: { top: 10, cols: [1, 6], sigs: 'AAA' } };
  if (inserted) u.insertedRows = [{ at: 10, count: 1 }];
  return u;
}

test('a column between the known ones is read at inserted rows (the gap probe then stays clear)', () => {
  expect(extraCols(sheet(true))).toEqual([2, 3, 4, 5]);
  expect(extraCols(sheet(false))).toEqual([3]);
});

test('自评 keeps one identity column when it gives anchors (the projects’ titles), and 撤销 still reverts all of it', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(300)));
  const o = xl.office;
  const h = new Controller({ excel: xl, isSetSupported: (n, v) => o.context.requirements.isSetSupported(n, v), settings: o.context.document.settings, lang: 'zh' });
  const before = xl.sheetData('绩效目标表');
  await h.fillSelfEvaluation();
  const rec = readHistory(o.context.document.settings as never).at(-1)!.record.sheets[0].written!;
  // The written columns F, G, H and one name column (A: a title row per project).
  expect(rec.rows.cols).toEqual([1, 6, 7, 8]);
  await h.undo();
  const after = xl.sheetData('绩效目标表');
  expect(after.formulas).toEqual(before.formulas);
  expect(after.values.length).toBe(before.values.length);
});
