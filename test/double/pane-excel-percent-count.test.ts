/**
 * A percent typed as text under a target counted in something else (“96%” under “≥10人”, “≤3天”, “≤90万元”): the pane says the
 * units differ and gives no score; Excel's VALUE reads “96%” as 0.96, so the formula fill writes showed a small wrong score
 * (0.96 of 10 人 → 0.96 of 10 points). Both now show nothing, whether the % was there when fill ran or typed after it.
 * A % under a % target, a percentage-point target or a target with no unit still scores as before.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { parseValue } from '../../src/domain/value';
import { rowScoreFormula } from '../../src/engine/formulas';
import { isOurFormula } from '../../src/engine/fill';
import { utf8Length } from '../../src/domain/utf8';
import { excelValue, indicatorRow, paneAndExcel } from '../helpers/score-row';

const COUNTS = ['≥10人', '≥10 人次', '≤3天', '≤90万元', '1个', '≥3家', '≥2次/年', '1000元/人', '≥36台(套)', '≤10个工作日', '≥1.5万人', '不少于300户', '≥90分'];
const PERCENTS = [
  '96%',
  '50%',
  '100%',
  '0.5%',
  '≥96%',
  '≤3%',
  '100.0%',
  ' 96% ',
  '96 %',
  '完成96%',
  '达到96%',
  '约96%',
  '96%以上',
  '-5%',
  '1200%',
  '百分之九十六',
  '百分之96',
  '千分之五',
  '96%（抽样）',
  '95％',
  '９６％',
  '≥９６％',
];

/** The pane's score, and Excel's for a formula written when the actual cell held `before` (null: empty when fill ran). */
async function laterExcel(target: string, before: string | number | null, actual: string | number) {
  const ind = indicatorRow(target);
  ind.actual = before === null ? null : parseValue(before);
  const m = scoreRow(ind, 10, DEFAULT_CONFIG).method!;
  const f = rowScoreFormula(ind, m, 'B1', 'A1', false, DEFAULT_CONFIG)!;
  ind.actual = parseValue(actual);
  return { score: scoreRow(ind, 10, DEFAULT_CONFIG).score, excel: await excelValue(f, actual, 10) };
}

describe.each(COUNTS.map((t) => [t]))('under %s', (target) => {
  test.each(PERCENTS.map((a) => [a]))('%p: no score in the pane, none in Excel', async (actual) => {
    const r = await paneAndExcel(indicatorRow(target), actual);
    expect([target, actual, r.score, r.excel]).toEqual([target, actual, null, '']);
  });
  test.each(PERCENTS.map((a) => [a]))('%p typed after fill (the cell empty, then a count): none in Excel either', async (actual) => {
    for (const before of [null, '8' + (parseValue(target).rawUnit ?? '')]) {
      const r = await laterExcel(target, before, actual);
      expect([target, before, actual, r.score, r.excel]).toEqual([target, before, actual, null, '']);
    }
  });
});

test.each([
  ['≥95%', '96%', 10],
  ['≥95个百分点', '96%', 10],
  ['≥80', '96%', 10],
  ['≥80', '40%', 5],
  ['≥10人', '8人', 8],
  ['≥10人', '8', 8],
  ['≥10人', ' 8 ', 8],
  ['≤90万元', '85万元', 10],
])('%s with %p still scores %p in both', async (target, actual, want) => {
  const r = await paneAndExcel(indicatorRow(target), actual);
  expect([r.score, r.excel]).toEqual([want, want]);
  const later = await laterExcel(target, null, actual);
  expect([later.score, later.excel]).toEqual([want, want]);
});

test('the guard costs one SUBSTITUTE (20 characters, 24 bytes of the JSON 撤销 reads) on a count formula, none on a % or unitless one; 撤销 still knows the formula as ours', () => {
  const f = (target: string, actual: string | null = null) => {
    const ind = indicatorRow(target);
    ind.actual = actual === null ? null : parseValue(actual);
    return rowScoreFormula(ind, scoreRow(ind, 10, DEFAULT_CONFIG).method!, 'G12345', 'F12345', false, DEFAULT_CONFIG)!;
  };
  expect(f('≥10人')).toContain('SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(ASC(F12345),"≥",""),"≤",""),"%","x"),"人","")');
  const before = 'IFERROR(ROUND(MIN(G12345,G12345*MAX(0,--SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(F12345,"≥",""),"≤",""),"人",""))/10),2),"")';
  expect(utf8Length(JSON.stringify('=' + f('≥10人'))) - utf8Length(JSON.stringify('=' + before))).toBe(24 + 5); // + “ASC()” (session 16)
  expect(f('≥80')).not.toContain('"≤",""),"%","x")');
  expect(f('≥95%')).not.toContain('"≤",""),"%","x")');
  for (const [t, a] of [
    ['≥10人', null],
    ['≤90万元', '96%'],
    ['≥95个百分点', null],
    ['≥10人', '百分之96'],
    ['≤3天', '９６％'],
  ] as const) {
    expect([t, a, isOurFormula(f(t, a))]).toEqual([t, a, true]);
  }
});

test.each([['95％'], ['９５％'], ['96%'], ['≥９６％'], ['96'], ['96个百分点']])('under ≥95个百分点, %p scores the same figure in the pane and in Excel', async (actual) => {
  const r = await paneAndExcel(indicatorRow('≥95个百分点'), actual);
  expect([actual, r.score, r.excel]).toEqual([actual, 10, 10]);
});

// A bare number under a money target in another unit than the sheet's (≤0.16亿元 on a sheet in 万元) is read in the sheet's unit
// where nearer the target (scoring.ts sheetUnitReading); the formula's test for a bare number read “96%” as 0.96 and scored it.
test.each([['96%'], ['50%'], ['0.5%'], ['≥96%'], ['100%']])('%p typed after fill under ≤0.16亿元 on a sheet in 万元: none in Excel either', async (actual) => {
  const ind = indicatorRow('≤0.16亿元');
  const f = rowScoreFormula(ind, scoreRow(ind, 10, DEFAULT_CONFIG, '万元').method!, 'B1', 'A1', false, DEFAULT_CONFIG, '万元')!;
  ind.actual = parseValue(actual);
  expect([actual, scoreRow(ind, 10, DEFAULT_CONFIG, '万元').score, await excelValue(f, actual, 10)]).toEqual([actual, null, '']);
  expect(isOurFormula(f)).toBe(true);
});
