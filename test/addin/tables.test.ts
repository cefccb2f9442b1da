/**
 * Excel tables (ListObjects) under the add-in's inserted rows (issue 8, Office's real limits). Excel
 * moves a table only whole: whole sheet rows inserted inside one make table rows of them, but a
 * table that reaches the sheet's last row (Ctrl+T on whole columns makes one) cannot be pushed
 * down, and Excel refuses the insert (InsertDeleteConflict) after the syncs before it were applied.
 * 自评 and 插入标准指标 must find out first: one Chinese line, nothing written.
 */
import { Controller } from '../../src/addin/controller';
import { createExcelDouble, fromGrid, type ExcelDouble } from '../../src/double';
import { generateGrid } from '../../bench/grid-gen';
import { addTable, tableAddress as tableAddressOf } from '../helpers/excel-tables';

function host(xl: ExcelDouble) {
  const office = xl.office;
  return new Controller({ excel: xl, isSetSupported: (n, v) => office.context.requirements.isSetSupported(n, v), settings: office.context.document.settings, lang: 'zh' });
}
// Merged areas compared by their corners (the order of an object's keys is not the sheet's).
const cells = (xl: ExcelDouble) => JSON.stringify(xl.data().sheets.map((s) => ({ ...s, merges: s.merges?.map((m) => [m.top, m.left, m.bottom, m.right]) })));

const table = (xl: ExcelDouble, address: string) => addTable(xl, address, '指标表');
const tableAddress = (xl: ExcelDouble) => tableAddressOf(xl, '指标表');

test('自评 on a sheet whose table runs to the last row: one Chinese line naming the table, nothing written', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(30)));
  await table(xl, 'B:E');
  const h = host(xl);
  await h.validate(); // marks: the next command's prelude takes them off — in the same sync as its inserts
  const before = cells(xl);
  const mark = xl.syncLog.length;
  await expect(h.fillSelfEvaluation()).rejects.toThrow(/^未写入：工作表“绩效目标表”的表格“指标表”（B:E）延伸到第 1048576 行.*调整表格大小/);
  expect(cells(xl)).toBe(before);
  expect(xl.syncLog.slice(mark).every((s) => s.ok)).toBe(true);
  expect(await tableAddress(xl)).toBe('绩效目标表!B:E');
});

test('插入标准指标 there: the same line, nothing written', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(30)));
  await table(xl, 'B:E');
  const h = host(xl);
  await h.validate();
  const before = cells(xl);
  await expect(h.insertRows(1, ['AID-07'])).rejects.toThrow(/^未写入：工作表“绩效目标表”的表格“指标表”/);
  expect(cells(xl)).toBe(before);
});

test('自评 beside a table around the indicators: one Chinese line, nothing written, no table grown over the score column', async () => {
  // 自评 writes 实际完成值…偏差原因 into F:I, just right of B5:E19: Excel would take them into the table
  // (AutoExpansion) and turn the score column's formulas, one per row, into one calculated column.
  const xl = createExcelDouble(fromGrid(generateGrid(30)));
  await table(xl, 'B5:E19');
  const h = host(xl);
  const before = cells(xl);
  const mark = xl.syncLog.length;
  await expect(h.fillSelfEvaluation()).rejects.toThrow(/^未写入：工作表“绩效目标表”的 F5 紧挨着 Excel 表格.*（表格“指标表”，B5:E19）.*转换为区域/);
  expect(cells(xl)).toBe(before);
  expect(xl.syncLog.slice(mark).every((s) => s.ok)).toBe(true);
  expect(await tableAddress(xl)).toBe('绩效目标表!B5:E19');
});

test('自评 again after the user made its columns a table: refused before Excel could make one formula of every row’s', async () => {
  // (A table made over empty header cells gets Excel's Column1 … names, and 自评 would then write
  // its columns right of it — refused as above; over 自评's own columns it writes the scores inside.)
  const xl = createExcelDouble(fromGrid(generateGrid(30)));
  const h = host(xl);
  await h.fillSelfEvaluation();
  // A second 自评 rewrites nothing that holds its formula already (fill-same.ts; the 0.00% 实际完成值 cells are read since
  // session 24): the user clears one score formula, which it would write again.
  xl.userType('H9', '', '绩效目标表');
  await table(xl, 'B5:I22');
  const before = cells(xl);
  // The first cell named is the first formula this 自评 would rewrite.
  await expect(h.fillSelfEvaluation()).rejects.toThrow(/^未写入：工作表“绩效目标表”的 H\d+ 在 Excel 表格内：写入公式时 Excel 会把它当作“计算列”/);
  expect(cells(xl)).toBe(before);
  expect(await tableAddress(xl)).toBe('绩效目标表!B5:I22');
});

test('自评 on a sheet whose table is elsewhere (not touching what it writes): done as usual', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(30)));
  await table(xl, 'L2:M4');
  const h = host(xl);
  await expect(h.fillSelfEvaluation()).resolves.toBeTruthy();
  expect(await tableAddress(xl)).toBe('绩效目标表!L2:M4');
});

test('a table around the indicators: 插入标准指标 inserts table rows, 撤销 puts the sheet and the table back', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(30)));
  await table(xl, 'B5:E19');
  const original = cells(xl);
  const h = host(xl);
  await h.insertRows(1, ['AID-07']);
  const grown = await tableAddress(xl);
  expect(grown).toMatch(/^绩效目标表!B5:E(\d+)$/);
  expect(grown).not.toBe('绩效目标表!B5:E19');
  const message = await h.undo();
  expect(message).toMatch(/^已撤销/);
  expect(message).not.toMatch(/标题行/); // no header cell written: nothing to say
  expect(cells(xl)).toBe(original);
  expect(await tableAddress(xl)).toBe('绩效目标表!B5:E19');
});

