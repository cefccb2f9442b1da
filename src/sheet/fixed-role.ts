/**
 * The role a person gave row r of the table spanning columns left–right. A correction that names a column
 * (a table printed in two halves, or tables side by side, share their sheet rows) applies only to the table
 * holding that column; one with a row number alone applies to every table on that row, as it always has.
 */
import type { RowRole } from '../domain/model';

interface RowFix {
  rows?: ReadonlyMap<number, RowRole>;
  cells?: readonly { row: number; col: number; role: RowRole }[];
}

export function fixedRole(fix: RowFix | undefined, r: number, left: number, right: number): RowRole | undefined {
  if (!fix) return undefined;
  if (fix.cells) for (const x of fix.cells) if (x.row === r && x.col >= left && x.col <= right) return x.role;
  return fix.rows?.get(r);
}
