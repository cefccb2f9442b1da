/**
 * 识别结果 through the controller on the Excel double: how each table was read, corrections kept
 * in the document's settings, read by the next 校验 (also by a new pane on the same document),
 * and moved with the rows the add-in inserts and an undo deletes.
 */
import { Controller } from '../../src/addin/controller';
import { CORRECTIONS_KEY } from '../../src/addin/corrections-store';
import { createExcelDouble, fromGrid, type ExcelDouble } from '../../src/double';
import { readWorkbook } from '../../src/gateways/exceljs/read';
import type { Grid } from '../../src/sheet/grid';
import { fixture } from '../helpers/fixtures';

function host(xl: ExcelDouble) {
  const office = xl.office;
  return new Controller({
    excel: xl,
    isSetSupported: (n, v) => office.context.requirements.isSetSupported(n, v),
    settings: office.context.document.settings,
    lang: 'zh',
  });
}

let seed: Grid;
beforeAll(async () => {
  seed = (await readWorkbook(fixture('seed-tianjin-2024.xlsx'))).grids[0];
});

test('the reading names header, columns, name and budget cells, and every row with a reason', async () => {
  const h = host(createExcelDouble(fromGrid(seed)));
  expect(h.reading()).toEqual([]);
  const r = await h.validate();
  const reading = h.reading();
  expect(reading).toHaveLength(r.projects.length);
  const p = reading[0];
  expect(p.name).toBe(r.projects[0].name);
  expect(p.nameCell).toMatch(/^[A-Z]+\d+$/);
  expect(p.columns.find((c) => c.role === 'level3')?.header).toBe('三级指标');
  expect(p.columns.find((c) => c.role === 'target')).toBeDefined();
  expect(p.rows.filter((x) => x.role === 'indicator')).toHaveLength(r.projects[0].indicators);
  for (const row of p.rows) expect(row.reason.length).toBeGreaterThan(0);
  expect(p.rows.find((x) => x.role === 'indicator')!.text).toContain('›');
});

test('a row marked “not an indicator” is kept with the document and left out by the next 校验, in a new pane too', async () => {
  const xl = createExcelDouble(fromGrid(seed));
  const h = host(xl);
  const first = await h.validate();
  const row = h.reading()[0].rows.find((x) => x.role === 'indicator')!;
  await h.saveCorrections({ rows: [{ sheet: h.reading()[0].sheet, row: row.row, role: 'note' }] });
  expect(xl.office.context.document.settings.get(CORRECTIONS_KEY)).toBeTruthy();
  // A pane opened later on the same document reads the same corrections.
  const again = host(xl);
  expect((await again.loadCorrections()).rows).toEqual([{ sheet: h.reading()[0].sheet, row: row.row, role: 'note' }]);
  const second = await again.validate();
  expect(second.projects[0].indicators).toBe(first.projects[0].indicators - 1);
  const read = again.reading()[0].rows.find((x) => x.row === row.row)!;
  expect(read.role).toBe('note');
  // Removing the correction brings the row back.
  await again.saveCorrections({});
  expect((await again.validate()).projects[0].indicators).toBe(first.projects[0].indicators);
});

test('a corrected row below rows 自评 inserts moves down with them, and back up when 自评 is undone', async () => {
  const xl = createExcelDouble(fromGrid(seed));
  const h = host(xl);
  await h.validate();
  const last = h.reading()[h.reading().length - 1];
  // A row inside the table (the last one, once out, would leave the table above 自评's funds lines).
  const row = last.rows.filter((x) => x.role === 'indicator')[1];
  await h.saveCorrections({ rows: [{ sheet: last.sheet, row: row.row, role: 'note' }] });
  const rowsBefore = xl.sheetData(last.sheet).values.length;
  await h.fillSelfEvaluation();
  const inserted = xl.sheetData(last.sheet).values.length - rowsBefore;
  expect(inserted).toBeGreaterThan(0);
  const moved = (await h.loadCorrections()).rows![0].row;
  expect(moved).toBeGreaterThan(row.row);
  // The same text is on the row the correction now names.
  await h.validate();
  const again = h.reading().find((p) => p.name === last.name)!;
  expect(again.rows.find((x) => x.row === moved)?.role).toBe('note');
  expect(again.rows.find((x) => x.row === moved)?.text).toContain(row.text.split(' › ')[2].split(' = ')[0]);
  // Undo the marks, then 自评: the rows go, the correction comes back to its row.
  await h.undo();
  await h.undo();
  expect((await h.loadCorrections()).rows![0].row).toBe(row.row);
});