test('自评, then the user makes its columns a table (B5:J22), then 撤销: everything put back but the header cells Excel will not leave empty, the table kept', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(30)));
  const original = xl.sheetData('绩效目标表').values!;
  const h = host(xl);
  await h.fillSelfEvaluation();
  await table(xl, 'B5:J22'); // over what 自评 wrote (F:I, its inserted rows); A keeps its merged cells; J5 (empty) becomes Column1
  const message = await h.undo();
  expect(message).toMatch(/^已撤销/);
  // The one cell group Excel would not leave as it was is named, with why and what the user can do.
  expect(message).toMatch(
    /工作表“绩效目标表”的 F5:I5 是 Excel 表格“指标表”的标题行：Excel 不允许表格的标题为空，已自动填上 Column2、Column3、Column4、Column5，未能还原为空（如需空白，请先将表格转换为区域，再清除这些单元格）。$/,
  );
  expect(message).not.toMatch(/J5/); // J5 was named by the user's own Ctrl+T, not by 撤销
  // 自评's column titles F5:I5 are the table's header cells now: written back empty, Excel names them
  // (table-headers.ts). Every other cell is as before 自评.
  const now = xl.sheetData('绩效目标表').values!;
  expect(now[4].slice(5, 10)).toEqual(['Column2', 'Column3', 'Column4', 'Column5', 'Column1']);
  const rest = (v: unknown[][]) => JSON.stringify(v.map((row, i) => Array.from({ length: 10 }, (_, j) => (i === 4 && j >= 5 ? null : (row[j] ?? null)))));
  expect(rest(now)).toBe(rest(original));
  expect(await tableAddress(xl)).toMatch(/^绩效目标表!B5:J\d+$/);
});

// A table on F1:I3 above the first project's header row (5): 自评 writes its column titles into F5:I5.
async function tableAbove(xl: ExcelDouble, totals: boolean, address = 'F1:I3'): Promise<void> {
  await table(xl, address);
  if (!totals) return;
  await xl.run(async (ctx) => {
    ctx.workbook.worksheets.getActiveWorksheet().tables.getItem('指标表').showTotals = true;
    await ctx.sync();
  });
}

test('自评 writing the row just below a table without a totals row: refused (Excel would grow the table over it)', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(30)));
  await tableAbove(xl, false, 'F1:I4');
  const h = host(xl);
  const before = cells(xl);
  await expect(h.fillSelfEvaluation()).rejects.toThrow(/^未写入：工作表“绩效目标表”的 F5 紧挨着 Excel 表格.*（表格“指标表”，F1:I4）/);
  expect(cells(xl)).toBe(before);
});

test('自评 writing the row just below a table’s totals row: done — Excel does not grow a table past its totals row', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(30)));
  await tableAbove(xl, true); // F1:I3 + its totals row = F1:I4
  expect(await tableAddress(xl)).toBe('绩效目标表!F1:I4');
  const h = host(xl);
  await expect(h.fillSelfEvaluation()).resolves.toBeTruthy();
  expect(await tableAddress(xl)).toBe('绩效目标表!F1:I4');
  expect(xl.sheetData('绩效目标表').values?.[4]?.[5]).not.toBe('');
  await expect(h.undo()).resolves.toMatch(/^已撤销/);
  expect(await tableAddress(xl)).toBe('绩效目标表!F1:I4');
});

test('a totals row does not stop Excel growing a table to the right: 自评 writing the column just right of one is still refused', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(30)));
  await table(xl, 'B5:E18');
  await xl.run(async (ctx) => {
    ctx.workbook.worksheets.getActiveWorksheet().tables.getItem('指标表').showTotals = true;
    await ctx.sync();
  });
  const h = host(xl);
  const before = cells(xl);
  await expect(h.fillSelfEvaluation()).rejects.toThrow(/^未写入：工作表“绩效目标表”的 F5 紧挨着 Excel 表格.*（表格“指标表”，B5:E19）/);
  expect(cells(xl)).toBe(before);
});

test('saying which header cells Excel renamed costs 撤销 no sync: the same syncs with the table as without', async () => {
  const syncsOfUndo = async (makeTable: boolean): Promise<number> => {
    const xl = createExcelDouble(fromGrid(generateGrid(30)));
    const h = host(xl);
    await h.fillSelfEvaluation();
    if (makeTable) await table(xl, 'B5:J22');
    const mark = xl.syncLog.length;
    await h.undo();
    return xl.syncLog.slice(mark).length;
  };
  expect(await syncsOfUndo(true)).toBe(await syncsOfUndo(false));
});

test('a table without a header row over 自评’s titles: 撤销 writes them back empty and has nothing to say', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(30)));
  const original = xl.sheetData('绩效目标表').values!;
  const h = host(xl);
  await h.fillSelfEvaluation();
  await xl.run(async (ctx) => {
    ctx.workbook.worksheets.getActiveWorksheet().tables.add('F5:I22', false).name = '指标表';
    await ctx.sync();
  });
  const message = await h.undo();
  expect(message).toMatch(/^已撤销/);
  expect(message).not.toMatch(/标题行/);
  expect(xl.sheetData('绩效目标表').values![4].slice(5, 9)).toEqual(original[4].slice(5, 9));
});
