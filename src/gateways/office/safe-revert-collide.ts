/**
 * A row signature is 18 bits (fingerprint.ts): two different rows can share one. Alignment then
 * takes a row of the user's for one of ours — seen by the property test: after Ctrl+Z took the
 * command back, our inserted row (新增4, =B4*2) "matched" the user's row 5 (指标5, =B5*2), and the
 * revert cleared the user's =B5*2, which holds the same formula as ours by template. A row whose
 * signature matched must still hold, in the signature's columns, the plain values written there:
 * where one differs the match was a collision, and the row's place is dropped (all of it left
 * alone; an inserted row is not deleted). Formulas are left out of this test: Excel rewrites their
 * references when rows move, which the signature ignores and the cell check does not.
 */
import { holdsWritten, type RowPlace } from '../pipeline/fingerprint';
import type { UndoSheet } from '../pipeline/undo-record';
import { key } from './safe-revert-reads';

export function dropCollisions(u: UndoSheet, place: Map<number, RowPlace>, cells: Map<number, unknown>): void {
  const sig = new Set(u.written!.rows.cols);
  for (const r of u.written!.contents) {
    if (!sig.has(r.col)) continue;
    r.values.forEach((v, i) => {
      if (typeof v === 'string' && v.startsWith('=') && v.length > 1) return;
      const row = r.top + i;
      const p = place.get(row);
      if (p?.same && !holdsWritten(cells.get(key(p.now, r.col)) ?? '', v, row, p.now)) place.delete(row);
    });
  }
}
