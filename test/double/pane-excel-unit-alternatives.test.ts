/**
 * “36台(套)”, “40套”, “5项” typed into 实际完成值 after fill, under a target whose unit names an alternative in brackets
 * (“≥36台(套)”, “≥5个（项）”): the pane scores them (domain/unit-target.ts), the formula fill wrote while the cell was empty
 * stripped only the first unit and showed nothing. Now Excel shows the pane's score, whatever the cell held when fill ran.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { parseValue } from '../../src/domain/value';
import { isOurFormula } from '../../src/engine/fill';
import { rowScoreFormula } from '../../src/engine/formulas';
import { excelValue, indicatorRow, paneAndExcel } from '../helpers/score-row';

const CASES: [string, string[]][] = [
  ['≥36台(套)', ['36台(套)', '36台（套）', '40套', '40台', '18套', '18台(套)', '≥36台(套)', '36', ' 36台(套) ']],
  ['≥36台（套）', ['36台(套)', '36台（套）', '40套', '18台', '36']],
  ['≥5个（项）', ['5个（项）', '5个(项)', '4项', '5个', '6项']],
  ['≥10个(项)', ['8项', '10个(项)', '12个']],
];

describe.each(CASES)('under %s', (target, actuals) => {
  test.each(actuals.map((a) => [a]))('%p typed after fill: Excel gives the pane score', async (actual) => {
    for (const before of [null, '40套', '36台']) {
      const ind = indicatorRow(target);
      ind.actual = before === null ? null : parseValue(before);
      const f = rowScoreFormula(ind, scoreRow(ind, 10, DEFAULT_CONFIG).method!, 'B1', 'A1', false, DEFAULT_CONFIG)!;
      expect(isOurFormula(f)).toBe(true);
      ind.actual = parseValue(actual);
      const s = scoreRow(ind, 10, DEFAULT_CONFIG).score;
      expect(s).not.toBeNull();
      expect([target, before, actual, await excelValue(f, actual, 10)]).toEqual([target, before, actual, s]);
    }
  });
});

test.each([
  ['≥1.5万人', '8000人（含外聘）'],
  ['≥1.5万人', '12000人(含线上)'],
  ['≥1.5万人', '1.2万人（含线上）'],
  ['≤90万元', '850000元（不含税）'],
  ['≤90万元', '85万元（含配套）'],
  ['≥10人', '8人（含外聘）'],
  ['≥95%', '960‰（抽样）'],
])('under %s, %p (a unit the formula converts, then a note): the pane and Excel give one score', async (target, actual) => {
  const r = await paneAndExcel(indicatorRow(target), actual);
  expect(r.score).not.toBeNull();
  expect([target, actual, r.excel]).toEqual([target, actual, r.score]);
});
