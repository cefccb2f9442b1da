/**
 * Targets naming a direction on last year (“较上年有所提高”, “与上年持平”, “不低于上年水平”, “较上年有所下降”, “不高于上年”) stay
 * qualitative, and an actual that says which way it went is graded by it — the same in the pane and in fill's Excel formula.
 * A level alone (“3200人次”) says no direction: no grade (SE-04 asks), in both. 未达成 is 30 % of the points (DEFAULT_CONFIG).
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { parseValue } from '../../src/domain/value';
import { targetDirection } from '../../src/domain/value-direction';
import { rowScoreFormula } from '../../src/engine/formulas';
import { excelValue, indicatorRow } from '../helpers/score-row';

test.each([
  ['较上年有所提高', 'rise'],
  ['比上年有所增长', 'rise'],
  ['逐年提高', 'rise'],
  ['高于上年水平', 'rise'],
  ['与上年持平', 'flat'],
  ['保持上年水平', 'flat'],
  ['不低于上年水平', 'notFall'],
  ['≥上年水平', 'notFall'],
  ['较上年有所下降', 'fall'],
  ['不高于上年', 'notRise'],
  ['明显提高', null],
  ['较上年增长5%', null],
  ['达到预期', null],
])('%s names %s', (raw, want) => expect(targetDirection(raw)).toBe(want));

test.each<[string, string | number, boolean, number | '']>([
  ['较上年有所提高', '较上年提高', false, 10],
  ['较上年有所提高', '增长3%', false, 10],
  ['较上年有所提高', '+3%', false, 10],
  ['较上年有所提高', '-2%', false, 3],
  ['较上年有所提高', '下降2%', false, 3],
  ['较上年有所提高', '与上年持平', false, 3],
  ['较上年有所提高', '3200人次', false, ''],
  ['较上年有所提高', '达成年度指标', false, 10],
  ['较上年有所提高', '不低于上年', false, ''],
  ['与上年持平', '与上年持平', false, 10],
  ['与上年持平', '基本持平', false, 10],
  ['与上年持平', '增长3%', false, ''],
  ['不低于上年水平', '增长3%', false, 10],
  ['不低于上年水平', '与上年持平', false, 10],
  ['不低于上年水平', '-2%', false, 3],
  ['不低于上年水平', '3200人次', false, ''],
  ['较上年有所下降', '下降2%', false, 10],
  ['较上年有所下降', '-2%', false, 10],
  ['较上年有所下降', '+3%', false, 3],
  ['不高于上年', '下降 2%', false, 10],
  ['不高于上年', '增长3%', false, 3],
  ['不高于上年', -0.02, true, 10],
  ['较上年有所提高', 0.03, true, ''],
])('target %s, actual %p (percent cell %p): %p of 10 in the pane and in Excel', async (target, actual, percent, want) => {
  const ind = indicatorRow(target, { level3: '门诊服务人次' });
  ind.actual = typeof actual === 'number' ? parseValue(actual, { numFmt: '0.00%' }) : parseValue(actual);
  const s = scoreRow(ind, 10, DEFAULT_CONFIG);
  const f = rowScoreFormula(ind, s.method!, 'B1', 'A1', percent, DEFAULT_CONFIG)!;
  expect([s.score ?? '', await excelValue(f, actual, 10, percent)]).toEqual([want, want]);
});
