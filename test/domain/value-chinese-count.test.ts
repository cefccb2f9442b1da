/**
 * A count written in Chinese numerals (“三个”, “≥两次”, “不少于十二场”) is the number before its unit; the numeral
 * alone before words that are no unit (“一流”, “一次性”, “一站式”, “三公经费”) stays text. The formula `fill` writes
 * reads the actual's numeral the same way.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { parseValue } from '../../src/domain/value';
import { rowScoreFormula } from '../../src/engine/formulas';
import { excelValue, indicatorRow } from '../helpers/score-row';
import { valueView } from '../helpers/value-view';

test.each<[string, unknown]>([
  ['三个', ['quantitative', '=', '3', '个']],
  ['≥三个', ['quantitative', '≥', '3', '个']],
  ['不少于三次', ['quantitative', '≥', '3', '次']],
  ['两场', ['quantitative', '=', '2', '场']],
  ['十二个月', ['quantitative', '=', '12', '个月']],
  ['三个以上', ['quantitative', '≥', '3', '个']],
])('%s', (s, want) => expect(valueView(s)).toEqual(want));

// “三成” is no count but 30 % since session 14 (test/domain/value-percent-words.test.ts).
test.each(['一流', '一次性', '一站式', '十分满意', '三公经费', '一户一档', '五年规划', '一般', '一半'])('%s stays text', (s) => {
  expect(parseValue(s).kind).toBe('qualitative');
});

test.each<[string, string, number]>([
  ['≥3个', '三个', 10],
  ['≥4次', '两次', 5],
  ['≥12场', '十二场', 10],
])('%s met by %s: pane and Excel agree', async (target, actual, want) => {
  const ind = indicatorRow(target);
  ind.actual = parseValue(actual);
  const s = scoreRow(ind, 10, DEFAULT_CONFIG);
  const f = rowScoreFormula(ind, s.method!, 'B1', 'A1', false, DEFAULT_CONFIG)!;
  expect([s.score, await excelValue(f, actual, 10)]).toEqual([want, want]);
});
