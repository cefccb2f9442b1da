/**
 * Session 23: a 自评表 whose indicators come in blocks, each under a header of its own with its points in its label
 * (年度绩效目标1（40分） | 年度绩效目标2（40分）), no 分值 column. Each block's points go to its own rows; before, the first label's
 * 40 was split over every row and each 得分 drew SE-07. A page's repeated header that repeats the same label stays one table.
 */
import { analyse } from '../../src/engine/analyse';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { makeGrid, type CellValue } from '../../src/sheet/grid';

const HEAD = ['一级指标', '二级指标', '三级指标', '年初目标值（A）', '实际完成值（B）', '得分'];

function sheet(labels: [string, string], scores: [number[], number[]]) {
  const rows: CellValue[][] = [
    ['2020年度水土保持监测项目绩效自评表', null, null, null, null, null, null],
    ['项目名称', '水土保持监测', null, '主管部门', '某市水利局', null, null],
    ['预算执行情况（万元）（20分）', null, null, '预算数（A）', '执行数（B）', '执行率（B/A）', '得分（20分*执行率）'],
    ['年度财政资金总额', null, null, 10, 10, 1, 20],
    [labels[0], ...HEAD],
    [null, '产出指标', '数量指标', '监测站点数量', '12个', '12个', scores[0][0]],
    [null, '产出指标', '质量指标', '监测数据合格率', '≥95%', '93%', scores[0][1]],
    [labels[1], ...HEAD],
    [null, '效益指标', '社会效益指标', '监测数据覆盖率', '≥90%', '92%', scores[1][0]],
    [null, '满意度指标', '服务对象满意度指标', '资料使用单位满意度', '≥90%', '95%', scores[1][1]],
  ];
  const merges = [
    { top: 5, left: 1, bottom: 7, right: 1 },
    { top: 8, left: 1, bottom: 10, right: 1 },
  ];
  const r = analyse([makeGrid('自评表', rows, merges)], DEFAULT_CONFIG);
  return r.projects.map(({ project: p, score }) => ({
    weights: score.rows.map((x) => x.weight),
    total: score.total,
    se07: r.diagnostics.filter((d) => d.rule === 'SE-07').length,
    indicators: p.indicators.length,
  }));
}

test.each([
  ['年度绩效目标1（40分）', '年度绩效目标2（40分）', [20, 20, 20, 20]],
  ['年度绩效目标1（50分）', '年度绩效目标2（30分）', [25, 25, 15, 15]],
  ['绩效目标一（60分）', '绩效目标二（20分）', [30, 30, 10, 10]],
] as [string, string, number[]][])('%s beside block 1, %s beside block 2: each block’s points go to its own rows', (a, b, weights) => {
  const scores: [number[], number[]] = [
    [weights[0], Math.round(weights[1] * (93 / 95) * 100) / 100],
    [weights[2], weights[3]],
  ];
  const [got] = sheet([a, b], scores);
  expect(got.indicators).toBe(4);
  expect(got.weights).toEqual(weights);
  expect(got.se07).toBe(0);
  expect(got.total).toBe(Math.round((scores[0][0] + scores[0][1] + scores[1][0] + scores[1][1] + 20) * 100) / 100);
});

test('a page’s repeated header repeating the same label (绩效指标（80分） on each page) stays one table of 80 points', () => {
  const [got] = sheet(
    ['绩效指标（80分）', '绩效指标（80分）'],
    [
      [20, 19.58],
      [20, 20],
    ],
  );
  expect(got.weights).toEqual([20, 20, 20, 20]);
  expect(got.se07).toBe(0);
});
