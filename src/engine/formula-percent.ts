/**
 * A percent typed as text, read by the score formula as the pane reads it (pane = Excel, session 15):
 * - under a target counted in something else (“≥10人”, “≤3天”, “≤90万元”) the pane says the units differ and gives no score,
 *   but Excel's VALUE reads “96%” as 0.96 and showed a small wrong score: the formula turns “%” into a letter first, so the
 *   cell reads as no number (blank) — also when the % is typed after fill ran; a rate word (“百分之96”) is no longer read past;
 * - under a percentage-point target (“≥95个百分点”) the pane reads “96%” as the same figure: the formula drops the “%”.
 * One SUBSTITUTE layer on such a row's formula (20 characters, 24 bytes of the JSON 撤销 reads back; 19 / 23 under a point target); none under a % target or one with no unit,
 * nor when the actual fill read is itself a percent the formula converts (“0.5%” under “≤5‰”). Pure.
 */
import type { IndicatorRow } from '../domain/model';
import { targetUnitFor } from '../domain/unit-target';
import { unitFactor } from '../domain/unit-scale';
import { sameCount } from '../domain/units';

interface Spelled {
  words: string[];
  other: { marker: string } | null;
  swaps?: [string, string][];
}

const RATE_WORD = /^[百千万]分之$/;

/** Does the pane score an actual in `unit` under the row's target (scoring.ts: the same count, or one it converts)? */
export function paneReads(unit: string, ind: IndicatorRow): boolean {
  const tu = targetUnitFor(unit, ind.target);
  return !tu || sameCount(unit, tu) || !!unitFactor(unit, tu);
}

export function guardPercent<S extends Spelled>(ind: IndicatorRow, sp: S): S {
  const tu = ind.target.unit;
  if (!tu || tu === '%' || ind.target.kind !== 'quantitative') return sp;
  // Under a point target a % (also “９５％” swapped to “95%”, which the formula's search for “%” in the cell misses) is the figure.
  const points = targetUnitFor('%', ind.target) === '%';
  if (!points && sp.other?.marker.includes('%')) return sp;
  const a = ind.actual;
  const rate = a?.kind === 'quantitative' && (a.unit === '%' || a.unit === '‰') && !paneReads(a.unit, ind);
  const words = rate ? sp.words.filter((w) => !RATE_WORD.test(w)) : sp.words;
  // A percent the pane converts (“0.5%” under “≤5‰”) but fill did not see: blank, never the 0.005 Excel would read.
  const swap: [string, string] = points ? ['%', ''] : ['%', 'x'];
  return { ...sp, words, swaps: [...(sp.swaps ?? []), swap] }; // after “％” → “%”
}
