/**
 * A number in a cell formatted as a percent, under a target counted in something else (≥10人, ≤3天, ≤90万元):
 * Excel's score formula fill writes reads such a cell as the number it shows (A1*100: a user typing 96 into a
 * %-formatted column gets 96 %, i.e. 0.96, and meant 96 people), so the pane reads it so too — it said
 * “单位不一致，无法计分” while Excel showed a score. Found by comparing pane and Excel over targets × actuals.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { parseValue } from '../../src/domain/value';
import { rowScoreFormula } from '../../src/engine/formulas';
import { SE03 } from '../../src/domain/rules/se/se-03';
import { excelValue, indicatorRow } from '../helpers/score-row';

const cases: [string, number][] = [
  ['≥10人', 0.08],
  ['≥10人', 0.12],
  ['≥10 人次', 0.96],
  ['≥36台(套)', 0.4],
  ['1个', 0.01],
  ['≥3家', 0.02],
  ['≤3天', 0.05],
  ['≤10个工作日', 0.08],
  ['3-5天', 0.04],
  ['≥1200人次', 8],
  ['不少于300户', 1],
  ['≥5km', 0.06],
  ['≥90分', 0.5],
  ['≥2次/年', 0.01],
  ['每年4次', 0.04],
  ['≤90万元', 0.96],
  ['≤48000元', 500],
  ['≥1.5万人', 0.02],
];

test.each(cases)('target %s, %p in a %%-formatted cell: scored as the number shown, as Excel scores it', async (target, actual) => {
  const ind = indicatorRow(target);
  ind.actual = parseValue(actual, { numFmt: '0.00%' });
  const s = scoreRow(ind, 10, DEFAULT_CONFIG);
  expect(s.blocked).toBeNull();
  const f = rowScoreFormula(ind, s.method!, 'B1', 'A1', true, DEFAULT_CONFIG)!;
  expect([f, await excelValue(f, actual, 10, true)]).toEqual([f, s.score]);
});

// Left open (the formula's side): Excel's VALUE reads the text “96%” as 0.96 and scores it; the pane keeps the unit.
test('a % typed into the text is still a unit of its own: “96%” under ≥10人 is not scored in the pane', () => {
  const ind = indicatorRow('≥10人');
  ind.actual = parseValue('96%');
  expect(scoreRow(ind, 10, DEFAULT_CONFIG).blocked).toBe('unit');
});

test('under a % target the percent cell reads as before (96 % of ≥95%)', () => {
  const ind = indicatorRow('≥95%');
  ind.actual = parseValue(0.96, { numFmt: '0.00%' });
  expect(scoreRow(ind, 10, DEFAULT_CONFIG).score).toBe(10);
});

type Found = { messageId: string; variant?: string; data?: Record<string, string | number> };
const se03 = (target: string, actual: string | number, numFmt: string | null) => {
  const ind = indicatorRow(target, { level3: '培训人数' });
  ind.actual = parseValue(actual, { numFmt });
  const out: Found[] = [];
  const project = { indicators: [ind], columns: {}, money: { unit: '万元', from: 'default' } } as never;
  SE03.create({ project, config: DEFAULT_CONFIG, report: (r: Found) => out.push(r), col: () => 1, cellName: () => 'A1', valueCell: () => ({ row: 1, col: 1 }) } as never);
  return out.map(({ messageId, variant, data }) => ({ messageId, variant, data }));
};

test('SE-03 says how the percent cell was read (information), instead of “无法计分”', () => {
  const said = { messageId: 'percentCell', variant: 'percentCell', data: { name: '培训人数', actual: '12', target: '人' } };
  expect(se03('≥10人', 0.12, '0.00%')).toEqual([said]);
  expect(se03('≥10 人', 0.12, '0%')).toEqual([said]);
  expect(se03('≥10人', '12%', null)).toEqual([expect.objectContaining({ messageId: 'unit' })]);
  expect(se03('≥95%', 0.96, '0.00%')).toEqual([]);
  expect(se03('≥10人', 12, null)).toEqual([]);
});
