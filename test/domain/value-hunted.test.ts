/**
 * Value spellings found in published 绩效目标表 / 自评表 (池州贵池 2022 自评表, 红河 2024 自评报告, county
 * 目标表 templates) that were misread: a comparison with a reference (“≤预算数”, “不低于上年”) taken for
 * an operator missing its number (false VAL-02 error, no total); growth written as a change (“较上年增长5%”);
 * “≥90%（含90%）”; “每年1次”; deadlines without a year or by quarter (“年底前”, “第三季度前”);
 * 是/否 targets, whose actual “是” / “否” could not be scored (false SE-04 error).
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { parseValue } from '../../src/domain/value';
import { rowScoreFormula } from '../../src/engine/formulas';
import { excelValue, indicatorRow, paneAndExcel } from '../helpers/score-row';

const view = (s: string) => {
  const p = parseValue(s);
  return [p.kind, p.op, p.number, p.unit, p.date];
};

test.each([
  ['≤预算数', ['qualitative', '≤', null, null, null]],
  ['≥上年', ['qualitative', '≥', null, null, null]],
  ['≥良好', ['qualitative', '≥', null, null, null]],
  ['不低于上年', ['qualitative', '≥', null, null, null]], // read as “≥上年” is (session 10)
  ['≤批复预算', ['qualitative', '≤', null, null, null]],
  ['≤合同金额', ['qualitative', '≤', null, null, null]],
  ['≥国家标准', ['qualitative', '≥', null, null, null]],
  // an operator before a unit alone is still VAL-02's case
  ['≥ 万元', ['quantitative', '≥', null, '万元', null]],
  ['≥%', ['quantitative', '≥', null, '%', null]],
])('%s: a comparison with a reference is text (VAL-02 asks for the number), not a quantity in a unit “预算数”', (raw, want) => expect(view(raw)).toEqual(want));

test.each([
  ['较上年增长5%', ['quantitative', '≥', '5', '%', null]],
  ['同比增长10%', ['quantitative', '≥', '10', '%', null]],
  ['比上年提高2个百分点', ['quantitative', '≥', '2', '个百分点', null]],
  ['增长≥5%', ['quantitative', '≥', '5', '%', null]],
  ['增长5%以上', ['quantitative', '≥', '5', '%', null]],
  ['较上年下降5%', ['quantitative', '≥', '5', '%', null]],
  ['降低10%以上', ['quantitative', '≥', '10', '%', null]],
  ['增加3个', ['quantitative', '≥', '3', '个', null]],
])('%s: growth (or a fall) of at least that much', (raw, want) => {
  expect(view(raw)).toEqual(want);
  expect(parseValue(raw).changes).toContain('relative');
});

test.each([
  ['≥90%（含90%）', ['quantitative', '≥', '90', '%', null]],
  ['≥90%(含)', ['quantitative', '≥', '90', '%', null]],
  ['≤5天（含本数）', ['quantitative', '≤', '5', '天', null]],
  ['>90%（不含90%）', ['quantitative', '>', '90', '%', null]],
  ['每年1次', ['quantitative', '=', '1', '次/年', null]],
  ['每季度不少于1次', ['quantitative', '≥', '1', '次/季度', null]],
  ['每月2次以上', ['quantitative', '≥', '2', '次/月', null]],
])('%s', (raw, want) => expect(view(raw)).toEqual(want));

test.each([
  ['年底前', '--12'],
  ['年底前完成', '--12'],
  ['年内完成', '--12'],
  ['当年完成', '--12'],
  ['本年度内', '--12'],
  ['当年12月', '--12'],
  ['2024年第三季度前', '2024-09'],
  ['2024年三季度末', '2024-09'],
  ['第四季度', '--12'],
  ['一季度完成', '--03'],
  ['上半年', '--06'],
  ['下半年完成', '--12'],
  ['2024年上半年', '2024-06'],
  ['Q4 2024', '2024-12'],
  ['by Q2 2025', '2025-06'],
])('%s: a deadline (%s)', (raw, date) => {
  const p = parseValue(raw);
  expect([p.kind, p.op, p.unit, p.date]).toEqual(['quantitative', '≤', 'date', date]);
});

test.each([['年度'], ['第四季度工作总结'], ['季度'], ['全年'], ['下半年度考核']])('%s: not a deadline', (raw) => {
  expect(parseValue(raw).unit).not.toBe('date');
});

const row = (target: string) => indicatorRow(target, { level2: '质量指标', level3: '是否发生安全事故' });

const excel = (formula: string, actual: string | number | null, weight: number) => excelValue(formula, actual, weight);

describe('是 / 否 targets', () => {
  test.each([
    ['是', '是', 10],
    ['否', '否', 10],
    ['是', '否', 3],
    ['否', '是', 3],
    ['是', ' 是 ', 10],
    ['是', '达成年度指标', 10],
    ['否', '未达成年度指标且效果较差', 3],
  ])('target %s, actual %s: %p of 10, in the pane and in Excel', async (target, actual, want) => {
    const r = await paneAndExcel(row(target), actual);
    expect([r.method, r.score, r.blocked, r.excel]).toEqual(['qualitative', want, null, want]);
  });

  test('an actual that is neither stays unscored in both', async () => {
    const ind = row('是');
    ind.actual = parseValue('不清楚');
    const s = scoreRow(ind, 10, DEFAULT_CONFIG);
    expect(s.score).toBeNull();
    const f = rowScoreFormula(ind, s.method!, 'B1', 'A1', false, DEFAULT_CONFIG)!;
    expect(await excel(f, '不清楚', 10)).toBe('');
  });
});

describe('counts per year', () => {
  test.each([
    ['每年1次', '2次', 10],
    ['每年4次', '3次', 7.5],
    ['每年4次', '3次/年', 7.5],
    ['≥2次/年', 1, 5],
  ])('target %s, actual %p: %p of 10, in the pane and in Excel', async (target, actual, want) => {
    const r = await paneAndExcel(row(target), actual);
    expect([r.score, r.blocked, r.excel]).toEqual([want, null, want]);
  });

  test('a count per quarter is not a count per year', () => {
    const ind = row('每季度1次');
    ind.actual = parseValue('4次');
    expect(scoreRow(ind, 10, DEFAULT_CONFIG).blocked).toBe('unit');
  });
});

test('in a whole 自评表 these rows raise no false error', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { analyse } = require('../../src/engine/analyse') as typeof import('../../src/engine/analyse');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { table, SELFEVAL_HEADER } = require('../helpers/table') as typeof import('../helpers/table');
  const rows = [
    ['产出指标', '成本指标', '项目成本', '≤预算数', '≤预算数'],
    ['产出指标', '数量指标', '巡查次数', '每年4次', '4次'],
    ['产出指标', '质量指标', '是否发生安全事故', '否', '否'],
    ['产出指标', '时效指标', '完成时间', '年底前完成', '2024年12月20日'],
    ['效益指标', '经济效益指标', '收入增长率', '较上年增长5%', '6%'],
    ['效益指标', '社会效益指标', '服务水平', '不低于上年', '达成年度指标'],
    ['满意度指标', '服务对象满意度指标', '满意度', '≥90%（含90%）', '95%'],
  ].map((r) => [...r, 10, null, null]);
  const g = table(rows, {
    header: SELFEVAL_HEADER,
    above: [
      ['项目名称', '巡查项目'],
      ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额:', 100, 100, 100, 10, null, null],
    ],
  });
  const a = analyse([g]);
  const errors = a.diagnostics.filter((d) => d.severity === 'error' && d.row > 4).map((d) => `${d.rule} ${d.message}`);
  // Targets compared with a reference still lack their number (VAL-02, as the rule's documented case says); the 成本
  // row's actual repeats its target, which is met (scoring.ts actualGrade). Nothing on the 否, 每年, 年底前, 增长, （含） rows.
  expect(errors).toEqual(['VAL-02 “项目成本”的指标值“≤预算数”有比较符号却没有数值', 'VAL-02 “服务水平”的指标值“不低于上年”有比较符号却没有数值']);
  expect(a.projects[0].score.rows.map((r) => r.score)).toEqual([10, 10, 10, 10, 10, 10, 10]);
});
