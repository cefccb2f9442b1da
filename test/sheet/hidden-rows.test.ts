/**
 * Hidden rows (v200): both readers say which rows the sheet hides; the recogniser leaves out a hidden copy of an
 * indicator a visible row holds (last year's row, a template copy) and reads any other hidden indicator, saying so.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyse } from '../../src/engine/analyse';
import { readWorkbook } from '../../src/gateways/exceljs/read';
import { readGrids } from '../../src/gateways/xlsx/read';
import { makeGrid, type CellValue } from '../../src/sheet/grid';
import { recogniseSheet } from '../../src/sheet/recognise';
import { rawXlsx } from '../helpers/raw-xlsx';

const FILE = path.join(__dirname, '..', 'fixtures', 'variants', 'v200-hidden-rows.xlsx');

test('both readers give the hidden rows', async () => {
  const [a, b] = await Promise.all([readWorkbook(FILE).then((r) => r.grids), readGrids(FILE)]);
  expect(a.map((g) => g.hiddenRows?.length)).toEqual([4, 2]);
  expect(b.map((g) => g.hiddenRows)).toEqual(a.map((g) => g.hiddenRows));
});

test('the sparse reader: hidden="true" too, a row without r, and a hidden row with no cells left out', async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hidden-rows-')), 'h.xlsx');
  const c = (ref: string) => `<c r="${ref}" t="inlineStr"><is><t>x</t></is></c>`;
  const data = `<row r="1">${c('A1')}</row><row r="2" hidden="1">${c('A2')}</row><row hidden="true">${c('A3')}</row><row r="4">${c('A4')}</row><row r="9" hidden="1"/>`;
  fs.writeFileSync(file, await rawXlsx({ sheets: [{ data }] }));
  const [g] = await readGrids(file);
  expect(g.hiddenRows).toEqual([2, 3]);
});

const ROWS: CellValue[][] = [
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '培训人次', '≥80人次'],
  ['产出指标', '数量指标', '培训人次', '≥100人次'],
  ['产出指标', '质量指标', '培训合格率', '≥95%'],
  ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%'],
];

function read(hiddenRows?: number[]) {
  const g = makeGrid(
    'S',
    ROWS.map((r) => [...r]),
  );
  if (hiddenRows) g.hiddenRows = hiddenRows;
  const [p] = recogniseSheet(g).projects;
  return { p, rows: p.indicators.map((x) => x.row), codes: Object.fromEntries(p.rows.map((x) => [x.row, `${x.role}:${x.code}`])) };
}

test('a hidden copy of a visible indicator is not read, above or below it', () => {
  expect(read([2])).toMatchObject({ rows: [3, 4, 5], codes: { 2: 'placeholder:hiddenCopy' } });
  expect(read([2]).p.rows.find((x) => x.row === 2)?.data).toEqual({ name: '培训人次', row: '3' });
  expect(read([3])).toMatchObject({ rows: [2, 4, 5], codes: { 3: 'placeholder:hiddenCopy' } });
  // Seen, both rows are the table's: no guess about which is last year's.
  expect(read().rows).toEqual([2, 3, 4, 5]);
});

test('a hidden indicator of its own is read, and --explain says it is hidden', () => {
  expect(read([4])).toMatchObject({ rows: [2, 3, 4, 5], codes: { 4: 'indicator:hiddenIndicator' } });
});

test('v200: no error, every indicator once, the hidden row printed away still counted', async () => {
  const a = analyse(await readGrids(FILE));
  expect(a.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule}@${d.cell}`)).toEqual([]);
  expect(a.projects.map((x) => x.project.indicators.length)).toEqual([8, 6]);
});

test('an outline collapsed over a long table: every hidden row of its own read and marked', () => {
  const n = 20000;
  const rows: CellValue[][] = [ROWS[0]];
  for (let i = 0; i < n; i++) rows.push(['产出指标', '数量指标', `培训人次${i}`, '≥80人次']);
  const g = makeGrid('S', rows);
  g.hiddenRows = Array.from({ length: n - 1 }, (_, i) => i + 3);
  const [p] = recogniseSheet(g).projects;
  expect(p.indicators).toHaveLength(n);
  expect(p.rows.filter((x) => x.code === 'hiddenIndicator')).toHaveLength(n - 1);
});
