/**
 * Percents in words, as 满意度 and rate targets and actuals are often written: tenths (“九成”, “九成五”, “八成半”, “9成以上”,
 * “不低于九成”) and 百分之 after the measure (“满意度百分之九十五”, “群众满意度百分之九十以上”, “满意率九成以上”). Each is the
 * percent it says — they were text (no score, VAL “not a number”, SE-04 asking for the figure). Scored alike in the pane and in
 * Excel (the formula swaps the words for digits).
 */
import { parseValue } from '../../src/domain/value';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { isOurFormula } from '../../src/engine/fill';
import { rowScoreFormula } from '../../src/engine/formulas';
import { indicatorRow, paneAndExcel } from '../helpers/score-row';

const view = (s: string) => {
  const p = parseValue(s);
  return [p.kind, p.op, p.number, p.unit];
};

test.each([
  ['九成', '=', '90'],
  ['九成以上', '≥', '90'],
  ['不低于九成', '≥', '90'],
  ['≥九成', '≥', '90'],
  ['九成五', '=', '95'],
  ['八成半', '=', '85'],
  ['两成以下', '≤', '20'],
  ['9成以上', '≥', '90'],
  ['十成', '=', '100'],
  ['满意度九成以上', '≥', '90'],
  ['满意率达九成', '=', '90'],
  ['满意度百分之九十五', '=', '95'],
  ['群众满意度百分之九十以上', '≥', '90'],
  ['满意度不低于百分之九十', '≥', '90'],
  ['服务对象满意度百分之百', '=', '100'],
  ['合格率达到百分之九十八', '=', '98'],
])('%s is %s%s%', (raw, op, number) => {
  expect(view(raw)).toEqual(['quantitative', op, number, '%']);
});

test.each(['一成不变', '九成新', '九成群众满意', '完成', '建成投用', '成效显著', '满意度较高'])('%s stays text', (s) => {
  expect(parseValue(s).kind).toBe('qualitative');
});

test.each([
  ['≥90%', '九成', 10],
  ['≥90%', '九成五', 10],
  ['≥90%', '八成', 8.89],
  ['≥90%', '9成以上', 10],
  ['≥90%', '满意度九成以上', 10],
  ['≥90%', '满意度百分之九十五', 10],
  ['≥90%', '群众满意度百分之八十', 8.89],
  ['≥90%', '满意度达到百分之九十', 10],
  ['九成以上', '95%', 10],
  ['满意度百分之九十以上', '85%', 9.44],
])('under %s, %s scores %s in the pane and in Excel', async (target, actual, want) => {
  const r = await paneAndExcel(indicatorRow(target, { level2: '满意度指标' as never }), actual);
  expect([r.score, r.blocked, r.excel]).toEqual([want, null, want]);
});

test.each(['九成', '满意度九成以上', '满意度百分之九十五', '9成以上'])('the formula written for %s is one of ours', (actual) => {
  const ind = indicatorRow('≥90%', { level2: '满意度指标' as never });
  ind.actual = parseValue(actual);
  const s = scoreRow(ind, 10, DEFAULT_CONFIG);
  expect(isOurFormula('=' + rowScoreFormula(ind, s.method!, 'F9', 'E9', false, DEFAULT_CONFIG)!)).toBe(true);
});

// Found at the merge by the pane = Excel property: under a count the pane scores no percent in words, and Excel gave
// “九成” under “≥1.5万人” full marks (the tenths swapped for 90, read as 90 of the count).
test.each([
  ['≥1.5万人', '九成'],
  ['≥100人', '九成五'],
  ['=1个', '9成以上'],
])('under %s, %s scores in neither', async (target, actual) => {
  const r = await paneAndExcel(indicatorRow(target), actual);
  expect([r.score ?? '', r.excel]).toEqual(['', '']);
});
