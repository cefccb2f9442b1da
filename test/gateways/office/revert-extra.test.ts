/**
 * 撤销 reads the columns 自评 wrote only here and there (三级/指标值 text in its inserted 预算执行情况
 * rows, the 偏差原因 column's few cells) where they were written, not over every row of the area:
 * they left the row signature (safe-revert-extra.ts). Every cell it reverts is still checked, and a
 * row is deleted only when all of it is ours — also after the user moved the rows.
 */
import { Controller } from '../../../src/addin/controller';
import { createExcelDouble, fromGrid, type ExcelDouble } from '../../../src/double';
import { readHistory } from '../../../src/addin/history';
import { generateGrid } from '../../../bench/grid-gen';

const S = '绩效目标表';

function setup(rows: number): { xl: ExcelDouble; h: Controller } {
  const xl = createExcelDouble(fromGrid(generateGrid(rows)));
  const o = xl.office;
  const h = new Controller({ excel: xl, isSetSupported: (n, v) => o.context.requirements.isSetSupported(n, v), settings: o.context.document.settings, lang: 'zh' });
  return { xl, h };
}

/** Each cell as typed: its formula, else its value. */
const grid = (xl: ExcelDouble): unknown[][] => {
  const d = xl.sheetData(S);
  return d.values.map((r, i) => r.map((v, j) => d.formulas?.[i]?.[j] ?? v ?? null));
};
const trim = (g: unknown[][]): unknown[][] => {
  const rows = g.map((r) => {
    const out = [...r];
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length && !rows[rows.length - 1].length) rows.pop();
  return rows;
};

describe('撤销 and the sparsely written columns', () => {
  test('the row signature leaves out columns 自评 wrote in few rows; the read-back shrinks', async () => {
    const { xl, h } = setup(2000);
    await h.fillSelfEvaluation();
    const rec = readHistory(xl.office.context.document.settings).at(-1)!.record;
    const cols = rec.sheets[0].written!.rows.cols;
    // C (三级 name), E (指标值) and I (偏差原因) are written only in the inserted rows and headers.
    expect(cols).not.toContain(3);
    expect(cols).not.toContain(5);
    expect(cols).not.toContain(9);
    const mark = xl.syncLog.length;
    await h.undo();
    const log = xl.syncLog.slice(mark);
    // Session 10: 972 KB of answers (every written column over every row of the area).
    expect(log.reduce((n, s) => n + s.responseBytes, 0)).toBeLessThan(880_000);
  });

  test('nothing changed since: everything is put back', async () => {
    const { xl, h } = setup(26);
    const before = trim(grid(xl));
    await h.fillSelfEvaluation();
    await h.undo();
    expect(trim(grid(xl))).toEqual(before);
  });

  test('text typed into an inserted row, in a sparse column the command left empty there, keeps that row', async () => {
    const { xl, h } = setup(26);
    const before = trim(grid(xl));
    await h.fillSelfEvaluation();
    // Rows 19–21 were inserted (预算执行情况); 自评 wrote C only in row 20.
    xl.userType('C21', '用户的备注');
    await h.undo();
    const after = trim(grid(xl));
    expect(after.length).toBe(before.length + 1);
    expect(after.flat()).toContain('用户的备注');
    const row = after.findIndex((r) => r.includes('用户的备注'));
    // Only the user's cell is left in the kept row: the command's own cells in it were emptied.
    expect(after[row].filter((v) => v !== null)).toEqual(['用户的备注']);
    expect([...after.slice(0, row), ...after.slice(row + 1)]).toEqual(before);
  });

  test('a cell of a sparse column that the user changed is left alone; the rest is restored', async () => {
    const { xl, h } = setup(26);
    const before = trim(grid(xl));
    await h.fillSelfEvaluation();
    xl.userType('I5', '偏差说明（用户改写）');
    await h.undo();
    const after = trim(grid(xl));
    expect(after[4][8]).toBe('偏差说明（用户改写）');
    after[4][8] = before[4][8] ?? null;
    expect(trim(after)).toEqual(before);
  });

  test('rows the user inserted above: the sparse columns are read where their rows are now', async () => {
    const { xl, h } = setup(26);
    const before = trim(grid(xl));
    await h.fillSelfEvaluation();
    xl.userInsertRows(1, 2);
    xl.userType('A1', '用户的标题');
    xl.userType('I7', '用户的说明'); // I5 moved to I7: the user's now
    const mark = xl.syncLog.length;
    await h.undo();
    const after = trim(grid(xl));
    expect(after[0][0]).toBe('用户的标题');
    expect(after[6][8]).toBe('用户的说明');
    after[6][8] = before[4][8] ?? null;
    expect(trim(after.slice(2))).toEqual(before);
    // The moved cells cost one read more than the unmoved case (2 syncs at this size): the sparse
    // columns and the fills, formats and inserted rows are read again in one round, not two.
    expect(xl.syncLog.length - mark).toBeLessThanOrEqual(3);
  });
});
