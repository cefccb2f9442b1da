/**
 * Words that state a number on a row whose name says what it measures (value-measure.ts) and 时效 targets as a point in the
 * year (value-time.ts): read the same in the engine and in the formula fill writes (the double's model of Excel).
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { measureOf } from '../../src/domain/units';
import { parseValue, type ValueContext } from '../../src/domain/value';
import { rowScoreFormula } from '../../src/engine/formulas';
import { excelValue, indicatorRow } from '../helpers/score-row';

const ctxOf = (name: string, time = false): ValueContext => ({ measure: measureOf(name), timeRow: time });
const view = (raw: string, name: string, time = false) => {
  const p = parseValue(raw, ctxOf(name, time));
  return [p.kind, p.op, p.number, p.unit, p.date];
};

test.each([
  ['全覆盖', '行政村覆盖率', ['quantitative', '=', '100', '%', null]],
  ['实现全覆盖', '宣传覆盖率', ['quantitative', '=', '100', '%', null]],
  ['3/4', '书屋开放率', ['quantitative', '=', '75', '%', null]],
  ['≥2/3', '验收合格率', ['quantitative', '≥', '66.6667', '%', null]],
  ['零事故', '安全事故发生率', ['quantitative', '=', '0', '%', null]],
  ['零投诉', '群众投诉率', ['quantitative', '=', '0', '%', null]],
  ['无重大安全责任事故', '重大安全责任事故发生次数', ['quantitative', '=', '0', null, null]],
  ['未发生较大及以上安全事故', '安全事故起数', ['quantitative', '=', '0', null, null]],
  ['全年无安全事故', '安全事故发生次数', ['quantitative', '=', '0', null, null]],
  ['安全事故零发生', '安全事故发生率', ['quantitative', '=', '0', '%', null]],
  ['投诉为零', '群众投诉率', ['quantitative', '=', '0', '%', null]],
  // the name says nothing of a rate or a harm: the words stay text
  ['全覆盖', '覆盖范围', ['qualitative', null, null, null, null]],
  ['3/4', '完成情况', ['qualitative', null, null, null, null]],
  ['零事故', '安全生产', ['qualitative', null, null, null, null]],
  ['无重大安全责任事故', '培训人数', ['qualitative', null, null, null, null]],
  // a rate row whose words are not a number of it
  ['全面提升', '覆盖率', ['qualitative', null, null, null, null]],
] as const)('%s on “%s”', (raw, name, want) => expect(view(raw, name)).toEqual(want));

test.each([
  ['12月', '项目完成时间', ['quantitative', '≤', null, 'date', '--12']],
  ['≤6月', '资金拨付时间', ['quantitative', '≤', null, 'date', '--06']],
  ['每年3月底前', '补助资金拨付时间', ['quantitative', '≤', null, 'date', '--03']],
  ['每年12月', '报告报送时间', ['quantitative', '≤', null, 'date', '--12']],
  // a length of time: 12 months
  ['12月', '项目建设周期', ['quantitative', '=', '12', '月', null]],
  ['≤12月', '设备质保期', ['quantitative', '≤', '12', '月', null]],
  ['12个月', '项目完成时间', ['quantitative', '=', '12', '个月', null]],
  ['18月', '项目完成时间', ['quantitative', '=', '18', '月', null]],
  // not a 时效 row: a count of months as written
  ['12月', '培训月数', ['quantitative', '=', '12', '月', null]],
] as const)('时效 %s on “%s”', (raw, name, want) => expect(view(raw, name, !name.endsWith('月数'))).toEqual(want));

test.each([
  ['全覆盖', '行政村覆盖率', '100%', 12.5],
  ['全覆盖', '行政村覆盖率', '全覆盖', 12.5],
  ['100%', '行政村覆盖率', '全覆盖', 12.5],
  ['≥60%', '群众参与率', '3/4', 12.5],
  ['≥90%', '群众参与率', '3/4', 10.42],
  ['零事故', '安全事故发生率', '0', 12.5],
  ['零事故', '安全事故发生率', '零事故', 12.5],
  ['零事故', '安全事故发生率', '无', 12.5],
  ['无重大安全责任事故', '重大安全责任事故发生次数', '0次', 12.5],
  ['无重大安全责任事故', '重大安全责任事故发生次数', '1次', 0],
] as const)('target %s on “%s”, actual %s: engine and Excel give %p', async (target, name, actual, want) => {
  const ind = { ...indicatorRow(target, { level3: name }), target: parseValue(target, ctxOf(name)), actual: parseValue(actual, ctxOf(name)) };
  const s = scoreRow(ind, 12.5, DEFAULT_CONFIG);
  expect(s.score).toBe(want);
  for (const pct of [false, true]) {
    const f = rowScoreFormula(ind, s.method!, 'B1', 'A1', pct, DEFAULT_CONFIG)!;
    expect([pct, f, await excelValue(f, actual, 12.5, pct)]).toEqual([pct, f, s.score]);
  }
});

test('a month of the year on a 时效 row is met by a date in it or before it', () => {
  const at = (target: string, actual: string) => {
    const ind = { ...indicatorRow(target, { level2: '时效指标', level3: '项目完成时间' }), target: parseValue(target, ctxOf('项目完成时间', true)) };
    return scoreRow({ ...ind, actual: parseValue(actual, ctxOf('项目完成时间', true)) }, 10, DEFAULT_CONFIG).score;
  };
  expect([at('12月', '2024年12月20日'), at('6月', '2024年7月2日'), at('每年3月底前', '2024年3月25日'), at('每年3月底前', '2024年4月1日')]).toEqual([10, 0, 10, 0]);
});
