/**
 * One 指标值 or 实际完成值 cell merged down over the rows of several indicators: three 满意度 rows all aiming at
 * ≥90%, two 效益 rows whose actual is one “达成预期指标”. Every row the merge covers holds that value (Excel keeps it
 * in the merge's top-left cell only; the covered cells read empty).
 */
import type { Reader } from './reader';

export interface CellAt {
  row: number;
  col: number;
}

/**
 * The master cell of a merge covering (r, c) from a row above, when that master is the previous indicator's own
 * cell or the cell the previous indicator already took its value from (the merge runs down the table's rows, never
 * from a header or a line above the table), and holds something; else null.
 */
export function valueFromAbove(rd: Reader, r: number, c: number | undefined, prevRow: number | undefined, prevFrom: CellAt | undefined): CellAt | null {
  if (c === undefined || prevRow === undefined) return null;
  const m = rd.covering(r, c);
  if (!m || m.top >= r) return null;
  const chained = m.top === prevRow || (prevFrom !== undefined && prevFrom.row === m.top && prevFrom.col === m.left);
  return chained && rd.own(m.top, m.left).trim() ? { row: m.top, col: m.left } : null;
}
