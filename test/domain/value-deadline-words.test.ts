/**
 * 时效 targets as county and provincial 绩效目标表 write them, read as the deadline they state:
 * “不晚于 / 不迟于 / 最迟 + date”, a deadline followed by what is to be done by then (“前完成项目验收”,
 * “底前投入使用”), months in Chinese numerals (“十二月底前”), “（含）” inside the date, a year alone on a 时效
 * row (“2025年”, “2025年度内”) and a span of dotted months (“2025.1-2025.12”). Each was text (VAL-10, no score) or a
 * number (2025 年; a range 2025.1–2025.12).
 */
import { parseValue } from '../../src/domain/value';

const date = (raw: string, timeRow = false) => {
  const p = parseValue(raw, { timeRow });
  return [p.kind, p.op, p.unit, p.date];
};

test.each([
  ['不晚于2025年12月31日', '2025-12-31'],
  ['不迟于2025年12月31日', '2025-12-31'],
  ['最迟2025年11月底', '2025-11'],
  ['最晚于2025年6月30日', '2025-06-30'],
  ['不晚于12月底', '--12'],
  ['2025年12月31日前完成项目验收', '2025-12-31'],
  ['2025年12月底前投入使用', '2025-12'],
  ['2025年6月30日前全部拨付到位', '2025-06-30'],
  ['12月底前完成全部建设任务', '--12'],
  ['2025年11月底前竣工验收', '2025-11'],
  ['十二月底前', '--12'],
  ['十一月底前完成', '--11'],
  ['六月三十日前', '--06-30'],
  ['2025年12月31日（含）前', '2025-12-31'],
  ['2025年12月31日(含当日)以前', '2025-12-31'],
])('%s: a deadline (%s)', (raw, iso) => {
  expect(date(raw)).toEqual(['quantitative', '≤', 'date', iso]);
  expect(date(raw, true)).toEqual(['quantitative', '≤', 'date', iso]);
});

test.each([
  ['2025年', '2025'],
  ['2025年度', '2025'],
  ['2025年度内', '2025-12'], // “年内” reads as “12月底前” on any row (value-phrases), the same deadline as “2025”
  ['2025年内完成', '2025-12'],
  ['2025.1-2025.12', '2025-12'],
  ['2025.01-2025.06', '2025-06'],
  ['2025.1—12', '2025-12'],
])('%s on a 时效 row: by the end of %s', (raw, iso) => {
  expect(date(raw, true)).toEqual(['quantitative', '≤', 'date', iso]);
});

test.each([
  ['2025年12月31日前完成率100%'], // a rate follows: not a deadline's words
  ['12月底前完成3次'],
  ['十分满意'],
  ['一月一次'],
])('%s: not a deadline', (raw) => {
  expect(parseValue(raw).unit).not.toBe('date');
});

test.each([['2025年'], ['2021-2023年'], ['2025.1-2025.12']])('%s off a 时效 row is not read as a deadline', (raw) => {
  expect(parseValue(raw).unit).not.toBe('date');
});
