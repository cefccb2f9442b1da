/**
 * 撤销's reads at scale (session 14): a column between the known ones that the command did not
 * write is read at the inserted rows, so the one probe of the gaps over their span is not met by
 * the sheet's own rows there; and 自评's record keeps one identity column when it gives anchors.
 */
import { extraCols } from '../../../src/gateways/office/safe-revert-extra';
import { emptyUndoSheet, type UndoSheet } from '../../../src/gateways/pipeline/undo-record';
import { Controller } from '../../../src/addin/controller';
import { DoubleContext, createExcelDouble, fromGrid } from '../../../src/double';
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
  // The written columns F, G, H; the name column (A: a title row per project) kept apart, at its anchoring rows.
  expect(rec.rows.cols).toEqual([6, 7, 8]);
  expect(rec.rows.ids?.col).toBe(1);
  expect(rec.rows.ids!.rows.length).toBeGreaterThanOrEqual(2);
  await h.undo();
  const after = xl.sheetData('绩效目标表');
  expect(after.formulas).toEqual(before.formulas);
  expect(after.values.length).toBe(before.values.length);
});

/** Counts the cells of column A that `formulas` reads queue into each sync (a spy on the double's sync). */
function countColumnA(): { cells: () => number; stop: () => void } {
  let n = 0;
  const orig = DoubleContext.prototype.sync;
  const spy = jest.spyOn(DoubleContext.prototype, 'sync').mockImplementation(function (this: DoubleContext, ...args: unknown[]) {
    for (const a of this._queue) {
      const obj = a.obj as unknown as { _name: string; _args: unknown[] };
      const sel = (a.args as { Select?: string[] } | null)?.Select ?? [];
      const m = obj._name === 'getRange' && sel.includes('formulas') ? /^A(\d+)(?::A(\d+))?$/.exec(String(obj._args?.[0])) : null;
      if (m) n += Number(m[2] ?? m[1]) - Number(m[1]) + 1;
    }
    return orig.apply(this, args as never);
  });
  return { cells: () => n, stop: () => spy.mockRestore() };
}

test('撤销 reads the name column only at its anchoring rows while they are where recorded, all of it once they moved, and reverts all', async () => {
  const readA: number[] = [];
  for (const moved of [false, true]) {
    const xl = createExcelDouble(fromGrid(generateGrid(600)));
    const o = xl.office;
    const h = new Controller({ excel: xl, isSetSupported: (n, v) => o.context.requirements.isSetSupported(n, v), settings: o.context.document.settings, lang: 'zh' });
    const before = xl.sheetData('绩效目标表');
    await h.fillSelfEvaluation();
    if (moved) xl.userInsertRows(1, 2); // above the table: every anchor moved
    const count = countColumnA();
    try {
      await h.undo();
    } finally {
      count.stop();
    }
    readA.push(count.cells());
    const after = xl.sheetData('绩效目标表');
    expect(moved ? after.formulas!.slice(2) : after.formulas).toEqual(before.formulas);
  }
  // 600 indicator rows are ~1 100 rows: in place, the anchors and the inserted rows' names; moved, the whole column.
  expect(readA[0]).toBeLessThan(400);
  expect(readA[1]).toBeGreaterThan(1000);
});
