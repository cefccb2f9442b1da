/**
 * What Excel tables do to the cells in and around them (issue 8, Office's real limits): calculated
 * columns, AutoExpansion, the totals row, merges. What is documented and what is the double's
 * guess: src/double/table-behaviours.ts, docs/real-excel-checklist.md item 19c.
 */
import { createExcelDouble, type ExcelDouble } from '../../src/double';
import { addTable as addTableOn, tableAddress as tableAddressOn } from '../helpers/excel-tables';

// B3:D8 holds a table's header (row 3) and five body rows; column D is a calculated column (=B*2).
function book(): ExcelDouble {
  const values: unknown[][] = [[], [], ['', '名称', '数量', '两倍']];
  const formulas: (string | null)[][] = [[], [], []];
  for (let r = 4; r <= 8; r++) {
    values.push(['', `x${r}`, r, r * 2]);
    formulas.push([null, null, null, `=B${r}*2`]);
  }
  return createExcelDouble({ sheets: [{ name: 'S', values: values as never, formulas }] });
}
const addTable = (xl: ExcelDouble, address = 'B3:D8') => addTableOn(xl, address, '表1', 'S');
const tableAddress = (xl: ExcelDouble) => tableAddressOn(xl, '表1', 'S');
const formula = (xl: ExcelDouble, r: number, c: number) => xl.sheetData('S').formulas?.[r - 1]?.[c - 1] ?? '';
const value = (xl: ExcelDouble, r: number, c: number) => xl.sheetData('S').values?.[r - 1]?.[c - 1] ?? '';

async function run(xl: ExcelDouble, change: (ws: any) => void): Promise<{ code?: string } | null> {
  let err: { code?: string } | null = null;
  await xl
    .run(async (ctx) => {
      change(ctx.workbook.worksheets.getItem('S'));
      await ctx.sync();
    })
    .catch((e) => (err = e));
  return err;
}

test('whole rows inserted inside a table take its calculated column’s formula, not other columns’ values', async () => {
  const xl = book();
  await addTable(xl);
  expect(await run(xl, (ws) => ws.getRange('6:7').insert('Down'))).toBeNull();
  expect(await tableAddress(xl)).toBe('S!B3:D10');
  expect([formula(xl, 6, 4), formula(xl, 7, 4)]).toEqual(['=B6*2', '=B7*2']);
  expect([value(xl, 6, 2), value(xl, 6, 3)]).toEqual(['', '']);
  // A column whose formulas differ is not calculated: nothing filled.
  await run(xl, (ws) => (ws.getRange('D9').formulas = [['=C9+1']]));
  await run(xl, (ws) => ws.getRange('5:5').insert('Down'));
  expect(formula(xl, 5, 4)).toBe('');
  // Rows inserted outside the table are not filled.
  await run(xl, (ws) => ws.getRange('20:20').insert('Down'));
  expect(formula(xl, 20, 4)).toBe('');
});

test('different formulas written into an empty table column come back as the first one in every body cell', async () => {
  const xl = book();
  await addTable(xl, 'B3:E8');
  await run(xl, (ws) => (ws.getRange('E4:E8').formulas = [['=C4+1'], ['=C5+2'], ['=C6+3'], ['=C7+4'], ['=C8+5']]));
  expect([4, 5, 6, 7, 8].map((r) => formula(xl, r, 5))).toEqual(['=C4+1', '=C5+1', '=C6+1', '=C7+1', '=C8+1']);
  // One formula into a column that holds other content stays as written.
  await run(xl, (ws) => (ws.getRange('C5').formulas = [['=1+1']]));
  expect([formula(xl, 5, 3), value(xl, 4, 3)]).toEqual(['=1+1', 4]);
});

test('content written just below or just right of a table grows it (AutoExpansion); Excel’s undo shrinks it back', async () => {
  const xl = book();
  await addTable(xl);
  await run(xl, (ws) => (ws.getRange('B9:C9').values = [['x9', 9]]));
  expect(await tableAddress(xl)).toBe('S!B3:D9');
  expect(formula(xl, 9, 4)).toBe(''); // the double does not fill a calculated column into a grown row
  await run(xl, (ws) => (ws.getRange('E5:F5').values = [['备注', '再右']]));
  expect(await tableAddress(xl)).toBe('S!B3:F9');
  expect([value(xl, 3, 5), value(xl, 3, 6)]).toEqual(['Column1', 'Column2']);
  expect(xl.excelUndo()).toBe(true);
  expect(await tableAddress(xl)).toBe('S!B3:D9');
  expect(value(xl, 3, 5)).toBe('');
  // Not touching it (a gap row or column, or outside its columns): no growth.
  await run(xl, (ws) => (ws.getRange('B11').values = [['far']]));
  await run(xl, (ws) => (ws.getRange('A10').values = [['left']]));
  await run(xl, (ws) => (ws.getRange('F4').values = [['gap']]));
  expect(await tableAddress(xl)).toBe('S!B3:D9');
  // Empty strings are not content.
  await run(xl, (ws) => (ws.getRange('B10').values = [['']]));
  expect(await tableAddress(xl)).toBe('S!B3:D9');
});

