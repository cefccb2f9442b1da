/**
 * An actual with a unit under a target written without one (“40套” under “≥80”, “8人” under “=10”): the pane reads the
 * figure and scores it; the formula fill wrote stripped only a “%”, so Excel read no number and showed nothing. The formula
 * now drops the unit the actual was typed with when fill ran (a later actual in yet another unit stays blank there — never
 * a wrong score).
 */
import { parseValue } from '../../src/domain/value';
import { isOurFormula } from '../../src/engine/fill';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { rowScoreFormula } from '../../src/engine/formulas';
import { excelValue, indicatorRow, paneAndExcel } from '../helpers/score-row';

const TARGETS = ['≥80', '≥0.95', '≥1200', '=10', '10', '≤5', '不少于20', '≥ 80', '≥８０'];
const ACTUALS = [
  '40套',
  '40台',
  '8人',
  '12人次',
  '1000元',
  '6km',
  '6公里',
  '3天',
  '5个工作日',
  '2次',
  '210名',
  '95分',
  '85万元',
  '4家',
  '≥40套',
  '40 套',
  '４０套',
  '完成40套',
  '36台(套)',
  '1,200人',
  '3.5小时',
  '120户',
  '九成',
  '九成五',
];

describe.each(TARGETS.map((t) => [t]))('under %s', (target) => {
  test.each(ACTUALS.map((a) => [a]))('%p: the pane and Excel give one score', async (actual) => {
    const r = await paneAndExcel(indicatorRow(target), actual);
    expect(r.score).not.toBeNull();
    expect([target, actual, r.excel]).toEqual([target, actual, r.score]);
  });
});

describe.each(TARGETS.map((t) => [t]))('under %s, an approximate actual (approx-actual.test.ts)', (target) => {
  test.each([['约40套'], ['40余套']])('%p: no score in the pane, none from the formula fill writes for it', async (actual) => {
    const ind = indicatorRow(target);
    const f = rowScoreFormula(ind, scoreRow(ind, 10, DEFAULT_CONFIG).method!, 'B1', 'A1', false, DEFAULT_CONFIG)!;
    ind.actual = parseValue(actual);
    expect([target, actual, scoreRow(ind, 10, DEFAULT_CONFIG).score, await excelValue(f, actual, 10)]).toEqual([target, actual, null, '']);
  });
});

test('the formula holding the dropped unit is still known as ours (撤销, re-runs)', () => {
  for (const [t, a] of [
    ['≥80', '40套'],
    ['≥0.95', '36台(套)'],
    ['=10', '1,200人'],
  ]) {
    const ind = indicatorRow(t);
    ind.actual = parseValue(a);
    const f = rowScoreFormula(ind, scoreRow(ind, 10, DEFAULT_CONFIG).method!, 'G9', 'F9', false, DEFAULT_CONFIG)!;
    expect([t, a, isOurFormula(f)]).toEqual([t, a, true]);
  }
});
