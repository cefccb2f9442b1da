/**
 * One 分值 cell (and sometimes the 得分 beside it) merged down over the rows of a 二级: the group's points written once.
 * Excel keeps the number in the merge's top cell and the covered cells read empty; each row's share is the number
 * spread evenly over the indicators the merge covers (before: the first row had all 20 points and a false SE-06 /
 * SE-08, the next none, and the 总分 a false SE-13).
 */
import { analyse } from '../../src/engine/analyse';
import { fullReport } from '../../src/engine/report';
import { recogniseSheet } from '../../src/sheet/recognise';
import { makeGrid } from '../../src/sheet/grid';
import { grids } from '../helpers/fixtures';

const report = async (file: string) => fullReport([{ file, analysis: analyse(await grids(`variants/${file}`)) }]).files[0];

test('v160: 分值 20 merged over the two 数量指标 rows is 10 each; no error on the sheet', async () => {
  const r = await report('v160-merged-weight-cell.xlsx');
  expect(r.projects[0].indicators.map((i) => i.sheetWeight)).toEqual([10, 10, 10, 10, 10, 15, 15, 10]);
  expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule}@${d.cell}`)).toEqual([]);
});

test('v161: 分值 and 得分 both merged over a 二级: each row has its share of both, the total adds up', async () => {
  const r = await report('v161-merged-weight-and-score.xlsx');
  const p = r.projects[0];
  expect(p.indicators.map((i) => [i.sheetWeight, i.sheetScore])).toEqual([
    [10, 10],
    [10, 10],
    [10, 10],
    [10, 10],
    [10, 10],
    [15, 15],
    [15, 15],
    [10, 10],
  ]);
  expect(p.indicators.map((i) => i.weight)).toEqual([10, 10, 10, 10, 10, 15, 15, 10]);
  expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule}@${d.cell}`)).toEqual([]);
});

const head = ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分', '偏差原因'];
const row = (l3: string, w: number | null, s: number | null) => ['产出指标', '数量指标', l3, '≥10个', '10个', w, s, null];

test('10 points merged over three rows: a third each, the 得分 of each row its own', () => {
  const values = [head, row('甲', 10, 10), row('乙', null, null), row('丙', null, null), row('丁', 5, 5)];
  const [p] = recogniseSheet(makeGrid('S', values, [{ top: 2, left: 6, bottom: 4, right: 6 }])).projects;
  expect(p.indicators.map((i) => i.sheetWeight)).toEqual([10 / 3, 10 / 3, 10 / 3, 5]);
  expect(p.indicators.map((i) => i.sheetScore)).toEqual([10, null, null, 5]);
});

test('a 分值 merged across two columns on one row is that row’s own', () => {
  const values = [
    [...head, null],
    [...row('甲', 10, 10), null],
    [...row('乙', 10, 10), null],
  ];
  const [p] = recogniseSheet(makeGrid('S', values, [{ top: 2, left: 6, bottom: 2, right: 7 }])).projects;
  expect(p.indicators.map((i) => i.sheetWeight)).toEqual([10, 10]);
});

test('v163: a framework 自评表’s 项目效益 分值 31 and 得分 31 merged over two rows: 15.5 each; SE-08 stays on the 决策 / 过程 rows', async () => {
  const r = await report('v163-framework-merged-points.xlsx');
  expect(r.projects[0].indicators.slice(-2).map((i) => [i.sheetWeight, i.sheetScore])).toEqual([
    [15.5, 15.5],
    [15.5, 15.5],
  ]);
  expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule}@${d.cell}`)).toEqual(['SE-08@H6', 'SE-08@H9']);
});
