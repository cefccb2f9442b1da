/**
 * Hidden rows and columns in the Office.js snapshot (issue 7's Excel side): the file readers give
 * grid.hiddenCols, so the add-in must too, or it reads an export's hidden old 指标值 column as the target.
 * Read within the sync budget: the used range's rowHidden / columnHidden ride in the first sync, and
 * only a sheet that hides some reads one flag per row or column.
 */
import * as path from 'path';
import { createExcelDouble, fromGrid } from '../../../src/double';
import { ALL_CAPABILITIES, readSnapshot } from '../../../src/gateways/office';
import { readWorkbook } from '../../../src/gateways/exceljs/read';
import { analyse } from '../../../src/engine/analyse';
import { generateGrid } from '../../../bench/grid-gen';

const V158 = path.join(__dirname, '..', '..', 'fixtures', 'variants', 'v158-hidden-code-and-old-value-columns.xlsx');
const BUDGET = 4.5 * 1024 * 1024;

const findings = (grids: Parameters<typeof analyse>[0]) =>
  analyse(grids)
    .diagnostics.map((d) => `${d.rule} ${d.sheet ?? ''}!${d.cell ?? ''}`)
    .sort();

test('v158 through Excel: the hidden columns come back, and the add-in reads it as the command line does', async () => {
  const { grids } = await readWorkbook(V158);
  const xl = createExcelDouble(fromGrid(grids));
  const snap = await xl.run((ctx) => readSnapshot(ctx, { scope: 'workbook', capabilities: ALL_CAPABILITIES }));
  expect(snap.grids.map((g) => g.hiddenCols)).toEqual(grids.map((g) => g.hiddenCols));
  expect(snap.grids.map((g) => g.hiddenCols)).toEqual([
    [3, 5],
    [3, 6],
  ]);
  expect(findings(snap.grids)).toEqual(findings(grids));
  expect(analyse(snap.grids).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
});

test('hidden rows come back in the grid; rows and columns hidden outside the used range are not listed', async () => {
  const values = Array.from({ length: 40 }, (_, i) => ['名称' + i, i, '≥90%']);
  const xl = createExcelDouble({ sheets: [{ name: 'S', values, hiddenRows: [5, 6, 20, 41, 900], hiddenCols: [2, 7] }] });
  const snap = await xl.run((ctx) => readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES }));
  expect(snap.grids[0].hiddenRows).toEqual([5, 6, 20]);
  expect(snap.grids[0].hiddenCols).toEqual([2]);
});

test('nothing hidden: no flag is read and the grid has no hidden lists (same syncs as before)', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(100)));
  const snap = await xl.run((ctx) => readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES }));
  expect(snap.grids[0]).not.toHaveProperty('hiddenRows');
  expect(snap.grids[0]).not.toHaveProperty('hiddenCols');
  const plain = createExcelDouble(fromGrid(generateGrid(100)));
  const hiddenOutside = createExcelDouble({ ...fromGrid(generateGrid(100)), sheets: [{ ...fromGrid(generateGrid(100)).sheets[0], hiddenRows: [5000] }] });
  const a = await plain.run((ctx) => readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES }));
  const b = await hiddenOutside.run((ctx) => readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES }));
  expect(b.stats.syncs).toBe(a.stats.syncs);
  expect(hiddenOutside.syncLog.map((s) => s.responseBytes)).toEqual(plain.syncLog.map((s) => s.responseBytes));
});

test('50 000 rows, every tenth row and a column hidden: read within the budget, in the 3 syncs of the same sheet with none hidden', async () => {
  const base = fromGrid(generateGrid(50000));
  const rows = Array.from({ length: 5000 }, (_, i) => 10 * i + 15);
  const hidden = createExcelDouble({ sheets: [{ ...base.sheets[0], hiddenRows: rows, hiddenCols: [2] }] });
  const b = await hidden.run((ctx) => readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES }));
  expect(b.grids[0].hiddenRows).toEqual(rows.filter((r) => r <= b.grids[0].rowCount));
  expect(b.grids[0].hiddenCols).toEqual([2]);
  expect(b.stats).toMatchObject({ syncs: 3, resent: 0 }); // reads.test.ts: 3 with none hidden
  expect(hidden.syncLog.every((s) => s.ok && s.responseBytes <= BUDGET)).toBe(true);
});

test('beside a far cell (used range to row 1 048 576): the table’s hidden rows are read by bands, in the syncs the read takes anyway', async () => {
  const base = fromGrid(generateGrid(2000));
  const read = async (hiddenRows: number[]) => {
    const xl = createExcelDouble({ sheets: [{ ...base.sheets[0], hiddenRows }] });
    xl.userType('A1048576', '备注');
    const snap = await xl.run((ctx) => readSnapshot(ctx, { scope: 'sheet', capabilities: ALL_CAPABILITIES }));
    return { snap, xl };
  };
  const none = await read([]);
  const some = await read([7, 8, 40, 2100, 900000]);
  // Rows hidden where nothing is written are hidden all the same (the grid lists what the sheet hides within its used range).
  expect(some.snap.grids[0].hiddenRows).toEqual([7, 8, 40, 2100, 900000]);
  expect(some.snap.stats.syncs).toBeLessThanOrEqual(none.snap.stats.syncs + 1);
  expect(some.xl.syncLog.every((s) => s.ok && s.responseBytes <= BUDGET)).toBe(true);
  // Bands, not a million flags.
  expect(Math.max(...some.xl.syncLog.map((s) => s.responseBytes))).toBeLessThan(Math.max(...none.xl.syncLog.map((s) => s.responseBytes)) + 200_000);
  expect(none.snap.grids[0]).not.toHaveProperty('hiddenRows');
});
