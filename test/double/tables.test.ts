/**
 * Excel tables (ListObjects) in the double (issue 8, Office's real limits): Excel refuses an insert
 * or delete that would move part of a table — InsertDeleteConflict, "The insert or delete operation
 * attempted resulted in a conflict" (Excel's error codes); Microsoft Graph answered a table row add
 * on a table reaching the sheet's end with the same code. Whole sheet rows through a table grow or
 * shrink it (Home › Insert sheet rows inside a table adds table rows). What is documented and what
 * is the double's guess: src/double/tables.ts, docs/real-excel-checklist.md (item 19).
 */
import { createExcelDouble, type ExcelDouble } from '../../src/double';
import { addTable as addTableOn, tableAddress as tableAddressOn } from '../helpers/excel-tables';

const rows = (n: number, from = 1) => Array.from({ length: n }, (_, i) => [`a${i + from}`, i + from, `c${i + from}`, 'x', 'y']);

function book() {
  return createExcelDouble({ sheets: [{ name: 'S', values: rows(12) }] });
}

const addTable = (xl: ExcelDouble, address: string, name = '表1') => addTableOn(xl, address, name, 'S');
const tableAddress = (xl: ExcelDouble, name = '表1') => tableAddressOn(xl, name, 'S');

async function fails(xl: ExcelDouble, change: (ctx: any) => void): Promise<unknown> {
  let err: unknown = null;
  await xl
    .run(async (ctx) => {
      change(ctx);
      await ctx.sync();
    })
    .catch((e) => (err = e));
  return err;
}

test('the sheet lists its tables (name, range), ExcelApi 1.1', async () => {
  const xl = book();
  await addTable(xl, 'B3:C8');
  await xl.run(async (ctx) => {
    const all = ctx.workbook.worksheets.getItem('S').tables;
    all.load('items/name');
    const n = all.getCount();
    await ctx.sync();
    expect(all.items.map((t: any) => t.name)).toEqual(['表1']);
    expect(n.value).toBe(1);
  });
  expect(await tableAddress(xl)).toBe('S!B3:C8');
});

test('whole sheet rows inserted inside a table grow it, above it move it, below it leave it', async () => {
  const xl = book();
  await addTable(xl, 'B3:C8');
  await xl.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('S').getRange('5:6').insert('Down');
    await ctx.sync();
  });
  expect(await tableAddress(xl)).toBe('S!B3:C10');
  await xl.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('S').getRange('1:1').insert('Down');
    await ctx.sync();
  });
  expect(await tableAddress(xl)).toBe('S!B4:C11');
  await xl.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('S').getRange('12:13').insert('Down');
    await ctx.sync();
  });
  expect(await tableAddress(xl)).toBe('S!B4:C11');
  // Excel's Ctrl+Z takes the inserts back, the table's extent with them.
  expect(xl.excelUndo()).toBe(true);
  expect(xl.excelUndo()).toBe(true);
  expect(await tableAddress(xl)).toBe('S!B3:C10');
});

test('whole sheet rows that would push a table off the sheet: InsertDeleteConflict, nothing moved', async () => {
  const xl = book();
  await addTable(xl, 'B:C'); // Ctrl+T on whole columns: a table down to row 1 048 576
  expect(await tableAddress(xl)).toBe('S!B:C');
  const err = (await fails(xl, (ctx) => ctx.workbook.worksheets.getItem('S').getRange('5:6').insert('Down'))) as { code: string; message: string };
  expect(err?.code).toBe('InsertDeleteConflict');
  expect(err.message).toMatch(/move cells in a table/);
  expect(xl.sheetData('S').values?.[4]?.[0]).toBe('a5');
  expect(await tableAddress(xl)).toBe('S!B:C');
});

test('cells shifted down through part of a table: InsertDeleteConflict (not the double’s NotImplemented)', async () => {
  const xl = book();
  await addTable(xl, 'B6:D9');
  for (const address of ['A3:B3', 'C5:E5', 'D7:D8']) {
    const err = (await fails(xl, (ctx) => ctx.workbook.worksheets.getItem('S').getRange(address).insert('Down'))) as { code: string };
    expect([address, err?.code]).toEqual([address, 'InsertDeleteConflict']);
    const del = (await fails(xl, (ctx) => ctx.workbook.worksheets.getItem('S').getRange(address).delete('Up'))) as { code: string };
    expect([address, del?.code]).toEqual([address, 'InsertDeleteConflict']);
  }
  // Columns beside the table, or below it: no conflict (the double does not shift part-rows at all).
  const beside = (await fails(xl, (ctx) => ctx.workbook.worksheets.getItem('S').getRange('F3:G3').insert('Down'))) as { code: string };
  expect(beside?.code).toBe('NotImplemented');
  expect(await tableAddress(xl)).toBe('S!B6:D9');
});

test('whole rows deleted: body rows shrink the table, all its rows remove it, its header alone is refused', async () => {
  const xl = book();
  await addTable(xl, 'B3:C8');
  await xl.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('S').getRange('5:6').delete('Up');
    await ctx.sync();
  });
  expect(await tableAddress(xl)).toBe('S!B3:C6');
  const err = (await fails(xl, (ctx) => ctx.workbook.worksheets.getItem('S').getRange('2:3').delete('Up'))) as { code: string };
  expect(err?.code).toBe('InsertDeleteConflict');
  expect(await tableAddress(xl)).toBe('S!B3:C6');
  await xl.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('S').getRange('1:1').delete('Up');
    await ctx.sync();
  });
  expect(await tableAddress(xl)).toBe('S!B2:C5');
  await xl.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('S').getRange('2:5').delete('Up');
    await ctx.sync();
  });
  expect(await tableAddress(xl)).toBeNull();
});

test('Table.getHeaderRowRange (ExcelApi 1.1): the first row of the table, as written since; refused (a guess) where no header row shows', async () => {
  const xl = book();
  await addTable(xl, 'B3:C8');
  await xl.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('S');
    ws.getRange('B3').values = [['']]; // Excel names an emptied header cell at once
    const r = ws.tables.getItem('表1').getHeaderRowRange().load('address,values');
    await ctx.sync();
    expect(r.address).toBe('S!B3:C3');
    expect(r.values).toEqual([['Column1', 'c3']]);
  });
  await xl.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('S').tables.add('E3:E8', false).name = '表2';
    await ctx.sync();
  });
  expect(await fails(xl, (ctx) => ctx.workbook.worksheets.getItem('S').tables.getItem('表2').getHeaderRowRange().load('address'))).toMatchObject({ code: 'InvalidOperation' });
});
