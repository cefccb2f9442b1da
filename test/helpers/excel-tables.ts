/** Excel tables (ListObjects) in the double, read and made as a test would in Script Lab. */
import type { ExcelDouble } from '../../src/double';

/** A table over `address` (headers shown) on `sheet` (the active sheet when omitted), renamed `name`. */
export async function addTable(xl: ExcelDouble, address: string, name: string, sheet?: string): Promise<void> {
  await xl.run(async (ctx) => {
    const ws = sheet === undefined ? ctx.workbook.worksheets.getActiveWorksheet() : ctx.workbook.worksheets.getItem(sheet);
    const t = ws.tables.add(address, true);
    t.name = name;
    await ctx.sync();
  });
}

/** The table's address (sheet-qualified, as Range.address gives it), or null when there is no such table. */
export async function tableAddress(xl: ExcelDouble, name: string, sheet?: string): Promise<string | null> {
  let out: string | null = null;
  await xl.run(async (ctx) => {
    const ws = sheet === undefined ? ctx.workbook.worksheets.getActiveWorksheet() : ctx.workbook.worksheets.getItem(sheet);
    const t = ws.tables.getItemOrNullObject(name);
    await ctx.sync();
    if (t.isNullObject) return;
    const r = t.getRange().load('address');
    await ctx.sync();
    out = r.address;
  });
  return out;
}
