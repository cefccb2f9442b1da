/**
 * Actuals under a target written as a change on last year (“较上年下降10%”: a fall of at least 10 %, “较上年增长5%”): the
 * actual is a change too, and which way it goes is read from its sign or its words. Under a fall, “-12%” is a fall of 12 %,
 * “+5%” or “增长5%” a rise (a fall of −5 %), a bare “12%” the fall as published 自评表 write it; under a rise, “下降2%” is −2 %.
 * scoring.ts reads the actual so, and formulas.ts writes the same reading into the Excel formula. Pure.
 */
import type { Dec } from './decimal';
import type { IndicatorRow } from './model';

/** 'negate': the actual's words name the other direction; 'fall-signed': under a fall, a sign says which way (−: fall, +: rise). */
export type ChangeReading = 'negate' | 'fall-signed' | null;

/** A plus sign typed with the actual (“+5%”): a rise. Anywhere in the cell, as the formula's SEARCH finds it. */
const PLUS = /[+＋]/;

/** How the actual's number reads in the direction of the row's change target; null: as it is. */
export function changeReading(ind: IndicatorRow): ChangeReading {
  const t = ind.target;
  const a = ind.actual;
  if (!a || a.kind !== 'quantitative' || !t.changes.includes('relative')) return null;
  const fall = t.changes.includes('relative-fall');
  // “下降12%” under “较上年增长5%”, “增长5%” under “较上年下降10%”: the words go the other way.
  if (a.changes.includes('relative')) return a.changes.includes('relative-fall') === fall ? null : 'negate';
  return fall ? 'fall-signed' : null;
}

/** The actual's number B read in the direction of the row's change target. */
export function inChangeDirection(ind: IndicatorRow, B: Dec): Dec {
  const how = changeReading(ind);
  if (how === 'negate') return B.times(-1);
  if (how === 'fall-signed') return PLUS.test(String(ind.actual!.raw)) ? B.times(-1) : B.abs();
  return B;
}
