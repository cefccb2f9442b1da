/**
 * A deadline that names its year and says “within” it (“2024年内”, “2024年度内完成”): by the end of that year, as
 * “2024年12月底前” is. “2024年内” was read as a length of 2024 years (≤2024年), “2024年度内完成” as text (false VAL-10,
 * SE-04 on its actual). A length (“2年内”, “3年内完成”) stays a length.
 */
import { parseValue } from '../../src/domain/value';

const view = (s: string) => {
  const p = parseValue(s);
  return [p.kind, p.op, p.number, p.unit, p.date];
};

test.each([
  ['2024年内', '2024年12月底前'],
  ['2024年度内', '2024年12月底前'],
  ['2024年之内', '2024年12月底前'],
  ['2024年内完成', '2024年12月底前完成'],
  ['2024年度内完成', '2024年12月底前完成'],
  ['2025年以内完成', '2025年12月底前完成'],
])('%s reads as %s', (s, same) => {
  expect(view(same)[3]).toBe('date');
  expect(view(s)).toEqual(view(same));
});

test('a length within years stays a length', () => {
  expect(view('2年内')).toEqual(['quantitative', '≤', '2', '年', null]);
  expect(parseValue('3年内完成').unit).not.toBe('date');
});

// Found by the words property on CI's random seed: “2200 years之內” was text, because a four-digit count
// was taken as a deadline year the date grammar then refused. Outside 1900–2199 it is a count of years.
test.each(['2200年之内', '2200年以内', '3000年内', '2200 years之內', '１８９９年之内'])('%s is a count of years', (s) => {
  expect(view(s).slice(0, 2)).toEqual(['quantitative', '≤']);
  expect(view(s)[3]).toBe('年');
});

test.each(['1900年之内', '2199年以内'])('%s, at the edge of the years read, is a deadline', (s) => {
  expect(view(s)[3]).toBe('date');
});
