/**
 * A number in a cell formatted as a percent (0.96 shown as 96%) under a target counted in something else
 * (≥10人, ≤3天, ≤90万元): the user typed 96 into a %-formatted column and Excel stored 0.96. The score formula
 * fill writes reads such a cell as the number it shows (A1*100), in the target's unit; the pane reads it so too,
 * so the two agree. A % typed in the text (“96%”) is a unit of its own and is not read this way. Pure.
 */
import type { ParsedValue } from './types';
import { unitFactor } from './unit-scale';

/** The actual's unit for scoring: null (the number as shown, in the target's unit) for such a percent cell. */
export function shownUnit(a: Pick<ParsedValue, 'unit' | 'changes'>, targetUnit: string | null): string | null {
  if (a.unit !== '%' || !targetUnit || targetUnit === '%' || !a.changes.includes('percent-format')) return a.unit;
  return unitFactor('%', targetUnit) ? a.unit : null;
}
