/**
 * Hidden rows and columns in the double, as Office.js reports them: Range.rowHidden / columnHidden
 * (ExcelApi 1.2: true when all are hidden, false when none, null when some) and Range.getRowProperties /
 * getColumnProperties (ExcelApi 1.9: one entry per row or column). Hidden rows move with row inserts and
 * deletes; the workbook data keeps them.
 */
import { createExcelDouble, type DoubleWorkbookData } from '../../src/double';

function sheet(): DoubleWorkbookData {
  const values = Array.from({ length: 10 }, (_, i) => ['a' + (i + 1), i + 1, null, 'd']);
  return { sheets: [{ name: 'S', values, hiddenRows: [3, 4, 8], hiddenCols: [2] }] };
}

async function flags(xl: ReturnType<typeof createExcelDouble>, address: string) {
  return xl.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('S').getRange(address);
    r.load('rowHidden,columnHidden');
    await ctx.sync();
    return [r.rowHidden, r.columnHidden];
  });
}

test('rowHidden / columnHidden: all, none or some (null)', async () => {
  const xl = createExcelDouble(sheet());
  expect(await flags(xl, 'A1:D10')).toEqual([null, null]);
  expect(await flags(xl, 'A3:A4')).toEqual([true, false]);
  expect(await flags(xl, 'B1:B2')).toEqual([false, true]);
  expect(await flags(xl, 'C5:D7')).toEqual([false, false]);
});

test('getRowProperties / getColumnProperties: one entry per row or column, only what was asked', async () => {
  const xl = createExcelDouble(sheet());
  const [rows, cols] = await xl.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('S').getRange('A2:D5');
    const a = r.getRowProperties({ rowHidden: true });
    const b = r.getColumnProperties({ columnHidden: true, columnIndex: true });
    await ctx.sync();
    return [a.value, b.value];
  });
  expect(rows).toEqual([{ rowHidden: false }, { rowHidden: true }, { rowHidden: true }, { rowHidden: false }]);
  expect(cols).toEqual([
    { columnIndex: 0, columnHidden: false },
    { columnIndex: 1, columnHidden: true },
    { columnIndex: 2, columnHidden: false },
    { columnIndex: 3, columnHidden: false },
  ]);
});

test('hiding and showing through the API; hidden rows move with inserted and deleted rows', async () => {
  const xl = createExcelDouble(sheet());
  await xl.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('S');
    ws.getRange('A10').rowHidden = true;
    ws.getRange('B:B').columnHidden = false;
    ws.getRange('D1').columnHidden = true;
    await ctx.sync();
  });
  expect(xl.sheetData('S')).toMatchObject({ hiddenRows: [3, 4, 8, 10], hiddenCols: [4] });
  xl.userInsertRows(4, 2);
  expect(xl.sheetData('S').hiddenRows).toEqual([3, 6, 10, 12]);
  xl.userDeleteRows(9, 2);
  expect(xl.sheetData('S').hiddenRows).toEqual([3, 6, 10]);
  expect(xl.excelUndo()).toBe(true);
  expect(xl.sheetData('S').hiddenRows).toEqual([3, 6, 10, 12]);
  expect(xl.toGrid('S')).toMatchObject({ hiddenRows: [3, 6, 10, 12], hiddenCols: [4] });
});

test('a sheet with nothing hidden has no hidden lists in its data', () => {
  const xl = createExcelDouble({ sheets: [{ name: 'S', values: [['x']] }] });
  expect(xl.sheetData('S')).not.toHaveProperty('hiddenRows');
  expect(xl.toGrid('S')).not.toHaveProperty('hiddenCols');
});
