/** The score formulas for ranges, 是/否 and other qualitative targets (the target repeated is tested first) and counts per year are recognised as ours on a re-run (fill.ts isOurFormula). */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { parseValue } from '../../src/domain/value';
import { isOurFormula } from '../../src/engine/fill';
import { rowScoreFormula } from '../../src/engine/formulas';

const ind = (target: string) => ({ target: parseValue(target) }) as never;

test.each([
  ['90%-95%', 'positive'],
  ['3-5天', 'positive'],
  ['0-3天', 'positive'],
  ['是', 'qualitative'],
  ['否', 'qualitative'],
  ['显著提升', 'qualitative'],
  ['达到“良好”以上，"优"为佳', 'qualitative'],
  ['每年4次', 'equal'],
  ['≥2次/年', 'positive'],
  // A % target above 1 % (a fraction read ×100, as a number or as text), money targets in another unit than the sheet's (万元).
  ['≥95%', 'positive'],
  ['≤5%', 'reverse'],
  ['≤0.16亿元', 'reverse'],
  ['≥3000千元', 'positive'],
  ['≤48000元', 'reverse'],
] as const)('%s', (target, m) => {
  for (const cfg of [DEFAULT_CONFIG, { ...DEFAULT_CONFIG, reverseMethod: 'linear' as const }]) {
    for (const pct of [true, false]) {
      const f = rowScoreFormula(ind(target), m, 'G12', 'F12', pct, cfg, '万元')!;
      expect([f, isOurFormula(f)]).toEqual([f, true]);
    }
  }
});
