/**
 * Two separately named tables side by side share their sheet rows. A correction that names a column applies to the
 * table holding it; one by row number alone applies to the leftmost table with cells on that row (as a row number
 * alone names the left half of a table printed in two halves) — never to both. The pane names the column when a
 * table shares its rows with another (engine/reading.ts), so its one click changes one table's row.
 */
import { analyse } from '../../src/engine/analyse';
import { parseCorrections } from '../../src/engine/corrections';
import { readingOf } from '../../src/engine/reading';
import { fileReport } from '../../src/engine/report';
import { makeGrid, type CellValue, type Grid } from '../../src/sheet/grid';

const H = ['一级指标', '二级指标', '三级指标', '指标值'];
const LEFT: CellValue[][] = [
  ['产出指标', '数量指标', '培训人次', '≥100人次'],
  ['产出指标', '质量指标', '培训合格率', '≥95%'],
  ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%'],
];
const RIGHT: CellValue[][] = [
  ['产出指标', '数量指标', '养护里程', '≥120公里'],
  ['产出指标', '质量指标', '优良路率', '≥80%'],
  ['效益指标', '社会效益指标', '通行条件', '明显改善'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
  ['满意度指标', '服务对象满意度指标', '沿线企业满意度', '≥85%'],
];
const pad = (n: number): CellValue[] => Array.from({ length: n }, () => null);

/** Left table A–D, right table F–I (names and budgets on rows 1–2); the right one's header `drop` rows lower. */
function sheet(drop = 0): Grid {
  const rows: CellValue[][] = [];
  const put = (r: number, c: number, cells: CellValue[]) => {
    while (rows.length < r) rows.push([]);
    const row = rows[r - 1];
    while (row.length < c - 1) row.push(null);
    row.splice(c - 1, cells.length, ...cells);
  };
  put(1, 1, ['项目名称', '职业技能培训']);
  put(2, 1, ['预算金额（万元）', 120]);
  put(3, 1, H);
  LEFT.forEach((x, i) => put(4 + i, 1, x));
  put(1, 6, ['项目名称', '农村公路养护']);
  put(2, 6, ['预算金额（万元）', 300]);
  put(3 + drop, 6, H);
  RIGHT.forEach((x, i) => put(4 + drop + i, 6, x));
  for (const row of rows) row.push(...pad(9 - row.length));
  return makeGrid('并排', rows);
}

/** Each project: name and the roles of its rows below the header, as “5 note”. */
function read(g: Grid, map?: unknown): string[][] {
  const a = analyse([g], undefined, map ? parseCorrections(map) : undefined);
  return fileReport('f', a).projects.map((p) => [p.name, ...p.rows.filter((x) => x.role !== 'header').map((x) => `${x.row} ${x.role}`)]);
}

test('a row number alone changes the left table’s row only, not the right table’s on the same sheet row', () => {
  const got = read(sheet(), { rows: [{ sheet: '并排', row: 5, role: 'note' }] });
  expect(got[0]).toEqual(['职业技能培训', '4 indicator', '5 note', '6 indicator']);
  expect(got[1]).toEqual(['农村公路养护', '4 indicator', '5 indicator', '6 indicator', '7 indicator', '8 indicator']);
});

test('below the left table’s end the right table holds the row alone: a row number changes it there', () => {
  const got = read(sheet(), { rows: [{ sheet: '并排', row: 8, role: 'placeholder' }] });
  expect(got[0]).toEqual(['职业技能培训', '4 indicator', '5 indicator', '6 indicator']);
  expect(got[1]).toEqual(['农村公路养护', '4 indicator', '5 indicator', '6 indicator', '7 indicator', '8 placeholder']);
});

test('tables side by side with their headers on different rows are each read whole, with their own names', () => {
  // The left header's row is empty above the right table: its band ran on over F–I and the left table ended at the right's header.
  const got = read(sheet(2));
  expect(got[0]).toEqual(['职业技能培训', '4 indicator', '5 indicator', '6 indicator']);
  expect(got[1]).toEqual(['农村公路养护', '6 indicator', '7 indicator', '8 indicator', '9 indicator', '10 indicator']);
});

test('the right header one row lower, beside the left table’s first indicator: that row is an indicator, not a second header row', () => {
  const got = read(sheet(1));
  expect(got[0]).toEqual(['职业技能培训', '4 indicator', '5 indicator', '6 indicator']);
  expect(got[1]).toEqual(['农村公路养护', '5 indicator', '6 indicator', '7 indicator', '8 indicator', '9 indicator']);
});

test('tables side by side with their headers on different rows: a row number alone still changes one table', () => {
  const got = read(sheet(2), { rows: [{ sheet: '并排', row: 6, role: 'note' }] });
  expect(got[0]).toEqual(['职业技能培训', '4 indicator', '5 indicator', '6 note']);
  expect(got[1]).toEqual(['农村公路养护', '6 indicator', '7 indicator', '8 indicator', '9 indicator', '10 indicator']);
});

test('a row named with a column changes the table holding that column, whichever side', () => {
  const got = read(sheet(), { rows: [{ sheet: '并排', row: 5, column: 'I', role: 'note' }] });
  expect(got[0]).toEqual(['职业技能培训', '4 indicator', '5 indicator', '6 indicator']);
  expect(got[1]).toEqual(['农村公路养护', '4 indicator', '5 note', '6 indicator', '7 indicator', '8 indicator']);
});

test('the pane’s reading names each side-by-side table’s column on its rows; a table alone on its rows keeps plain row numbers', () => {
  const g = sheet();
  const a = analyse([g]);
  const [left, right] = a.projects.map((x) => x.project);
  const others = [left, right];
  expect(readingOf(left, g, 300, others).rows.map((x) => `${x.column ?? ''}${x.row}`)).toEqual(['D3', 'D4', 'D5', 'D6']);
  expect(readingOf(right, g, 300, others).rows.map((x) => `${x.column ?? ''}${x.row}`)).toEqual(['I3', 'I4', 'I5', 'I6', 'I7', 'I8']);
  const alone = makeGrid('S', [['项目名称', '甲'], H, ...LEFT]);
  const p = analyse([alone]).projects[0].project;
  expect(readingOf(p, alone, 300, [p]).rows.map((x) => `${x.column ?? ''}${x.row}`)).toEqual(['2', '3', '4', '5']);
});
