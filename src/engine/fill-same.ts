/**
 * A second `fill` changes nothing: an edit in place that writes what the cell already holds — the same formula with the
 * value Excel cached for it, or the same constant, and the number format it already shows — is not planned. Without this a
 * re-run rewrote every formula of the funds and total lines it had written (a flat list of two projects: 4 edits, 8 before
 * the execution was typed) and restyled the 执行率 cells, with nothing different in them.
 */
import { cellFormula, cellValue, numFormat, type CellValue, type Grid } from '../sheet/grid';
import type { Edit } from '../sheet/plan';

/** An empty cached value (a formula that shows "") and an empty cell are the same to a reader. */
const blank = (v: CellValue | undefined): CellValue | undefined => (v === '' ? null : v);

/** True when applying `e` to `g` (original coordinates, no rows inserted before it) would leave the cell as it is. */
export function holdsAlready(g: Grid, e: Edit): boolean {
  if (e.kind !== 'formula' && e.kind !== 'value') return false;
  if (e.numFormat !== undefined && numFormat(g, e.row, e.col) !== e.numFormat) return false;
  const f = cellFormula(g, e.row, e.col);
  const v = blank(cellValue(g, e.row, e.col));
  if (e.kind === 'formula') return f !== null && f.replace(/^=/, '') === e.formula && v === blank(e.cached);
  // A constant over a formula replaces the formula. An empty constant over an empty cell changes nothing: a format asked is
  // the cell's own (above; the readers keep an empty cell's format — a 0.00% 实际完成值 fill left empty).
  return f === null && v === blank(e.value);
}
