/**
 * An actual written in another unit of the target's quantity scores as the same amount written in the
 * target's unit — in the pane, and in the formula fill writes (recalculated in the double).
 */
import fc from 'fast-check';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { parseValue } from '../../src/domain/value';
import { rowScoreFormula } from '../../src/engine/formulas';
import { excelValue, indicatorRow } from '../helpers/score-row';

// [target unit, other unit, how many target units one other unit is]
const PAIRS: [string, string, number][] = [
  ['万元', '元', 0.0001],
  ['元', '万元', 10000],
  ['吨', '千克', 0.001],
  ['公里', '米', 0.001],
  ['个月', '年', 12],
  ['%', '‰', 0.1],
  ['人次', '万人次', 10000],
];

test('the same amount in another unit scores the same, in the pane and in Excel', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...PAIRS),
      fc.constantFrom('≥', '≤'),
      fc.integer({ min: 1, max: 500 }),
      fc.integer({ min: 0, max: 1000 }),
      async ([tu, other, k], op, a, b) => {
        // b in the target unit, written in the other unit when that is exact in few digits
        const inOther = b / k;
        if (!Number.isInteger(inOther * 1000)) return;
        const target = `${op}${a}${tu}`;
        const same = indicatorRow(target);
        same.actual = parseValue(`${b}${tu}`);
        const conv = indicatorRow(target);
        const written = `${Number(inOther.toFixed(3))}${other}`;
        conv.actual = parseValue(written);
        const want = scoreRow(same, 10, DEFAULT_CONFIG);
        const got = scoreRow(conv, 10, DEFAULT_CONFIG);
        expect([written, got.score, got.blocked]).toEqual([written, want.score, null]);
        const f = rowScoreFormula(conv, got.method!, 'B1', 'A1', false, DEFAULT_CONFIG)!;
        expect([written, await excelValue(f, written, 10)]).toEqual([written, want.score]);
      },
    ),
    { numRuns: 150 },
  );
});
