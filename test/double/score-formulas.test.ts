/**
 * The score formulas `fill` writes give, in (the double's model of) Excel, the same numbers the
 * engine computes: every method, percent and unit cells, text actuals, blanks.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { parseValue } from '../../src/domain/value';
import { rowScoreFormula } from '../../src/engine/formulas';
import { excelValue, indicatorRow } from '../helpers/score-row';

const row = (target: string, opts: { cost?: boolean } = {}) => indicatorRow(target, opts);

const excel = excelValue;

const cases: [string, string | number | null, boolean, { cost?: boolean }?][] = [
  ['≥95%', 0.96, true],
  ['≥95%', 0.7, true],
  ['≥95%', '96%', false],
  ['100%', 1, true],
  ['≥10 人', 8, false],
  ['≥10 人', '8人', false],
  ['1个', 1, false],
  ['≥3 家', '5家', false],
  ['500 万元', 520, false, { cost: true }],
  ['≤90万元', 90, false],
  ['≤90万元', 120, false],
  ['≤0%', 0, true],
  ['全面提升', '达成年度指标', false],
  ['全面提升', '部分达成年度指标并具有一定效果', false],
  ['全面提升', '未达成年度指标且效果较差', false],
  ['全面提升', '基本达成', false],
  ['≥95%', null, true],
  ['≥10 人', '暂无', false],
  // text typed into a %-formatted cell, and actuals typed with their operator, score as the engine reads them
  ['≥95%', '98%', true],
  ['≥95%', '80%', true],
  ['≥95%', '98', true],
  ['≥95%', '≥95%', true],
  ['≥95%', '≥90%', false],
  ['≥95%', '≥96%', true],
  ['≤2小时', '≤3小时', false],
  ['≤90万元', '≤85万元', false],
  ['≥10 人', '≥8人', false],
  // wording outside the three grades: Excel and the engine read the same words
  ['全面提升', '没有达到', false],
  ['全面提升', '未按期完成', false],
  ['全面提升', '按时完成', false],
  ['全面提升', '未完全达成', false],
  ['全面提升', '不达标', false],
  ['全面提升', '超额完成', false],
  ['全面提升', '基本完成，效果良好', false],
  ['全面提升', 5, false],
  // the target repeated as the actual is met, even where its words would read otherwise (基本)
  ['显著提升', '显著提升', false],
  ['显著提升', ' 显著 提升 ', false],
  ['基本满足需求', '基本满足需求', false],
  ['显著提升', '有所提升', false],
];

test.each(cases)('target %s, actual %p (percent cell %p): Excel formula = engine score', async (target, actual, percent, opts = {}) => {
  const ind = row(target, opts);
  const w = 12.5;
  const a = actual === null ? null : typeof actual === 'number' ? parseValue(actual, { numFmt: percent ? '0.00%' : null }) : parseValue(actual);
  ind.actual = a;
  const s = scoreRow(ind, w, DEFAULT_CONFIG);
  const f = rowScoreFormula(ind, s.method!, 'B1', 'A1', percent, DEFAULT_CONFIG)!;
  const got = await excel(f, actual, w, percent);
  expect([f, got]).toEqual([f, s.score ?? '']);
});

describe('deadlines (时效): met or not, no formula needed', () => {
  const { dateMet } = jest.requireActual('../../src/domain/scoring') as typeof import('../../src/domain/scoring');
  test.each([
    ['2023-12-15', '2023-12-31', true],
    ['2024-01-02', '2023-12-31', false],
    ['2023-11-15', '2023-11', true],
    ['2023-12-20', '2023-11', false],
    ['2023-12-15', '--12', true],
    ['2023-12-15', '--11', false],
  ])('%s by %s: %p', (a, t, ok) => expect(dateMet(a, t)).toBe(ok));

  test.each([
    ['2023年12月31日前', '2023年12月15日', 12.5],
    ['2023年11月底前', '2023年12月20日', 0],
    ['2023年11月底前', '2023年11月30日', 12.5],
  ])('target %s, actual %s → %p of 12.5', (target, actual, want) => {
    const ind = { ...row(target), actual: parseValue(actual) };
    const s = scoreRow(ind, 12.5, DEFAULT_CONFIG);
    expect(s.method).toBe('date');
    expect(s.score).toBe(want);
  });
});

test('an actual repeating its qualitative target scores as met (达成), in the engine and in Excel', async () => {
  const ind = { ...row('显著提升'), actual: parseValue('显著提升') };
  const s = scoreRow(ind, 12.5, DEFAULT_CONFIG);
  expect([s.grade, s.score]).toEqual(['达成', 12.5 * DEFAULT_CONFIG.qualitative['达成']]);
  expect(await excel(rowScoreFormula(ind, s.method!, 'B1', 'A1', false, DEFAULT_CONFIG)!, '显著提升', 12.5, false)).toBe(s.score);
});
