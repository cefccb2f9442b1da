/**
 * Session 21: 部门整体支出绩效自评表 whose header row starts with the year's duty goals — 年度履职目标 | 实际完成情况 (or
 * 职责 | 年度履职目标 | 完成情况) before 一级 | 二级 | 三级 | 年度指标值 | 实际完成值. The goals' 实际完成情况 (words, merged
 * beside several indicators) was read as every indicator's actual: 4 false SE-02 errors and an SE-04 on a table fully met.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { makeGrid, type CellValue, type Merge } from '../../src/sheet/grid';

const ABOVE: CellValue[][] = [
  ['部门（单位）整体支出绩效自评表'],
  ['部门（单位）名称', '县农业农村局'],
  ['年度预算情况（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ['年度资金总额', 1200, 1350, 1296, 10, null, null],
];
const GRID: CellValue[][] = [
  ['产出指标', '数量指标', '新建高标准农田面积', '≥2万亩', '2.1万亩', 20, 20, null],
  ['产出指标', '质量指标', '工程验收合格率', '100%', '100%', 15, 15, null],
  ['产出指标', '时效指标', '资金支付及时率', '≥95%', '98%', 15, 15, null],
  ['效益指标', '经济效益指标', '亩均粮食增产', '≥50公斤', '55公斤', 15, 15, null],
  ['效益指标', '社会效益指标', '受益农户数', '≥3000户', '3200户', 15, 15, null],
  ['满意度指标', '服务对象满意度指标', '农户满意度', '≥90%', '93%', 10, 10, null],
];
const HEAD = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];

/** The grid with `pre` columns before it: their heads, and per row their cells (goal texts in the rows that start a goal). */
function sheet(preHead: string[], pre: (i: number) => CellValue[], head = HEAD) {
  const top = ABOVE.length + 1;
  const values = [...ABOVE, [...preHead, ...head], ...GRID.map((r, i) => [...pre(i), ...r]), ['总分', ...preHead.map(() => null), null, null, null, null, 100, 99.6]];
  // Each goal merged down beside its indicators (rows 1–3 and 4–6 of the grid).
  const merges: Merge[] = preHead.flatMap((_, k) => [
    { top: top + 1, left: k + 1, bottom: top + 3, right: k + 1 },
    { top: top + 4, left: k + 1, bottom: top + 6, right: k + 1 },
  ]);
  return makeGrid('自评表', values, merges);
}
const goal = (texts: [string, string][]) => (i: number) => (i === 0 ? texts[0] : i === 3 ? texts[1] : texts[0].map(() => null));

function read(g: ReturnType<typeof sheet>) {
  const p = analyse([g], DEFAULT_CONFIG).projects[0];
  return {
    actuals: p.project.indicators.map((x) => x.actual?.raw ?? null),
    errors: p.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule}@${d.cell}`),
    total: p.score.total,
  };
}

const MET = { actuals: ['2.1万亩', '100%', '98%', '55公斤', '3200户', '93%'], errors: [], total: 99.6 };

test.each([
  [
    '年度履职目标 | 实际完成情况',
    ['年度履职目标', '实际完成情况'],
    [
      ['推进高标准农田建设', '建成2.1万亩，验收合格'],
      ['促进农业增效农民增收', '粮食增产，农户增收'],
    ],
  ],
  [
    '职责 | 年度履职目标 | 完成情况',
    ['职责', '年度履职目标', '完成情况'],
    [
      ['农田建设管理', '推进高标准农田建设', '全面完成'],
      ['农业技术推广', '促进农业增效农民增收', '基本完成'],
    ],
  ],
  [
    '年度履职目标 | 实际完成情况, the indicators’ actual headed 全年实际完成值',
    ['年度履职目标', '实际完成情况'],
    [
      ['推进高标准农田建设', '已完成'],
      ['促进农业增效农民增收', '已完成'],
    ],
    HEAD.map((h) => (h === '实际完成值' ? '全年实际完成值' : h)),
  ],
])('%s before the levels: the indicators’ actuals are the 实际完成值 column, nothing false', (_, pre, texts, head = HEAD) => {
  expect(read(sheet(pre as string[], goal(texts as [string, string][]), head as string[]))).toEqual(MET);
});

test('实际完成值 left of the levels with no other actual column keeps the role (a form that puts it first)', () => {
  const head = ['实际完成值', '一级指标', '二级指标', '三级指标', '年度指标值', '分值', '得分', '偏差原因分析及改进措施'];
  const g = makeGrid('自评表', [...ABOVE, head, ...GRID.map((r) => [r[4], r[0], r[1], r[2], r[3], r[5], r[6], r[7]])], []);
  const p = analyse([g], DEFAULT_CONFIG).projects[0];
  expect([p.project.columns.actual, p.project.indicators.map((x) => x.actual?.raw)]).toEqual([1, MET.actuals]);
});
