/**
 * A target carrying the standard it rests on, as 部门整体 and project 目标表 print them: “100%（历史标准）”,
 * “2024年8月31日前（计划标准）”, “≥90%【行业标准】”. The value is read as without the note (a deadline stayed
 * text: a false VAL-10 “不是百分比、日期或时长” and no score); the words stay in the cell (NRM-06 does not offer to
 * drop them).
 */
import { formatValue, parseValue } from '../../src/domain/value';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { indicatorRow } from '../helpers/score-row';

const view = (s: string) => {
  const p = parseValue(s);
  return [p.kind, p.op, p.number, p.unit, p.date];
};

test.each([
  ['2024年8月31日前（计划标准）', '2024年8月31日前'],
  ['2024年12月底前(历史标准)', '2024年12月底前'],
  ['12月底前（行业标准）', '12月底前'],
  ['年底前（计划标准）', '年底前'],
  ['2024年10月（计划标准）', '2024年10月'],
  ['2024年8月31日前【计划标准】', '2024年8月31日前'],
  ['≥90%【计划标准】', '≥90%'],
  ['≥90%[历史标准]', '≥90%'],
  ['15所【行业标准】', '15所'],
  ['≤5个工作日 [其他标准]', '≤5个工作日'],
])('%s reads as %s', (noted, plain) => {
  expect(view(plain)[0]).toBe('quantitative');
  expect(view(noted)).toEqual(view(plain));
});

test('read as before: a bracket the grammar already reads, and words that are no value', () => {
  expect(parseValue('2024年8月31日（前）').kind).toBe('qualitative');
  expect(parseValue('≥90%（含90%）').op).toBe('≥');
  expect(parseValue('≥90%（不含）').op).toBe('>');
  expect(view('15所(历史标准)')).toEqual(view('15所'));
  expect(parseValue('按合同（协议）约定').kind).toBe('qualitative');
  expect(parseValue('明显改善【计划标准】').kind).toBe('qualitative');
  expect(parseValue('【计划标准】').number).toBeNull();
});

test('the note is marked: NRM-06 does not offer to drop it', () => {
  for (const s of ['2024年8月31日前（计划标准）', '≥90%【计划标准】', '2024年8月31日前【计划标准】']) {
    const p = parseValue(s);
    expect([s, p.changes.includes('unit-note')]).toEqual([s, true]);
    expect(formatValue(p)).not.toContain('标准');
  }
});

test('a deadline with its note is scored as the deadline (the date is scored in the pane, not by a formula)', () => {
  const target = '2024年8月31日前（计划标准）';
  const score = (actual: string) => {
    const ind = indicatorRow(target, { level2: '时效指标' });
    ind.actual = parseValue(actual);
    return scoreRow(ind, 10, DEFAULT_CONFIG).score;
  };
  expect(score('2024年8月25日')).toBe(10);
  expect(score('2024年9月20日')).toBeLessThan(10);
});

test('a quantity with a standard note keeps the note (no NRM-06 offer), its unit read clean', () => {
  for (const s of ['≥12000平方米（计划标准）', '15所(历史标准)', '100%（行业标准）', '≤800元/平方米（参照行业标准）']) {
    const p = parseValue(s);
    expect([s, p.changes.includes('unit-note'), p.rawUnit]).toEqual([s, true, parseValue(s.replace(/[（(].*$/, '')).rawUnit]);
  }
});

// A template's hint “（≥**人）” filled in by replacing the stars: the unit stays in its brackets.
test.each([
  ['≥100（人）', '≥100人'],
  ['95(%)', '95%'],
  ['≥1(个)', '≥1个'],
  ['=100(%)', '=100%'],
  ['≥1000（万元）', '≥1000万元'],
  ['≤5（个工作日）', '≤5个工作日'],
])('%s: the unit in brackets after the number reads as %s', (bracketed, plain) => {
  expect(view(plain)[0]).toBe('quantitative');
  expect(view(bracketed)).toEqual(view(plain));
});

test('words in brackets after a number stay a note or text', () => {
  expect(parseValue('≥1（计划标准）').unit).toBeNull();
  expect(parseValue('100（含）').op).toBe('=');
  expect(parseValue('3（三年内）').kind).not.toBe('missing');
});
