/**
 * 撤销 checks the fills and bold it put on a run of cells with one answer per run (the run's uniform
 * fill and bold, safe-revert-uniform.ts). A run whose cells differ answers null and is read cell by
 * cell: a cell the user recoloured — even to a colour one step from ours — or un-bolded keeps what
 * the user gave it; the others of its run are put back.
 */
import type { ExcelDouble } from '../../../src/double';
import { applyForUndo as apply, markedBook, markedRuns, runBolds, runFills, undoSafely } from '../../helpers/revert-run';
import type { Plan } from '../../../src/sheet/plan';

const S = 'Sheet1';

const book = (): ExcelDouble => markedBook(S, 10);

/** Rows 5–7, columns B–E: a value in E, a fill over B–E and bold on B–E (a run of four per row). */
const plan: Plan = markedRuns(S, [5, 6, 7]);
const fills = (xl: ExcelDouble, row: number) => runFills(xl, S, row);
const bolds = (xl: ExcelDouble, row: number) => runBolds(xl, S, row);

describe('撤销 checks a run of marked cells by its uniform fill and bold', () => {
  test('nothing changed: every fill and bold put back; the check rode in the first read (1 read + the revert)', async () => {
    const xl = book();
    const undo = await apply(xl, plan);
    expect(fills(xl, 6)).toEqual(Array(4).fill('#FFC7CE'));
    const mark = xl.syncLog.length;
    const rep = await undoSafely(xl, undo);
    expect(xl.syncLog.length - mark).toBe(2);
    expect(rep.leftAlone).toBe(0);
    for (const row of [5, 6, 7]) {
      expect(fills(xl, row)).toEqual([null, null, null, null]);
      expect(bolds(xl, row)).toEqual([false, false, false, false]);
    }
  });

  test('a cell recoloured one step from ours keeps the user’s colour; the rest of its run is put back', async () => {
    const xl = book();
    const undo = await apply(xl, plan);
    xl.userFill('C6', '#FFC7CF');
    const rep = await undoSafely(xl, undo);
    expect(fills(xl, 6)).toEqual([null, '#FFC7CF', null, null]);
    expect(fills(xl, 5)).toEqual([null, null, null, null]);
    expect(fills(xl, 7)).toEqual([null, null, null, null]);
    expect(bolds(xl, 6)).toEqual([false, false, false, false]);
    expect(rep.leftAlone).toBe(1);
  });

  test('one cell un-bolded and another refilled by the user in the same run: the refilled one keeps its colour', async () => {
    const xl = book();
    const undo = await apply(xl, plan);
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(S);
      ws.getRange('D7').format.font.bold = false;
      ws.getRange('B7').format.fill.color = '#00B050';
      await ctx.sync();
    });
    const rep = await undoSafely(xl, undo);
    expect(bolds(xl, 7)).toEqual([false, false, false, false]);
    expect(fills(xl, 7)).toEqual(['#00B050', null, null, null]);
    expect(rep.leftAlone).toBe(1);
    expect(fills(xl, 6)).toEqual([null, null, null, null]);
  });
});
