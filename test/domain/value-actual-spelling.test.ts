/**
 * Actuals typed with their operator in any spelling (达到98%, 超过120人, 不低于98%, ＞98%, >=98%, 低于3%), with a full-width
 * percent or digits (98％, ９８%), a currency sign (¥95万元) or a note after the figure (98%（满意）): the pane read each,
 * the formula `fill` writes for it showed nothing in Excel. Both now give the same score (evaluated in the double).
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { parseValue } from '../../src/domain/value';
import { isOurFormula } from '../../src/engine/fill';
import { rowScoreFormula } from '../../src/engine/formulas';
import { indicatorRow, paneAndExcel } from '../helpers/score-row';

test.each([
  ['≥95%', '98％', 10],
  ['≥95%', '９８%', 10],
  ['≥95%', '达到98%', 10],
  ['≥95%', '超过98%', 10],
  ['≥95%', '＞98%', 10],
  ['≥95%', '>=98%', 10],
  ['≥95%', '＞＝98%', 10],
  ['≥95%', '不低于98%', 10],
  ['≥95%', '满意度不低于98%', 10],
  ['≥95%', '≧98%', 10],
  ['≥95%', '98%（满意）', 10],
  ['≥95%', '大于90%', 9.47],
  ['≥100人', '超过120人', 10],
  ['≥100人', '不少于80人', 8],
  ['≤5%', '低于3%', 10],
  ['≤5%', '小于等于8%', 6.25],
  ['≤100万元', '¥95万元', 10],
  ['≤100万元', '￥120万元', 8.33],
])('target %s, actual %s: %p of 10 in the pane and in Excel', async (target, actual, want) => {
  const r = await paneAndExcel(indicatorRow(target), actual);
  expect([r.score, r.blocked, r.excel]).toEqual([want, null, want]);
});

test.each([
  ['≥95%', '98％'],
  ['≥95%', '达到98%'],
  ['≥95%', '98%（满意）'],
  ['≥3个', '三个'],
  ['≤千分之0.8', '千分之零点六'],
])('target %s, actual %s: the formula is recognised as ours on a re-run', (target, actual) => {
  const ind = indicatorRow(target);
  ind.actual = parseValue(actual);
  const s = scoreRow(ind, 10, DEFAULT_CONFIG);
  const f = rowScoreFormula(ind, s.method!, 'G12', 'F12', false, DEFAULT_CONFIG)!;
  expect([f, isOurFormula(f)]).toEqual([f, true]);
});
