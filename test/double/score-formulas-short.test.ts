/**
 * The score formulas `fill` writes are read back whole by 撤销 (its proof that a cell is still ours), so their
 * length is what 撤销 costs at 50 000 rows. Shorter forms (one LOOKUP over every grade word; one multiplier for a
 * rate typed as a fraction) must score exactly as the engine does, on the spellings where a shorter form could
 * read otherwise: blank, 0, text, “98%”, 0.98, “≥95%”, full-width digits, units, negative and huge numbers.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { parseValue } from '../../src/domain/value';
import { rowScoreFormula } from '../../src/engine/formulas';
import { utf8Length } from '../../src/domain/utf8';
import { excelValue, indicatorRow } from '../helpers/score-row';

// prettier-ignore
const plain: (string | number | null)[] = [null, 0, 1, 0.98, 0.5, 98, 150, -5, 1e12, '0', '0.98', '98', '1.5', '≥0.98', '≥98', '-0.5', 'abc', '暂无', '1,000'];
// A rate's spellings under a % target; a count's under a count target (a rate under a count is another matter: SE rules).
const rates = [...plain, '98%', '0.7%', '150%', '≥95%', '９８％', '98％', '-5%'];
const counts = (u: string) => [...plain, `10${u}`, `≥10${u}`, `９８${u}`, `-5${u}`];

describe.each([
  ['≥95%', false, rates],
  ['≥95%', true, rates],
  ['100%', true, rates],
  ['≤5%', false, rates],
  ['≥10 人', false, counts('人')],
  ['1个', false, counts('个')],
  ['≤90万元', false, counts('万元')],
])('target %s (percent cell %p): Excel formula = engine score', (target, percent, actuals) => {
  test.each(actuals.map((a) => [a]))('actual %p', async (actual) => {
    const ind = indicatorRow(target);
    ind.actual = actual === null ? null : typeof actual === 'number' ? parseValue(actual, { numFmt: percent ? '0.00%' : null }) : parseValue(actual);
    const s = scoreRow(ind, 10, DEFAULT_CONFIG);
    const f = rowScoreFormula(ind, s.method!, 'B1', 'A1', percent, DEFAULT_CONFIG)!;
    expect([f, await excelValue(f, actual, 10, percent)]).toEqual([f, s.score ?? '']);
  });
});

describe.each([['显著提升'], ['全面完成'], ['基本满足需求']])('qualitative target %s: Excel formula = engine score', (target) => {
  const words = [
    null,
    '',
    '达成',
    '完成',
    '达到',
    '部分完成',
    '基本达成',
    '未完成',
    '没有完成',
    '延期完成',
    '逾期',
    '滞后',
    '不合格',
    '不满意',
    '不达标',
    '未达成但部分完成',
    '显著提升',
    ' 显著 提升 ',
    '全面完成',
    '基本满足需求',
    '有所提升',
    5,
  ];
  test.each(words.map((a) => [a]))('actual %p', async (actual) => {
    const ind = indicatorRow(target);
    ind.actual = actual === null ? null : parseValue(actual);
    const s = scoreRow(ind, 12.5, DEFAULT_CONFIG);
    const f = rowScoreFormula(ind, s.method!, 'B1', 'A1', false, DEFAULT_CONFIG)!;
    expect([f, await excelValue(f, actual, 12.5)]).toEqual([f, s.score ?? '']);
  });
});

test('the score formulas of an empty 实际完成值 are short: what 撤销 reads back per cell (JSON bytes at row 12345)', () => {
  const bytes = (target: string, percent: boolean) => {
    const ind = indicatorRow(target);
    const s = scoreRow(ind, 10, DEFAULT_CONFIG);
    return utf8Length(JSON.stringify('=' + rowScoreFormula(ind, s.method!, 'G12345', 'F12345', percent, DEFAULT_CONFIG)));
  };
  // Session 12: 301 (a rate in a %-formatted cell) and 369 (a qualitative target).
  expect(bytes('≥95%', true)).toBeLessThanOrEqual(210);
  expect(bytes('显著提升', false)).toBeLessThanOrEqual(345);
});

test('the double reads LOOKUP as Excel does for a value above every number: the last number found, #N/A when none', async () => {
  expect(await excelValue('LOOKUP(9^9,SEARCH({"完成","未","部分"},A1),{1,0.3,0.7})', '未完成', 1)).toBe(0.3);
  expect(await excelValue('LOOKUP(9^9,SEARCH({"完成","未","部分"},A1),{1,0.3,0.7})', '部分未完成', 1)).toBe(0.7);
  expect(await excelValue('IFERROR(LOOKUP(9^9,SEARCH({"完成","未"},A1),{1,0.3}),"none")', '显著提升', 1)).toBe('none');
});
