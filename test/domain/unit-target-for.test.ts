/**
 * An actual counted in what the target's unit names too: the alternative in its brackets (“40套” under “≥36台(套)”,
 * “5项” under “≥5个（项）”), or the rate's own quantity with its “per” left off (“1000元” under “1000元/人”, “17元” under
 * “17元/人·天”, “0.08万元” under “≥1000元/人”). Same count: scored in the pane and in Excel, no SE-03 “单位不同” (session 13:
 * “单位不一致”, no score in either).
 */
import { analyse } from '../../src/engine/analyse';
import { isOurFormula } from '../../src/engine/fill';
import { rowScoreFormula } from '../../src/engine/formulas';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { parseValue } from '../../src/domain/value';
import { table, SELFEVAL_HEADER } from '../helpers/table';
import { excelValue, indicatorRow, paneAndExcel } from '../helpers/score-row';

const cases: [string, string, number][] = [
  ['≥36台(套)', '40套', 10],
  ['≥36台(套)', '27套', 7.5],
  ['≥36台（套）', '36 套', 10],
  ['≥5个(项)', '5项', 10],
  ['≥10个（项）', '8项', 8],
  ['1000元/人', '1000元', 10],
  ['≥1000元/人', '1200元', 10],
  ['≥1000元/人', '800元', 8],
  ['≥1000元/人', '0.08万元', 8],
  ['≥0.1万元/人', '800元', 8],
  ['17元/人·天', '17元', 10],
  ['≥800元/生·年', '800元', 10],
  ['≥5万元/公里', '4万元', 8],
  ['≤500元/户', '400元', 10],
  ['≥2次/人', '2次', 10],
];

test.each(cases)('under %s, %s scores %s in the pane and in Excel', async (target, actual, want) => {
  const r = await paneAndExcel(indicatorRow(target), actual);
  expect([r.score, r.blocked, r.excel]).toEqual([want, null, want]);
});

test.each(cases)('under %s, the formula written for %s is one of ours and still reads the target unit', async (target, actual) => {
  const ind = indicatorRow(target);
  ind.actual = parseValue(actual);
  const s = scoreRow(ind, 10, DEFAULT_CONFIG);
  expect(isOurFormula('=' + rowScoreFormula(ind, s.method!, 'F9', 'E9', false, DEFAULT_CONFIG)!)).toBe(true);
  // The target's own unit typed later still reads: the formula written for “40套” scores “36台” too.
  const t = parseValue(target);
  expect(await excelValue(rowScoreFormula(ind, s.method!, 'B1', 'A1', false, DEFAULT_CONFIG)!, `${t.number}${t.unit}`, 10)).toBe(10);
});

test('different counts stay apart: 人 under 元/人, 套 under 台 (no brackets), a count per period under its count', async () => {
  for (const [target, actual] of [
    ['≥1000元/人', '1000人'],
    ['≥36台', '40套'],
    ['≥36台(套)', '40个'],
    ['≥1次/季度', '4次'],
    ['≥2次/月', '24次'],
  ]) {
    const r = await paneAndExcel(indicatorRow(target), actual);
    expect([target, actual, r.score, r.blocked, r.excel]).toEqual([target, actual, null, 'unit', '']);
  }
});

test('in a whole 自评表: scored, no SE-03', () => {
  const g = table(
    [
      ['产出指标', '数量指标', '购置设备数量', '≥36台(套)', '40套', 10, null, null],
      ['产出指标', '成本指标', '人均补助标准', '≤1000元/人', '1000元', 10, null, null],
      ['产出指标', '成本指标', '伙食补助标准', '17元/人·天', '17元', 10, null, null],
    ],
    { header: SELFEVAL_HEADER },
  );
  const a = analyse([g]);
  expect(a.projects[0].score.rows.map((r) => r.score)).toEqual([10, 10, 10]);
  expect(a.diagnostics.filter((x) => x.rule === 'SE-03')).toEqual([]);
});

// Percentage points for a level (not a change): “95个百分点” is the 95 % the target asks for, and the other way round.
test.each([
  ['≥95%', '95个百分点', 10],
  ['≥95%', '76个百分点', 8],
  ['≥95%', '95百分点', 10],
  ['≥95个百分点', '95%', 10],
  ['≥90个百分点', '72%', 8],
] as const)('under %s, %s scores %s in the pane and in Excel', async (target, actual, want) => {
  const r = await paneAndExcel(indicatorRow(target, { level2: '满意度指标' as never }), actual);
  expect([r.score, r.blocked, r.excel]).toEqual([want, null, want]);
});

// The pane said “单位不同” while Excel read “3%” as 0.03 (a score of 0.15): now 3 points in both.
test('a change in points and one in percent are the same figure (较上年提高2个百分点 against 提高3%)', async () => {
  const r = await paneAndExcel(indicatorRow('较上年提高2个百分点'), '提高3%');
  expect([r.score, r.blocked, r.excel]).toEqual([10, null, 10]);
});
