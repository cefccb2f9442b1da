/**
 * An actual under a target written as a change on last year (“较上年下降10%”, “较上年增长5%”) is a change too, and its sign
 * says which way: “-12%” under a fall of 10 % is a fall of 12 % (met), “+5%” or “增长5%” there is a rise (0), a bare “12%”
 * is read in the target's direction as published 自评表 write it; under a rise, “-2%” and “下降2%” are a fall (0).
 * The Excel formula `fill` writes reads each the same way (pane = Excel).
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { parseValue } from '../../src/domain/value';
import { rowScoreFormula } from '../../src/engine/formulas';
import { excelValue, indicatorRow } from '../helpers/score-row';

const FALL = ['较上年下降10%', '医疗纠纷投诉数量'] as const;
const RISE = ['较上年增长5%', '基层门诊接诊人次'] as const;

test.each<[readonly [string, string], string | number, boolean, number]>([
  [FALL, '-12%', false, 10],
  [FALL, '下降12%', false, 10],
  [FALL, '较上年下降12%', false, 10],
  [FALL, '12%', false, 10],
  [FALL, '-8%', false, 8],
  [FALL, '+5%', false, 0],
  [FALL, '增长5%', false, 0],
  [FALL, -0.12, true, 10],
  [FALL, -0.08, true, 8],
  [RISE, '6%', false, 10],
  [RISE, '+6%', false, 10],
  [RISE, '-2%', false, 0],
  [RISE, '下降2%', false, 0],
  [RISE, '增长4%', false, 8],
  [RISE, '同比增长6%', false, 10],
  [RISE, -0.02, true, 0],
])('target %j, actual %p (percent cell %p): %p of 10 in the pane and in Excel', async ([target, name], actual, percent, want) => {
  const ind = indicatorRow(target, { level3: name });
  ind.actual = typeof actual === 'number' ? parseValue(actual, { numFmt: '0.00%' }) : parseValue(actual);
  const s = scoreRow(ind, 10, DEFAULT_CONFIG);
  const f = rowScoreFormula(ind, s.method!, 'B1', 'A1', percent, DEFAULT_CONFIG)!;
  expect([s.score, await excelValue(f, actual, 10, percent)]).toEqual([want, want]);
});