test('a totals row: below the body, not grown past by writes, rows inserted at it go above it, deleting it turns it off', async () => {
  const xl = book();
  await addTable(xl);
  await xl.run(async (ctx) => {
    const t = ctx.workbook.worksheets.getItem('S').tables.getItem('表1');
    t.showTotals = true;
    await ctx.sync();
    t.load('showTotals');
    await ctx.sync();
    expect(t.showTotals).toBe(true);
  });
  expect(await tableAddress(xl)).toBe('S!B3:D9');
  expect([value(xl, 9, 2), formula(xl, 9, 4)]).toEqual(['Total', '=SUBTOTAL(109,D4:D8)']);
  await run(xl, (ws) => (ws.getRange('B10').values = [['below']]));
  expect(await tableAddress(xl)).toBe('S!B3:D9');
  await run(xl, (ws) => ws.getRange('9:9').insert('Down'));
  expect(await tableAddress(xl)).toBe('S!B3:D10');
  // (Excel's totals formula is a structured reference, [两倍], that grows with the body; the double writes an address.)
  expect([formula(xl, 9, 4), value(xl, 10, 2)]).toEqual(['=B9*2', 'Total']);
  await run(xl, (ws) => ws.getRange('10:10').delete('Up'));
  expect(await tableAddress(xl)).toBe('S!B3:D9');
  await xl.run(async (ctx) => {
    const t = ctx.workbook.worksheets.getItem('S').tables.getItem('表1').load('showTotals');
    await ctx.sync();
    expect(t.showTotals).toBe(false);
  });
});

test('merged cells and tables do not meet: Range.merge in a table and a table over merged cells are refused', async () => {
  const xl = book();
  await addTable(xl);
  for (const address of ['B4:C4', 'D8:E9', 'A2:B3']) {
    const err = await run(xl, (ws) => ws.getRange(address).merge(false));
    expect([address, err?.code]).toEqual([address, 'InvalidOperation']);
  }
  expect(xl.sheetData('S').merges ?? []).toEqual([]);
  expect(await run(xl, (ws) => ws.getRange('F4:G4').merge(false))).toBeNull();
  const err = await run(xl, (ws) => ws.tables.add('F3:H6', true));
  expect(err?.code).toBe('InvalidOperation');
});

// A table's header cells are never empty and never the same twice (case-insensitive): Excel names an
// empty one Column1, Column2 … (the lowest number not taken; the Chinese build says 列1) and adds 2, 3 …
// to a name another header of the table already has.
const headers = (xl: ExcelDouble, row = 3, from = 2, to = 5) => Array.from({ length: to - from + 1 }, (_, i) => value(xl, row, from + i));

test('tables.add over a header row with empty and repeated cells: Column1 …, 名称2', async () => {
  const xl = book();
  await run(xl, (ws) => (ws.getRange('C3:E3').values = [['', '名称', '']]));
  await addTable(xl, 'B3:E8');
  expect(headers(xl)).toEqual(['名称', 'Column1', '名称2', 'Column2']);
  expect(xl.excelUndo()).toBe(true); // the table and its names go together
  expect(headers(xl)).toEqual(['名称', '', '名称', '']);
});

test('a header cell written empty or cleared gets a ColumnN name; a repeated name gets a number; other rows are as written', async () => {
  const xl = book();
  await addTable(xl);
  await run(xl, (ws) => (ws.getRange('C3').values = [['']]));
  expect(headers(xl, 3, 2, 4)).toEqual(['名称', 'Column1', '两倍']);
  await run(xl, (ws) => ws.getRange('D3').clear('Contents'));
  expect(headers(xl, 3, 2, 4)).toEqual(['名称', 'Column1', 'Column2']);
  await run(xl, (ws) => (ws.getRange('C3:D3').values = [['名称', '名称']]));
  expect(headers(xl, 3, 2, 4)).toEqual(['名称', '名称2', '名称3']);
  await run(xl, (ws) => (ws.getRange('D3').values = [['数量']]));
  expect(headers(xl, 3, 2, 4)).toEqual(['名称', '名称2', '数量']);
  expect(xl.excelUndo()).toBe(true);
  expect(headers(xl, 3, 2, 4)).toEqual(['名称', '名称2', '名称3']);
  // Body cells and cells outside the table may be empty or repeat.
  await run(xl, (ws) => (ws.getRange('B4:C4').values = [['', 'x5']]));
  await run(xl, (ws) => (ws.getRange('F3').values = [['']]));
  expect([value(xl, 4, 2), value(xl, 4, 3), value(xl, 3, 6)]).toEqual(['', 'x5', '']);
  // Pasted into (Paste Special › Formulas from an empty cell): named as well.
  await run(xl, (ws) => ws.getRange('B3').copyFrom('S!H20', 'Formulas'));
  expect(value(xl, 3, 2)).toBe('Column1');
});
