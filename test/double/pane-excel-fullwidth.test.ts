/**
 * Full-width digits typed after fill (“９６％”, “４０套”, “≥９５％”, “１，２００人”): the pane reads them, the formula fill wrote read
 * them as no number — VALUE's reading of full-width digits is not documented, the double said #VALUE! (a guess). The formula now
 * reads the cell through ASC, documented for DBCS languages (Chinese Excel) to make full-width characters half-width, so it no
 * longer depends on that guess: Excel gives the pane's score (or nothing where the pane gives none), whether the cell was empty,
 * half-width or full-width when fill ran. Cost: 5 bytes a formula.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { parseValue } from '../../src/domain/value';
import { rowScoreFormula } from '../../src/engine/formulas';
import { isOurFormula } from '../../src/engine/fill';
import { excelValue, indicatorRow } from '../helpers/score-row';

/** The pane's score, and Excel's for a formula written when the actual cell held `before` (null: empty when fill ran). */
async function laterExcel(target: string, before: string | null, actual: string) {
  const ind = indicatorRow(target);
  ind.actual = before === null ? null : parseValue(before);
  const m = scoreRow(ind, 10, DEFAULT_CONFIG).method!;
  const f = rowScoreFormula(ind, m, 'B1', 'A1', false, DEFAULT_CONFIG)!;
  ind.actual = parseValue(actual);
  return { f, score: scoreRow(ind, 10, DEFAULT_CONFIG).score, excel: await excelValue(f, actual, 10) };
}

const CASES: [string, string, number | null][] = [
  ['≥95%', '９６％', 10],
  ['≥95%', '９６%', 10],
  ['≥95%', '≥９６％', 10],
  ['≥95%', '９０％', 9.47],
  ['≥95%', '９０．５％', 9.53],
  ['100%', '１００％', 10],
  ['≤5%', '３％', 10],
  ['≥10人', '８人', 8],
  ['≥10人', '１２人', 10],
  ['≥10人', '９６％', null],
  ['≥80', '９６', 10],
  ['≤3天', '２天', 10],
  ['≤90万元', '８５万元', 10],
  ['≥95个百分点', '９６％', 10],
  ['≥36台(套)', '４０套', 10],
];

describe.each([[null], ['8'], ['96%'], ['４０套']] as [string | null][])('formula written with %p in the cell', (before) => {
  test.each(CASES)('under %p, %p typed later: the pane and Excel agree', async (target, actual, want) => {
    const r = await laterExcel(target, before, actual);
    expect([target, actual, r.score, r.excel]).toEqual([target, actual, want, want ?? '']);
  });
});

// Spellings fill never saw (a thousands separator, a unit under a target with none, another unit): full-width gives what the
// half-width spelling gives — the pane's score, or nothing — never another number.
test.each([
  ['≥10人', '１，２００人'],
  ['≥80', '４０套'],
  ['≥1.5万人', '８０００人'],
  ['≥95%', '约９６％'],
])('under %p, %p typed later reads as its half-width spelling', async (target, actual) => {
  for (const before of [null, '8', '４０套']) {
    const wide = await laterExcel(target, before, actual);
    const half = await laterExcel(
      target,
      before,
      actual.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
    );
    expect([target, before, actual, wide.excel]).toEqual([target, before, actual, half.excel]);
    if (wide.excel !== '') expect(wide.excel).toBe(wide.score);
  }
});

test('ASC in the double: full-width ASCII forms and the ideographic space made half-width, the rest kept', async () => {
  expect(await excelValue('ASC(A1)', '９６％（含）　≥￥', 1)).toBe('96%(含) ≥￥');
  expect(await excelValue('--ASC(A1)', '１２３', 1)).toBe(123);
  expect(await excelValue('ASC(A1)', 0.5, 1)).toBe('0.5');
});

test('the formula costs 5 bytes more (ASC()) and is still known as ours (撤销, re-runs)', async () => {
  const r = await laterExcel('≥10人', null, '８人');
  expect(r.f).toContain('ASC(A1)');
  expect(isOurFormula(r.f)).toBe(true);
});
