/**
 * Rates written in words (千分之0.8, 千分之五, 万分之三, 百分之九十五) and in ‱; actuals in another unit of the
 * target's quantity (1,180,000元 or 118万 for 120万元, 0.5万元 for 5000元, 吨/千克, 公里/米, 年/个月, ‰/%);
 * actuals with words around their number as published 自评表 write them (完成95%, 已完成100%, 约120人,
 * 120余人, 近1000户, 逾1000户, 按期完成). The pane and the formula `fill` writes give one score.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { parseValue } from '../../src/domain/value';
import { rowScoreFormula } from '../../src/engine/formulas';
import { excelValue, indicatorRow, paneAndExcel } from '../helpers/score-row';
import { valueView } from '../helpers/value-view';

const view = valueView;

test.each([
  ['千分之0.8', ['quantitative', '=', '0.8', '‰']],
  ['千分之五', ['quantitative', '=', '5', '‰']],
  ['千分之零点八', ['quantitative', '=', '0.8', '‰']],
  ['万分之三', ['quantitative', '=', '3', '‱']],
  ['3‱', ['quantitative', '=', '3', '‱']],
  ['≤5‰', ['quantitative', '≤', '5', '‰']],
  ['不超过千分之五', ['quantitative', '≤', '5', '‰']],
  ['千分之0.8以下', ['quantitative', '≤', '0.8', '‰']],
  ['百分之九十五', ['quantitative', '=', '95', '%']],
  ['百分之十', ['quantitative', '=', '10', '%']],
  ['百分之百', ['quantitative', '=', '100', '%']],
  ['百分之5', ['quantitative', '=', '5', '%']],
])('%s: a rate', (raw, want) => expect(view(raw)).toEqual(want));

test.each([
  ['完成95%', ['quantitative', '=', '95', '%']],
  ['已完成100%', ['quantitative', '=', '100', '%']],
  ['完成率100%', ['quantitative', '=', '100', '%']],
  ['实际完成120人', ['quantitative', '=', '120', '人']],
  ['共计120人', ['quantitative', '=', '120', '人']],
  ['约120人', ['quantitative', '=', '120', '人']],
  ['近1000户', ['quantitative', '=', '1000', '户']],
  ['120余人', ['quantitative', '≥', '120', '人']],
  ['1000多户', ['quantitative', '≥', '1000', '户']],
  ['逾1000户', ['quantitative', '>', '1000', '户']],
  ['超过1000户', ['quantitative', '>', '1000', '户']],
  ['1.2万人次', ['quantitative', '=', '1.2', '万人次']],
  ['≥1.2万人次', ['quantitative', '≥', '1.2', '万人次']],
  ['不超过3个工作日', ['quantitative', '≤', '3', '个工作日']],
  ['1个月内', ['quantitative', '≤', '1', '个月']],
  ['100%（已完成）', ['quantitative', '=', '100', '%']],
])('%s: the number read through the words around it', (raw, want) => expect(view(raw)).toEqual(want));

test.each([['已完成'], ['基本完成'], ['达到预期'], ['按期完成'], ['已按时完成'], ['如期完成']])('%s: a grade', (raw) => expect(parseValue(raw).grade).not.toBeNull());

test.each([['近3年平均'], ['完成'], ['3个多月']])('%s: not read as an approximate count', (raw) => expect(parseValue(raw).changes).not.toContain('postfix-op'));

const row = (target: string, cost = false) => indicatorRow(target, { cost, level3: '指标' });

// [target, actual, score of 10]
const cases: [string, string | number, number][] = [
  ['120万元', '1,180,000元', 9.83],
  ['120万元', '118万', 9.83],
  ['120万元', '118万元', 9.83],
  ['5000元', '0.5万元', 10],
  ['≥5000元', '0.4万元', 8],
  ['≤100万元', '1,200,000元', 8.33],
  ['≥10吨', '8000千克', 8],
  ['≥10吨', '8000公斤', 8],
  ['≥2000千克', '1.5吨', 7.5],
  ['≥5公里', '4000米', 8],
  ['≥1000米', '1.2公里', 10],
  ['≤12个月', '1年', 10],
  ['≥2年', '18个月', 7.5],
  ['≤1‰', '0.08%', 10],
  ['≤0.1%', '2‰', 5],
  ['≤1‰', '千分之0.5', 10],
  ['≤0.05%', '千分之1', 5],
  ['≤1‰', '千分之零点五', 10],
  ['≤0.05%', '千分之一', 5],
  ['≥95%', '百分之九十六', 10],
  ['≥95%', '百分之百', 10],
  ['≤5‰', '万分之三', 10],
  ['≥12000人次', '1.2万人次', 10],
  ['≥10万千瓦时', '80000千瓦时', 8],
  ['≥3千人', '2400人', 8],
  ['≤2小时', '150分钟', 8],
  ['≤5天', '4日', 10],
  ['≤2周', '10天', 10],
  ['≥3公顷', '24000平方米', 8],
  ['≥2万平方米', '1.6公顷', 8],
  ['≥1.2万人次', '9600人次', 8],
  ['≥1.2万人次', '9,600人次', 8],
  ['≥95%', '完成95%', 10],
  ['≥95%', '已完成76%', 8],
  ['≥100人', '实际完成80人', 8],
  ['≥100户', '80户以上', 8],
  ['≥10000人', '12,000人', 10],
];

test.each(cases)('target %s, actual %p: %p of 10 in the pane and in Excel', async (target, actual, want) => {
  const r = await paneAndExcel(row(target), actual);
  expect([r.score, r.blocked, r.excel]).toEqual([want, null, want]);
});

// “无” / “未发生” for a lower-is-better count is 0 of it.
test.each([
  ['≤0起', '无', 10],
  ['0起', '未发生', 10],
  ['≤3次', '无', 10],
  ['≤0次', ' 无 ', 10],
  ['≤1‰', '无', 10],
])('target %s, actual %p: none, %p of 10 in the pane and in Excel', async (target, actual, want) => {
  const r = await paneAndExcel(row(target), actual);
  expect([r.score, r.blocked, r.excel]).toEqual([want, null, want]);
});

test.each([
  ['≥100人', '无'],
  ['≤120万元', '无'],
  ['3次', '无'],
])('target %s, actual %p: “无” is not read as 0 where more is better, on money, or for = a positive count', (target, actual) => {
  const ind = row(target);
  ind.actual = parseValue(actual);
  expect(scoreRow(ind, 10, DEFAULT_CONFIG).blocked).toBe('not-number');
});

test.each([
  ['120万元', '5000个'],
  ['≥95%', '9万'],
  ['≥10吨', '3公里'],
])('target %s, actual %p: another quantity is not converted', (target, actual) => {
  const ind = row(target);
  ind.actual = parseValue(actual);
  expect(scoreRow(ind, 10, DEFAULT_CONFIG).blocked).toBe('unit');
});

test('the formula written for one unit still reads an actual later typed in the target unit', async () => {
  const ind = row('120万元');
  ind.actual = parseValue('1,180,000元');
  const f = rowScoreFormula(ind, 'equal', 'B1', 'A1', false, DEFAULT_CONFIG)!;
  expect(await excelValue(f, '60万元', 10)).toBe(5);
  expect(await excelValue(f, 60, 10)).toBe(5);
  expect(await excelValue(f, '600,000元', 10)).toBe(5);
});

test('in a whole 自评表 an actual in 元 for a target in 万元 raises no SE-03 and is scored', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { analyse } = require('../../src/engine/analyse') as typeof import('../../src/engine/analyse');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { table, SELFEVAL_HEADER } = require('../helpers/table') as typeof import('../helpers/table');
  const rows = [
    ['产出指标', '成本指标', '设备购置成本', '≤120万元', '1,180,000元'],
    ['产出指标', '数量指标', '清运垃圾量', '≥10吨', '12000千克'],
    ['产出指标', '数量指标', '修缮道路长度', '≥5公里', '5200米'],
    ['产出指标', '质量指标', '事故发生率', '≤千分之0.8', '0.05%'],
    ['效益指标', '社会效益指标', '服务人次', '≥1.2万人次', '12500人次'],
    ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '完成95%'],
  ].map((r) => [...r, 10, null, null]);
  const g = table(rows, {
    header: SELFEVAL_HEADER,
    above: [
      ['项目名称', '设备项目'],
      ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额:', 120, 120, 118, 10, null, null],
    ],
  });
  const a = analyse([g]);
  const found = a.diagnostics.filter((d) => d.row > 4 && (d.severity === 'error' || d.rule.startsWith('SE-'))).map((d) => `${d.rule} ${d.message}`);
  expect(found).toEqual([]);
  expect(a.projects[0].score.rows.map((r) => r.score)).toEqual([10, 10, 10, 10, 10, 10]);
});

test.each([
  ['2024.12', '2024-12'],
  ['2024.9', '2024-09'],
  ['2024.10', '2024-10'],
  [' 2024．11 ', '2024-11'],
])('%s on a 时效 row: a month (%s)', (raw, date) => {
  const p = parseValue(raw, { timeRow: true });
  expect([p.kind, p.op, p.unit, p.date]).toEqual(['quantitative', '≤', 'date', date]);
  expect(parseValue(raw).unit).not.toBe('date');
});

test.each([['2024.13'], ['1800.12'], ['3.5']])('%s on a 时效 row: not a month', (raw) => expect(parseValue(raw, { timeRow: true }).unit).not.toBe('date'));

test.each([
  ['已于2024年11月完成', '2024-11'],
  ['于2024年10月底前完成', '2024-10'],
  ['已在2024年11月完成', '2024-11'],
])('%s: a date with words before it (%s)', (raw, date) => {
  const p = parseValue(raw);
  expect([p.kind, p.unit, p.date]).toEqual(['quantitative', 'date', date]);
});

// Approximate figures under a target they do not settle: neither the pane nor Excel scores them (SE-04 approx says why).
test.each([
  ['≥100人', '约80人'],
  ['≥100人', '80余人'],
  ['≥100户', '近80户'],
])('target %s, actual %p: not scored in the pane (approx)', async (target, actual) => {
  const r = await paneAndExcel(row(target), actual);
  expect([r.score, r.blocked]).toEqual([null, 'approx']);
});
