/**
 * A row's marks alone (a header row: its cells F:I filled and bold, no marked cell above or below —
 * 自评's 预算执行情况 line, one per project) are a run too: when the rows moved since the command, 撤销
 * re-reads them by the run's uniform fill and bold (one answer), not every cell's properties. At
 * 50 000 rows these per-cell answers were 1.32 MB of the check round. A run the user changed answers
 * nothing uniform and is read cell by cell: the user's cell keeps what the user gave it.
 */
import type { ExcelDouble } from '../../../src/double';
import { applyForUndo as apply, markedBook, markedRuns, runBolds, runFills, undoSafely } from '../../helpers/revert-run';

const S = 'Sheet1';
const TOP = 5;
const N = 100;
/** Every third row: no marked cell has one above or below it. */
const rows = Array.from({ length: N }, (_v, i) => TOP + 3 * i);
const book = (): ExcelDouble => markedBook(S, TOP + 3 * N + 20);
const plan = markedRuns(S, rows);

describe('撤销 after rows moved: a row of marks re-read as one run', () => {
  test('a row inserted above: every fill and bold put back; the check answers per run, not per cell', async () => {
    const xl = book();
    const undo = await apply(xl, plan);
    xl.userInsertRows(2, 1);
    const mark = xl.syncLog.length;
    const rep = await undoSafely(xl, undo);
    const log = xl.syncLog.slice(mark);
    expect(log.length).toBe(4);
    // 400 marked cells in 100 rows: per cell the check answered ~40 KB; per run well under 16 KB.
    expect(log[2].responseBytes).toBeLessThan(16 * 1024);
    expect(rep.leftAlone).toBe(0);
    expect(rep.restored).toBe(N * 4); // cells, once each whatever was put back in them (undo-count.ts)
    for (const row of rows.map((r) => r + 1)) {
      expect(runFills(xl, S, row)).toEqual([null, null, null, null]);
      expect(runBolds(xl, S, row)).toEqual([false, false, false, false]);
    }
  });

  test("a row inserted above and one cell of a run recoloured: that cell keeps the user's fill, the rest of its run and the others put back", async () => {
    const xl = book();
    const undo = await apply(xl, plan);
    xl.userInsertRows(2, 1);
    const hit = rows[40] + 1;
    xl.userFill(`C${hit}`, '#FFC7CF');
    const rep = await undoSafely(xl, undo);
    expect(runFills(xl, S, hit)).toEqual([null, '#FFC7CF', null, null]);
    expect(runBolds(xl, S, hit)).toEqual([false, false, false, false]);
    for (const row of [rows[39] + 1, rows[41] + 1, rows[N - 1] + 1]) {
      expect(runFills(xl, S, row)).toEqual([null, null, null, null]);
      expect(runBolds(xl, S, row)).toEqual([false, false, false, false]);
    }
    expect(rep.leftAlone).toBe(1);
  });
});
