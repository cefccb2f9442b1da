/**
 * A range whose bounds are written in Chinese numerals (“三至五个”, “两到三次”, “5个至十个”) is the range of those numbers,
 * read as “3-5个” is: the low bound with ≥ and the high bound kept. Only before a unit a count takes, as a single numeral is
 * (“一至三年级”, “三至五成” stay text). An actual inside it is met — in the pane and in the Excel formula `fill` writes alike.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { formatValue, parseValue } from '../../src/domain/value';
import { rowScoreFormula } from '../../src/engine/formulas';
import { excelValue, indicatorRow } from '../helpers/score-row';

test.each([
  ['三至五个', '3', '5', '个'],
  ['两到三次', '2', '3', '次'],
  ['一至两个', '1', '2', '个'],
  ['十至十五人', '10', '15', '人'],
  ['三至五天', '3', '5', '天'],
  ['5个至十个', '5', '10', '个'],
  ['5至十个', '5', '10', '个'],
  ['三-五场', '3', '5', '场'],
  ['三～五家', '3', '5', '家'],
  ['介于三与五个之间', '3', '5', '个'],
  ['在两到三次之间', '2', '3', '次'],
])('%s: ≥ %s, upper %s, unit %s', (raw, low, high, unit) => {
  const p = parseValue(raw);
  expect([raw, p.kind, p.op, p.range, p.number, p.upper, p.unit]).toEqual([raw, 'quantitative', '≥', true, low, high, unit]);
  expect(formatValue(p)).toBe(`${low}${unit}-${high}${unit}`);
});

test.each(['一至三年级', '三至五成', '一到位', '三至五', '一至二', '十分至十二分满意', '一流至二流'])('%s stays text (no count unit after the numerals)', (raw) => {
  const p = parseValue(raw);
  expect([raw, p.range && p.upper !== undefined]).toEqual([raw, false]);
});

test.each<[string, string, number]>([
  ['三至五个', '4个', 10],
  ['三至五个', '四个', 10],
  ['三至五个', '2个', 6.67],
  ['两到三次', '三次', 10],
  ['两到三次', '1次', 5],
])('target %s, actual %s: pane and Excel agree (%p of 10)', async (target, actual, want) => {
  const ind = indicatorRow(target);
  ind.actual = parseValue(actual);
  const s = scoreRow(ind, 10, DEFAULT_CONFIG);
  const f = rowScoreFormula(ind, s.method!, 'B1', 'A1', false, DEFAULT_CONFIG)!;
  expect([s.score, await excelValue(f, actual, 10)]).toEqual([want, want]);
});
