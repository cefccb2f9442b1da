/**
 * The cells a formula reads in its own row (“F9” in H9's score formula), by column. The snapshot reads the number format of
 * those that are empty as it reads those of numbers and formulas: 自评 formats the empty 实际完成值 cell of a % target 0.00%
 * and writes the score formula that reads a number typed there as a percent; a second 自评 that took the cell for General
 * wrote the other formula (a 160 % typed later scored 1.6). Only after a 自评 do such formulas exist, so a first read costs
 * nothing more; after one, ~13 bytes a row of answer for an empty 实际完成值 column.
 */
import { colNumber } from '../../sheet/a1';

// A single cell of this sheet: not a sheet-qualified one (!), a range's corner (:), a function name (LOG10() or a name.
const REF = /(?<![\w.$!:])\$?([A-Z]{1,3})\$?([1-9]\d{0,6})(?![\w(!:])/g;

/** Rows, by column, of the cells of rows `top..bottom` a formula of the same row reads (formulas start with '='; text in quotes is skipped). */
export function sameRowRefs(top: number, bottom: number, rowOf: (row: number) => unknown[] | undefined): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (let row = top; row <= bottom; row++) {
    const cells = rowOf(row);
    if (!cells) continue;
    const own = String(row);
    for (const v of cells) {
      if (typeof v !== 'string' || v.charCodeAt(0) !== 61 || !v.includes(own)) continue;
      const bare = v.includes('"') ? v.replace(/"[^"]*"/g, '""') : v;
      for (const m of bare.matchAll(REF)) {
        if (m[2] !== own) continue;
        const col = colNumber(m[1]);
        let set = out.get(col);
        if (!set) out.set(col, (set = new Set()));
        set.add(row);
      }
    }
  }
  return out;
}
