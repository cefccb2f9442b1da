/**
 * 时效 targets in words (value-time.ts), on a 时效 row only: a span of months is a deadline at its end, 全年 the year's
 * end, 当天 a duration of at most a day, a recurring deadline (次月10日前) text that is still a time (no VAL-10).
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { parseValue } from '../../src/domain/value';
import { rowScoreFormula } from '../../src/engine/formulas';
import { excelValue, indicatorRow } from '../helpers/score-row';

const time = (s: string) => {
  const p = parseValue(s, { timeRow: true });
  return [p.kind, p.op, p.opImplicit, p.number, p.unit, p.date];
};

test.each<[string, unknown[]]>([
  ['1-3月', ['quantitative', '≤', true, null, 'date', '--03']],
  ['1月-3月', ['quantitative', '≤', true, null, 'date', '--03']],
  ['7至9月份', ['quantitative', '≤', true, null, 'date', '--09']],
  ['2024年1-12月', ['quantitative', '≤', true, null, 'date', '2024-12']],
  ['1-3月完成', ['quantitative', '≤', true, null, 'date', '--03']],
  ['全年', ['quantitative', '≤', true, null, 'date', '--12']],
  ['全年完成', ['quantitative', '≤', true, null, 'date', '--12']],
  ['当天', ['quantitative', '≤', false, '1', '天', null]],
  ['当日办结', ['quantitative', '≤', false, '1', '天', null]],
  ['次月10日前', ['qualitative', null, false, null, null, null]],
  ['每月10日前', ['qualitative', null, false, null, null, null]],
  ['每季度末前完成', ['qualitative', null, false, null, null, null]],
  // Not these: a duration range in 个月, months out of order or beyond 12, words that say no time.
  ['1-3个月', ['quantitative', '≥', false, '1', '个月', null]],
  ['3-1月', ['quantitative', '≥', false, '1', '月', null]],
  ['1-13月', ['quantitative', '≥', false, '1', '月', null]],
  ['及时', ['qualitative', null, false, null, null, null]],
])('%s on a 时效 row', (s, want) => expect(time(s)).toEqual(want));

test('off a 时效 row the words are read as before', () => {
  expect(parseValue('当天').kind).toBe('qualitative');
  expect(parseValue('全年').kind).toBe('qualitative');
  expect(parseValue('1-3月').range).toBe(true);
});

test('the readings are marked: NRM-06 leaves the words as written, VAL-10 knows a recurring deadline is a time', () => {
  for (const s of ['当天', '全年', '1-3月', '次月10日前']) expect(parseValue(s, { timeRow: true }).changes).toContain('time-words');
});

test.each<[string, string, number]>([
  ['当天办结', '3小时', 10],
  ['当天', '1天', 10],
  ['当天', '2天', 5],
  ['当天', '36小时', 6.67],
])('%s done in %s: pane and Excel agree', async (target, actual, want) => {
  const ind = indicatorRow('x', { level2: '时效指标' });
  ind.target = parseValue(target, { timeRow: true });
  ind.actual = parseValue(actual, { timeRow: true });
  const s = scoreRow(ind, 10, DEFAULT_CONFIG);
  const f = rowScoreFormula(ind, s.method!, 'B1', 'A1', false, DEFAULT_CONFIG)!;
  expect([s.score, await excelValue(f, actual, 10)]).toEqual([want, want]);
});
