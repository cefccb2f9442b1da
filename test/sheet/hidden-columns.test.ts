/**
 * Hidden columns (v158): an export keeps 指标编码 and last round's 年度指标值 out of sight. Both readers (ExcelJS, the
 * sparse one the CLI uses) say which columns are hidden, and the recogniser reads the visible 指标值.
 */
import * as path from 'path';
import { analyse } from '../../src/engine/analyse';
import { readWorkbook } from '../../src/gateways/exceljs/read';
import { readGrids } from '../../src/gateways/xlsx/read';
import { makeGrid, type CellValue } from '../../src/sheet/grid';
import { recogniseSheet } from '../../src/sheet/recognise';
import { rawXlsx } from '../helpers/raw-xlsx';

const FILE = path.join(__dirname, '..', 'fixtures', 'variants', 'v158-hidden-code-and-old-value-columns.xlsx');

test('both readers give the hidden columns', async () => {
  const [a, b] = await Promise.all([readWorkbook(FILE).then((r) => r.grids), readGrids(FILE)]);
  expect(a.map((g) => g.hiddenCols)).toEqual([
    [3, 5],
    [3, 6],
  ]);
  expect(b.map((g) => g.hiddenCols)).toEqual(a.map((g) => g.hiddenCols));
});

const ROWS: CellValue[][] = [
  ['一级指标', '二级指标', '三级指标', '指标值', '指标值'],
  ['产出指标', '数量指标', '培训人次', '≥80人次', '≥100人次'],
  ['满意度指标', '服务对象满意度指标', '学员满意度', '—', '≥90%'],
];

function read(hiddenCols?: number[]) {
  const g = makeGrid(
    'S',
    ROWS.map((r) => [...r]),
  );
  if (hiddenCols) g.hiddenCols = hiddenCols;
  const [p] = recogniseSheet(g).projects;
  return { target: p.columns.target, doubts: p.doubts.length, first: p.indicators[0].target.raw };
}

test('a hidden copy of a visible column’s role is not read, before or after it', () => {
  expect(read([4])).toEqual({ target: 5, doubts: 0, first: '≥100人次' });
  expect(read()).toMatchObject({ target: 4, doubts: 1 });
});

test('a hidden column no visible column repeats keeps its role', () => {
  const g = makeGrid(
    'S',
    ROWS.map((r) => r.slice(0, 4)),
  );
  g.hiddenCols = [4];
  expect(recogniseSheet(g).projects[0].columns.target).toBe(4);
});

test('the analysis of v158 raises no error', async () => {
  const a = analyse(await readGrids(FILE));
  expect(a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule)).toEqual([]);
});

test('the sparse reader: hidden="true" too, a span min–max, and a span to the sheet’s edge listed only near the table', async () => {
  const fs = await import('fs');
  const os = await import('os');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hidden-')), 'h.xlsx');
  const before = '<cols><col min="2" max="3" width="9" hidden="1"/><col min="5" max="5" hidden="true"/><col min="8" max="16384" hidden="1"/></cols>';
  fs.writeFileSync(file, await rawXlsx({ sheets: [{ data: '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>', before }] }));
  const [g] = await readGrids(file);
  expect(g.hiddenCols?.slice(0, 5)).toEqual([2, 3, 5, 8, 9]);
  expect(g.hiddenCols).toHaveLength(3 + 256);
});
