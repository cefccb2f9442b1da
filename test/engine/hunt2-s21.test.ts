/**
 * Session 21, 自评表 gaps: a rate over 100 % typed as a bare number (1.2 for 120 %, as Excel keeps it) under a % target,
 * and 分值 written once in a 二级 row (数量指标 | | | 30) over its 三级 rows left blank — read as the pane and Excel's
 * formula read them alike.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { planAll } from '../../src/engine/planner';
import { isOurFormula } from '../../src/engine/fill';
import type { CellValue, Grid } from '../../src/sheet/grid';
import { inExcel } from '../helpers/fill-in-excel';
import { selfSheet } from '../helpers/table';

async function paneAndExcel(g: Grid): Promise<{ pane: number | null; excel: unknown; se03: string[] }> {
  const an = analyse([g], DEFAULT_CONFIG);
  const got = await inExcel(g, planAll([g], an, DEFAULT_CONFIG, { fill: true }).edits);
  const p = an.projects[0];
  const se03 = p.diagnostics.filter((d) => d.rule === 'SE-03').map((d) => `${d.cell} ${d.severity}`);
  return { pane: p.score.rows[0].score, excel: got[4][6], se03 };
}

function formatted(target: CellValue, actual: CellValue, fmt?: string): Grid {
  const g = selfSheet(target, actual);
  if (fmt) {
    g.numFormats = g.values.map(() => []);
    g.numFormats[4][4] = fmt;
  }
  return g;
}

describe('a rate over 100 % typed as a bare number up to 1.5 (1.2 = 120 %) under a % target', () => {
  test.each([
    // Read ×100 where that reading is the nearer to the target: full marks, in the pane and in Excel.
    ['≥100%', 1.2, undefined, 30],
    ['≥110%', 1.2, undefined, 30],
    ['≥95%', 1.5, undefined, 30],
    ['=100%', 1.05, undefined, 30],
    ['≥95%', '1.2', undefined, 30], // text holding only the number
    ['≥100%', 1.2, '0.00', 30], // a plain number format shows 1.20: still Excel's ratio
    ['≥120%', 1.3, undefined, 30],
    ['≥150%', 1.2, undefined, 24], // 120 % of 150 %
  ])('%s, %p (%s): %p in both, nothing to say', async (t, a, f, want) => {
    expect(await paneAndExcel(formatted(t, a, f))).toEqual({ pane: want, excel: want, se03: [] });
  });

  test.each([
    // Over 1.5 a bare number is a percent, as the funds line's 执行率 reads it (formula-rate.ts).
    ['≥95%', 1.6, 0.51, []],
    // A small target: 1.2 % and 120 % both make sense — read as typed, and said (SE-03, info).
    ['≥5%', 1.2, 7.2, ['E5 info']],
    ['≥12%', 1.2, 3, ['E5 info']],
    // Under an upper bound a low figure is the natural one: read as typed, silently.
    ['≤5%', 1.2, 30, []],
    // A count is never a ratio.
    ['≥10件', 1.2, 3.6, []],
    // ≤ 1 as before.
    ['≥95%', 0.98, 30, []],
    ['≥100%', 1, 30, []],
  ])('%s, %p: %p in both', async (t, a, want, se03) => {
    expect(await paneAndExcel(formatted(t, a))).toEqual({ pane: want, excel: want, se03 });
  });
});

test.each([['≥100%'], ['≥12%'], ['≥5%']])('the score formula under %s is known as ours on a second fill', (t) => {
  const g = selfSheet(t, 1.2);
  const edits = planAll([g], analyse([g], DEFAULT_CONFIG), DEFAULT_CONFIG, { fill: true }).edits;
  const f = edits.find((e) => e.kind === 'formula' && e.row === 5 && e.col === 7);
  expect(f && f.kind === 'formula' && isOurFormula(f.formula)).toBe(true);
});
