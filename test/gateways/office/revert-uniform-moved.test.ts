/**
 * When the rows moved since the command (the user inserted a row above), 撤销 reads the fills and
 * bold it put on them again where the rows are now. That re-read asks a run of marked cells for its
 * uniform fill and bold (one small answer per run, as the first read does), not every cell: at
 * 50 000 rows the per-cell answers were ~1.7 MB of 撤销's check round. A run whose cells differ is
 * read cell by cell in one more sync: the user's cell keeps what the user gave it.
 */
import type { ExcelDouble } from '../../../src/double';
import { applyForUndo as apply, markedBook, markedRuns, runBolds, runFills, undoSafely } from '../../helpers/revert-run';
import type { Plan } from '../../../src/sheet/plan';

const S = 'Sheet1';
const TOP = 5;
const N = 200;

const book = (): ExcelDouble => markedBook(S, TOP + N + 20);

/** Rows TOP…TOP+N−1: a value in E, a fill over B–E and bold on B–E. */
const rows = Array.from({ length: N }, (_v, i) => TOP + i);
const plan: Plan = markedRuns(S, rows);
const fills = (xl: ExcelDouble, row: number) => runFills(xl, S, row);
const bolds = (xl: ExcelDouble, row: number) => runBolds(xl, S, row);

describe('撤销 after rows moved: the marks re-read per run, not per cell', () => {
  test('a row inserted above: every fill and bold put back; the re-read answers a few hundred bytes, not one answer per cell', async () => {
    const xl = book();
    const undo = await apply(xl, plan);
    xl.userInsertRows(2, 1);
    const mark = xl.syncLog.length;
    const rep = await undoSafely(xl, undo);
    const log = xl.syncLog.slice(mark);
    // 1 read, the name column where the rows moved (safe-revert-anchors.ts), 1 check where the rows are now, the revert.
    expect(log.length).toBe(4);
    // 800 marked cells: per cell the check answered ~62 KB; per run (one uniform answer) well under 4 KB.
    expect(log[2].responseBytes).toBeLessThan(4 * 1024);
    expect(rep.leftAlone).toBe(0);
    expect(rep.restored).toBe(N * 4); // the 4 cells of each row, once each: a value and its fill count as one cell (undo-count.ts)
    for (const row of rows.map((r) => r + 1)) {
      expect(fills(xl, row)).toEqual([null, null, null, null]);
      expect(bolds(xl, row)).toEqual([false, false, false, false]);
    }
  });

  test('a row inserted above and one cell recoloured, another un-bolded: those keep what the user gave them, the rest put back (one sync more)', async () => {
    const xl = book();
    const undo = await apply(xl, plan);
    xl.userInsertRows(2, 1);
    xl.userFill('C51', '#FFC7CF'); // row 50 as recorded
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(S).getRange('D101').format.font.bold = false; // row 100 as recorded
      await ctx.sync();
    });
    const mark = xl.syncLog.length;
    const rep = await undoSafely(xl, undo);
    expect(xl.syncLog.length - mark).toBeLessThanOrEqual(5);
    expect(fills(xl, 51)).toEqual([null, '#FFC7CF', null, null]);
    expect(bolds(xl, 51)).toEqual([false, false, false, false]);
    expect(fills(xl, 101)).toEqual([null, null, null, null]);
    expect(bolds(xl, 101)).toEqual([false, false, false, false]);
    for (const row of [6, 50, 52, 100, 102, TOP + N]) {
      expect(fills(xl, row)).toEqual([null, null, null, null]);
      expect(bolds(xl, row)).toEqual([false, false, false, false]);
    }
    expect(rep.leftAlone).toBe(1);
  });
});
