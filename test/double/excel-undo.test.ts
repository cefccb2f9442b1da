/** The double's Excel-side behaviour the add-in must survive: Ctrl+Z of an undo group, user actions, copyFrom scope. */
import { createExcelDouble } from '../../src/double';

const data = () => ({
  sheets: [
    {
      name: '表',
      values: [
        ['a', 1],
        ['b', 2],
        ['c', 3],
      ] as (string | number | null)[][],
    },
    { name: '说明', values: [['x', 100]] as (string | number | null)[][] },
  ],
});

describe('Excel undo and user actions in the double', () => {
  test('Ctrl+Z takes back a whole merged undo group, then the user action before it', async () => {
    const xl = createExcelDouble(data());
    xl.userType('A1', '用户');
    await xl.run({ mergeUndoGroup: true }, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('表');
      ws.getRange('B1').values = [[10]];
      await ctx.sync();
      ws.getRange('2:2').insert('Down');
      ws.getRange('A2').values = [['新']];
      await ctx.sync();
    });
    expect(xl.sheetData('表').values.map((r) => r[0])).toEqual(['用户', '新', 'b', 'c']);
    expect(xl.excelUndo()).toBe(true); // both syncs of the run
    expect(xl.sheetData('表').values).toEqual([
      ['用户', 1],
      ['b', 2],
      ['c', 3],
    ]);
    expect(xl.excelUndo()).toBe(true); // the user's typing
    expect(xl.sheetData('表').values[0][0]).toBe('a');
    expect(xl.excelUndo()).toBe(false);
  });

  test('user row inserts and deletes move formulas as Excel does', () => {
    const xl = createExcelDouble({ sheets: [{ name: 'S', values: [[1], [2], [null]], formulas: [[null], [null], ['=A1+A2']] }] });
    xl.userInsertRows(2, 1);
    expect(xl.sheetData('S').formulas![3][0]).toBe('=A1+A3');
    xl.userDeleteRows(1, 1);
    expect(xl.sheetData('S').formulas![2][0]).toBe('=#REF!+A2');
  });

  test('copyFrom reads an address without a sheet on the active sheet (workbook scope)', async () => {
    const xl = createExcelDouble({ ...data(), activeSheet: '说明' });
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('表').getRange('C1').copyFrom('B1', 'Formulas');
      ctx.workbook.worksheets.getItem('表').getRange('D1').copyFrom("'表'!B1", 'Formulas');
      await ctx.sync();
    });
    expect(xl.sheetData('表').values[0].slice(2)).toEqual([100, 1]);
  });
});
