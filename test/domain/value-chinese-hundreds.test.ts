/**
 * Counts in Chinese numerals with 百 and 千 (“一百二十人”, “不少于三百户”, “两千人”, “一千零五十个”): the number before its unit,
 * as “三个” already was — such targets were text (VAL “not a number”, no score). An actual so written is scored in the pane
 * and in Excel alike (the formula swaps the numerals for digits; session 13 left it unscored in both).
 */
import { parseValue } from '../../src/domain/value';
import { indicatorRow, paneAndExcel } from '../helpers/score-row';

const view = (s: string) => {
  const p = parseValue(s);
  return [p.kind, p.op, p.number, p.unit];
};

test.each([
  ['一百二十人', '=', '120', '人'],
  ['一百人', '=', '100', '人'],
  ['不少于三百户', '≥', '300', '户'],
  ['≥两百人次', '≥', '200', '人次'],
  ['两千人', '=', '2000', '人'],
  ['一千零五十个', '=', '1050', '个'],
  ['一千二百人', '=', '1200', '人'],
  ['三百零五人', '=', '305', '人'],
  ['一百一十次', '=', '110', '次'],
  ['五百个以上', '≥', '500', '个'],
])('%s is %s%s %s', (raw, op, number, unit) => {
  expect(view(raw)).toEqual(['quantitative', op, number, unit]);
});

test.each(['百花齐放', '千家万户', '一百分', '百姓满意', '千方百计'])('%s stays text', (s) => {
  expect(parseValue(s).kind).toBe('qualitative');
});

test('targets in 百/千 score the actual, in the pane and in Excel; an actual in 百/千 too (since session 14)', async () => {
  for (const [target, actual, want] of [
    ['不少于一百人', '120人', 10],
    ['≥两千人', '1000人', 5],
    ['≥100人', '一百二十人', 10],
  ] as const) {
    const r = await paneAndExcel(indicatorRow(target), actual);
    expect([target, actual, r.score, r.excel]).toEqual([target, actual, want, want ?? '']);
  }
});
