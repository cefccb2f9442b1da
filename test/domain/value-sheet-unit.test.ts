/**
 * A bare number under a money target written in another unit than the sheet's (≤0.16亿元 on a sheet in 万元): the
 * reading nearer the target is taken (1500 → 1500 万元 = 0.15亿元, not 1500亿元), the pane and the formula `fill`
 * writes agree, and SE-03 says so (information) when the sheet's unit was taken.
 */
import fc from 'fast-check';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { inSheetUnit, scoreRow } from '../../src/domain/scoring';
import { parseValue } from '../../src/domain/value';
import { rowScoreFormula } from '../../src/engine/formulas';
import { SE03 } from '../../src/domain/rules/se/se-03';
import { excelValue, indicatorRow } from '../helpers/score-row';

const cost = (target: string, actual: string | number) => {
  const ind = indicatorRow(target, { cost: true, level3: '工程建设成本' });
  ind.actual = parseValue(actual);
  return ind;
};

async function both(target: string, actual: string | number, sheetUnit: string) {
  const ind = cost(target, actual);
  const s = scoreRow(ind, 10, DEFAULT_CONFIG, sheetUnit);
  const f = rowScoreFormula(ind, s.method!, 'B1', 'A1', false, DEFAULT_CONFIG, sheetUnit)!;
  return { score: s.score, excel: await excelValue(f, actual, 10) };
}

test.each<[string, string | number, string, string | null]>([
  ['≤0.16亿元', 1500, '万元', '0.15'], // 1500 万元, not 1500 亿元
  ['≤0.16亿元', 0.15, '万元', null], // 0.15 亿元 as written
  ['≤3000千元', 290, '万元', '2900'], // 290 万元 = 2900 千元
  ['≤3000千元', 2950, '万元', null],
  ['≤120万元', 1180000, '元', '118'], // a sheet in 元: 1 180 000 元
  ['≤120万元', 118, '元', null],
  ['≤120万元', '1180000', '元', '118'], // text holding only the number
  ['≤120万元', 118, '万元', null], // the sheet's own unit: nothing to choose
  ['≤48000元', 4.6, '万元', '46000'],
  ['≤0.16亿元', '1500万元', '万元', null], // a unit written: converted as written, not guessed
])('%s, %s typed on a sheet in %s: %s', (target, actual, unit, want) => {
  expect(inSheetUnit(cost(target, actual), unit)?.toString() ?? null).toBe(want);
});

test.each<[string, string | number, string, number]>([
  ['≤0.16亿元', 1500, '万元', 10],
  ['≤0.16亿元', 2000, '万元', 8],
  ['≤0.16亿元', 0.2, '万元', 8],
  ['≤3000千元', 290, '万元', 10],
  ['≤120万元', 1500000, '元', 8],
  ['≤120万元', '1500000', '元', 8],
])('%s with %s typed on a sheet in %s: pane and Excel agree', async (target, actual, unit, want) => {
  expect(await both(target, actual, unit)).toEqual({ score: want, excel: want });
});

test('a blank actual stays blank in Excel', async () => {
  const ind = cost('≤0.16亿元', 1500);
  const f = rowScoreFormula(ind, 'reverse', 'B1', 'A1', false, DEFAULT_CONFIG, '万元')!;
  expect(await excelValue(f, null, 10)).toBe('');
});

test('property: whatever bare number is typed, the pane and the formula give one score', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom('亿元', '千元', '万元', '元', '百万元'),
      fc.constantFrom('万元', '元', '千元', '亿元'),
      fc.integer({ min: 1, max: 5000 }),
      fc.constantFrom('≤', '≥', ''),
      fc.oneof(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.double({ min: 0, max: 100, noNaN: true }).map((x) => Math.round(x * 1000) / 1000),
      ),
      fc.boolean(),
      async (tu, su, a, op, x, asText) => {
        const r = await both(`${op}${a}${tu}`, asText ? String(x) : x, su);
        expect(r.excel).toBe(r.score);
      },
    ),
    { numRuns: 80 },
  );
});

type Found = { messageId: string; variant?: string; data?: Record<string, string | number> };

test('SE-03 says when the sheet’s unit was taken, and only then', () => {
  const se03 = (ind: ReturnType<typeof cost>) => {
    const out: Found[] = [];
    const project = { indicators: [ind], columns: {}, money: { unit: '万元', from: 'default' } } as never;
    SE03.create({ project, config: DEFAULT_CONFIG, report: (r: Found) => out.push(r), col: () => 1, cellName: () => 'A1', valueCell: () => ({ row: 1, col: 1 }) } as never);
    return out.map(({ messageId, variant, data }) => ({ messageId, variant, data }));
  };
  expect(se03(cost('≤0.16亿元', 1500))).toEqual([
    { messageId: 'sheetUnit', variant: 'sheetUnit', data: { name: '工程建设成本', actual: '1500', unit: '万元', converted: '0.15', target: '亿元' } },
  ]);
  expect(se03(cost('≤0.16亿元', 0.15))).toEqual([]);
});
