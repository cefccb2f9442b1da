/**
 * The role a person gave row r of the table spanning columns left–right. A correction that names a column
 * (a table printed in two halves, or tables side by side, share their sheet rows) applies only to the table
 * holding that column; one with a row number alone to the leftmost table with cells on that row (ownRows).
 */
import type { RowRole } from '../domain/model';
import { nonEmptyCount, type Reader } from './reader';

interface RowFix {
  rows?: ReadonlyMap<number, RowRole>;
  cells?: readonly { row: number; col: number; role: RowRole }[];
}

export function fixedRole(fix: RowFix | undefined, r: number, left: number, right: number): RowRole | undefined {
  if (!fix) return undefined;
  if (fix.cells)
    for (let i = 0, list = fix.cells; i < list.length; i++) {
      const x = list[i];
      if (x.row === r && x.col >= left && x.col <= right) return x.role;
    }
  return fix.rows?.get(r);
}

interface Band {
  row: number;
  left: number;
  right: number;
}

/**
 * The corrections as table h takes them: a row number alone belongs to the leftmost table with cells on that row
 * (a table printed in two halves: its left half, as stackedFix reads it), so two tables side by side never both
 * change; a correction naming a column still reaches any table.
 */
export function ownRows<F extends RowFix>(fix: F | undefined, h: Band, bands: readonly Band[], rd: Reader): F | undefined {
  if (!fix?.rows?.size) return fix;
  const left = bands.filter((b) => b !== h && b.right < h.left);
  if (!left.length) return fix;
  // b holds row r when r is below its header and no later header stands in its columns at or above r.
  const holds = (b: Band, r: number) => b.row < r && !bands.some((x) => x !== b && x.row > b.row && x.row <= r && x.left <= b.right && x.right >= b.left);
  const rows = new Map([...fix.rows].filter(([r]) => !left.some((b) => holds(b, r) && nonEmptyCount(rd.rowTexts(r, b.left, b.right)) > 0)));
  return rows.size === fix.rows.size ? fix : { ...fix, rows };
}
