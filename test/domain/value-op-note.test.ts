/**
 * Operators written with a note that the bound counts right after them (“≥（含）95%”, “不低于（含）90%”, “不超过(含)800元”),
 * and words of limit before the figure (“至少达到12000平方米”, “最低15年”, “最高800元/平方米”, “上限为5%”), as published
 * 目标表 write them. Each is the operator it says; before, the cell was text (VAL-02 “有比较符号却没有数值”, no score).
 */
import { parseValue } from '../../src/domain/value';
import { indicatorRow, paneAndExcel } from '../helpers/score-row';

const view = (s: string) => {
  const p = parseValue(s);
  return [p.kind, p.op, p.number, p.unit];
};

test.each([
  ['≥（含）95%', '≥', '95', '%'],
  ['≥(含)95%', '≥', '95', '%'],
  ['≥（含本数）95%', '≥', '95', '%'],
  ['≤（含）30天', '≤', '30', '天'],
  ['不低于（含）90%', '≥', '90', '%'],
  ['不少于（含）3次', '≥', '3', '次'],
  ['大于等于（含）95%', '≥', '95', '%'],
  ['不超过（含）800元/平方米', '≤', '800', '元/平方米'],
  ['至少达到12000平方米', '≥', '12000', '平方米'],
  ['至少达到95%', '≥', '95', '%'],
  ['最低15年', '≥', '15', '年'],
  ['最少3次', '≥', '3', '次'],
  ['下限90%', '≥', '90', '%'],
  ['最高800元/平方米', '≤', '800', '元/平方米'],
  ['最多2次', '≤', '2', '次'],
  ['上限为5%', '≤', '5', '%'],
])('%s is %s%s%s', (raw, op, number, unit) => {
  expect(view(raw)).toEqual(['quantitative', op, number, unit]);
});

test.each([['最高人民法院'], ['最低生活保障标准提高'], ['上限管理'], ['至少']])('%s stays words', (raw) => {
  expect(parseValue(raw).kind).toBe('qualitative');
});

test('a target with the note or the word scores the actual against it, in the pane and in Excel', async () => {
  for (const [target, actual, want] of [
    ['≥（含）90%', '95%', 10],
    ['至少达到100人', '80人', 8],
    ['最高800元', '800元', 10],
  ] as const) {
    const r = await paneAndExcel(indicatorRow(target), actual);
    expect([target, actual, r.score, r.excel]).toEqual([target, actual, want, want]);
  }
});

test('an actual typed with the note or the word: the same in the pane and in Excel', async () => {
  for (const [target, actual, want] of [
    ['≥90%', '≥（含）95%', 10],
    ['≥90%', '不低于（含）45%', 5],
    ['≥100人', '至少达到100人', 10],
    ['≥15年', '最低15年', 10],
    ['≤800元', '最高800元', 10],
  ] as const) {
    const r = await paneAndExcel(indicatorRow(target), actual);
    expect([target, actual, r.score, r.excel]).toEqual([target, actual, want, want]);
  }
});

test('NRM-06 offers the operator alone for a symbol with its note', () => {
  expect(parseValue('≥（含）95%').changes).toContain('op-symbol');
});

describe('不超出, and the column’s own word typed before the figure', () => {
  test.each([
    ['不超出20万元', '≤', '20', '万元'],
    ['不超越5%', '≤', '5', '%'],
    ['目标值≥100人', '≥', '100', '人'],
    ['指标值：≥95%', '≥', '95', '%'],
    ['目标值:不低于90%', '≥', '90', '%'],
    ['年度目标值95%', '=', '95', '%'],
    ['目标≥90%', '≥', '90', '%'],
  ])('%s is %s%s%s', (raw, op, number, unit) => {
    expect(view(raw)).toEqual(['quantitative', op, number, unit]);
  });
  test.each([['目标达成'], ['目标不明确'], ['目标值明显提升'], ['目标至上']])('%s stays words, nothing respelled', (raw) => {
    expect([parseValue(raw).kind, parseValue(raw).changes]).toEqual(['qualitative', []]);
  });
  test('typed as an actual: the same in the pane and in Excel', async () => {
    for (const [target, actual, want] of [
      ['≤800元', '不超出800元', 10],
      ['≥100人', '目标值≥100人', 10],
      ['≥90%', '指标值：95%', 10],
      ['≥90%', '目标值:不低于45%', 5],
    ] as const) {
      const r = await paneAndExcel(indicatorRow(target), actual);
      expect([target, actual, r.score, r.excel]).toEqual([target, actual, want, want]);
    }
  });
});