test('a stored value that does not parse counts as no corrections', async () => {
  const xl = createExcelDouble(fromGrid(seed));
  xl.office.context.document.settings.set(CORRECTIONS_KEY, { rows: 'nonsense' });
  const h = host(xl);
  expect(await h.loadCorrections()).toEqual({});
  expect((await h.validate()).projects.length).toBeGreaterThan(0);
});

test('a table laid across shows the sheet’s own cells, and a correction on it keeps it read across', async () => {
  const across = (await readWorkbook(fixture('variants/v92-transposed-table.xlsx'))).grids[0];
  const xl = createExcelDouble(fromGrid(across));
  const h = host(xl);
  const first = await h.validate();
  const p = h.reading()[0];
  // As --json and --explain: rows at the 指标值's row with their column, roles at their label cells.
  expect(p.columns.map((c) => [c.role, c.column])).toEqual([
    ['level1', 'A6'],
    ['level2', 'A7'],
    ['level3', 'A8'],
    ['target', 'A9'],
  ]);
  expect(p.labels).toEqual(['A6', 'A7', 'A8', 'A9']);
  expect(p.span).toBe('A6–H9');
  expect(p.rows.slice(0, 3).map((x) => [x.row, x.column, x.role])).toEqual([
    [6, 'A', 'header'],
    [9, 'B', 'indicator'],
    [9, 'C', 'indicator'],
  ]);
  expect(p.rows[0].text).toContain('一级指标');
  const sheet = p.sheet;
  await h.saveCorrections({ rows: [{ sheet, row: 9, column: 'C', role: 'note' }] });
  const second = await h.validate();
  expect(second.projects[0].indicators).toBe(first.projects[0].indicators - 1);
  const q = h.reading()[0];
  expect(q.rows.find((x) => x.column === 'C')?.role).toBe('note');
  expect(q.columns.find((c) => c.role === 'target')?.column).toBe('A9');
});

test('a table in two halves: a correction on a right-half row takes out that row only, not the left half’s on the same sheet row', async () => {
  const grid = (await readWorkbook(fixture('variants/v174-two-halves.xlsx'))).grids[0];
  const xl = createExcelDouble(fromGrid(grid));
  const h = host(xl);
  const first = await h.validate();
  const p = h.reading()[0];
  const target = p.columns.find((c) => c.role === 'target')!.column;
  const right = p.rows.find((x) => x.role === 'indicator' && x.column && x.column !== target)!;
  const left = p.rows.find((x) => x.role === 'indicator' && x.row === right.row && x.column === target)!;
  expect(left).toBeDefined();
  await h.saveCorrections({ rows: [{ sheet: p.sheet, row: right.row, column: right.column, role: 'note' }] });
  const second = await h.validate();
  expect(second.projects[0].indicators).toBe(first.projects[0].indicators - 1);
  const q = h.reading()[0];
  expect(q.rows.find((x) => x.row === right.row && x.column === right.column)?.role).toBe('note');
  expect(q.rows.find((x) => x.row === left.row && x.column === left.column)?.role).toBe('indicator');
});

test('two tables side by side (v152): the reading names each table’s column on its rows, and one click changes that table’s row only', async () => {
  const grid = (await readWorkbook(fixture('variants/v152-two-tables-side-by-side.xlsx'))).grids[0];
  const h = host(createExcelDouble(fromGrid(grid)));
  const first = await h.validate();
  const [left, right] = h.reading();
  const col = (p: typeof left) => p.columns.find((c) => c.role === 'target')!.column;
  expect(left.rows.every((x) => x.column === col(left))).toBe(true);
  expect(right.rows.every((x) => x.column === col(right))).toBe(true);
  // A sheet row holding an indicator of both tables: the pane's correction of the right one's carries its column.
  const row = right.rows.find((x) => x.role === 'indicator' && left.rows.some((y) => y.row === x.row && y.role === 'indicator'))!;
  await h.saveCorrections({ rows: [{ sheet: right.sheet, row: row.row, column: row.column, role: 'note' }] });
  const second = await h.validate();
  expect(second.projects.map((p) => p.indicators)).toEqual([first.projects[0].indicators, first.projects[1].indicators - 1]);
  expect(h.reading()[0].rows.find((x) => x.row === row.row)?.role).toBe('indicator');
  expect(h.reading()[1].rows.find((x) => x.row === row.row)?.role).toBe('note');
});
