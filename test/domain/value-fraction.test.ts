/**
 * A rate typed as a fraction in a General cell (0.98 where 98 % is meant: Excel keeps 98 % as 0.98) under a
 * % target above 1 %: the pane reads it ×100, the formula `fill` writes reads the cell the same way, and SE-03
 * says so when the number also makes sense as a percent (0.6 for ≥5%).
 */
import fc from 'fast-check';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { fractionActual } from '../../src/domain/scoring';
import { parseValue } from '../../src/domain/value';
import { SE03 } from '../../src/domain/rules/se/se-03';
import { excelValue, indicatorRow, paneAndExcel } from '../helpers/score-row';
import { rowScoreFormula } from '../../src/engine/formulas';
import type { IndicatorRow } from '../../src/domain/model';

const rate = (target: string, actual: string | number) => {
  const ind = indicatorRow(target, { level2: '质量指标', level3: '验收合格率' });
  ind.actual = parseValue(actual);
  return ind;
};

test.each<[string, string | number, number | null]>([
  ['≥95%', 0.98, 10],
  ['≥95%', 0.9, 9.47],
  ['100%', 1, 10],
  ['≥90%', 0.5, 5.56],
  ['≤5%', 0.03, 10],
  ['≤5%', 0.08, 6.25],
  // Text holding only the number is the same fraction (“0.98” pasted as text, t="s" / t="str").
  ['≥95%', '0.98', 10],
  ['≤5%', ' 0.03 ', 10],
  ['≥95%', '1', 10],
  // Not fractions: a whole percent, a % written, words around the number, a target of at most 1 %, a number above 1.5.
  ['≥95%', 98, 10],
  ['≥95%', '98', 10],
  ['≥95%', '完成0.98', 0.1],
  ['≥95%', '0.98%', 0.1],
  ['≤1%', 0.5, 10],
  ['≥95%', 1.6, 0.17],
  // Up to 1.5, a rate over 100 % as Excel keeps it, where ×100 is the nearer reading (rate-over-one.ts): 1.5 is 150 %.
  ['≥95%', 1.5, 10],
])('%s with %s typed: pane and Excel agree', async (target, actual, want) => {
  const r = await paneAndExcel(indicatorRow(target, { level2: '质量指标' }), actual);
  expect([r.score, r.excel]).toEqual([want, want]);
});

test('the formula leaves a blank actual blank (no score of 0 for an empty cell)', async () => {
  const ind = indicatorRow('≥95%', { level2: '质量指标' });
  ind.actual = parseValue('0.98');
  const f = rowScoreFormula(ind, 'positive', 'B1', 'A1', false, DEFAULT_CONFIG)!;
  expect([await excelValue(f, null, 10), await excelValue(f, '0.98', 10)]).toEqual(['', 10]);
  const pct = rowScoreFormula(ind, 'positive', 'B1', 'A1', true, DEFAULT_CONFIG)!;
  expect([await excelValue(pct, null, 10, true), await excelValue(pct, '0.98', 10, true), await excelValue(pct, 0.98, 10, true)]).toEqual(['', 10, 10]);
});

test('a %-formatted cell holding 0.98 is 98 % already: not read ×100 again', () => {
  const ind = indicatorRow('≥95%', { level2: '质量指标' });
  ind.actual = parseValue(0.98, { numFmt: '0.00%' });
  expect(fractionActual(ind)).toBeNull();
});

test.each<[string, number, 'sure' | 'unsure' | null]>([
  ['≥95%', 0.98, 'sure'],
  ['≤5%', 0.03, 'sure'],
  ['≥5%', 0.6, 'unsure'],
  ['≤5%', 0.8, 'unsure'],
  ['≥5%', 0, null],
  ['≥95个', 0.98, null],
])('%s, %s typed: %s', (target, actual, want) => expect(fractionActual(rate(target, actual))).toBe(want));

type Found = { messageId: string; variant?: string; data?: Record<string, string | number> };

function se03(ind: IndicatorRow): Found[] {
  const out: Found[] = [];
  const project = { indicators: [ind], columns: {} } as never;
  SE03.create({ project, config: DEFAULT_CONFIG, report: (r: Found) => out.push(r), col: () => 1, cellName: () => 'A1', valueCell: () => ({ row: 1, col: 1 }) } as never);
  return out.map(({ messageId, variant, data }) => ({ messageId, variant, data }));
}

test('SE-03 says how an unsure fraction was read, and only then', () => {
  expect(se03(rate('≥5%', 0.6))).toEqual([{ messageId: 'fraction', variant: 'fraction', data: { name: '验收合格率', actual: '0.6', percent: '60' } }]);
  expect(se03(rate('≥95%', 0.98))).toEqual([]);
});

test('property: whatever number is typed under a % target, the pane and the formula give one score', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 2, max: 100 }),
      fc.constantFrom('≥', '≤', ''),
      fc.oneof(
        fc.double({ min: 0, max: 1, noNaN: true }).map((x) => Math.round(x * 1e4) / 1e4),
        fc.integer({ min: 0, max: 120 }),
      ),
      fc.boolean(),
      async (target, op, actual, asText) => {
        const r = await paneAndExcel(indicatorRow(`${op}${target}%`, { level2: '质量指标' }), asText ? String(actual) : actual);
        expect(r.excel).toBe(r.score);
      },
    ),
    { numRuns: 60 },
  );
});

test('SE-09 measures the over-achievement on the fraction as scored (0.6 for ≥5%: 1200 %, not 12 %)', async () => {
  const { analyse } = await import('../../src/engine/analyse');
  const { fullReport } = await import('../../src/engine/report');
  const { grids } = await import('../helpers/fixtures');
  const r = fullReport([{ file: 'v133', analysis: analyse(await grids('variants/v133-self-fraction-rates.xlsx')) }]).files[0];
  expect(r.diagnostics.filter((d) => d.rule === 'SE-09').map((d) => d.message)).toEqual([expect.stringContaining('达到指标值 5 的 1200%')]);
});
