/**
 * Where a record's rows are in a grid already read (no Excel request): found again by their
 * signatures and anchors, as 撤销 finds them (safe-revert.ts step 1). 自评 asks it where the last
 * 校验's marks are now: after the user inserted or deleted rows above them, the marks' recorded
 * rows are not theirs any more, and a mark must not be copied into the columns 自评 adds.
 */
import type { Grid } from '../../sheet/grid';
import { restoreInput } from '../pipeline/cell-input';
import { ANCHOR_SIG, alignRows, anchorSig, rowSig } from '../pipeline/fingerprint';
import { SIG_LEN, type UndoSheet } from '../pipeline/undo-record';

/** Recorded row → its row in `grid`: by its signature, else moved as its neighbours moved; null where that cannot be told. */
export function rowsInGrid(u: UndoSheet, grid: Grid): (row: number) => number | null {
  const rows = u.written?.rows;
  if (!rows || !rows.cols.length) return (row) => row;
  const was: string[] = [];
  for (let i = 0; i < rows.sigs.length; i += SIG_LEN) was.push(rows.sigs.slice(i, i + SIG_LEN));
  const sigAt = (r: number): string => rowSig(rows.cols.map((col) => (r <= grid.rowCount ? (restoreInput(grid, r, col) ?? '') : '')));
  // The common case, nothing moved: every recorded row still where it was (no pass over the sheet).
  if (was.every((sig, i) => sigAt(rows.top + i) === sig)) return (row) => row;
  const now: string[] = [];
  for (let r = 1; r <= grid.rowCount; r++) now.push(sigAt(r));
  const ids = rows.ids;
  if (ids) {
    const sigs = new Map<number, string>();
    ids.rows.forEach((r, i) => sigs.set(r, ids.sigs.slice(i * ANCHOR_SIG, (i + 1) * ANCHOR_SIG)));
    const known = new Set(sigs.values());
    for (let i = 0; i < was.length; i++) was[i] += sigs.get(rows.top + i) ?? '';
    for (let j = 0; j < now.length; j++) {
      const v = restoreInput(grid, j + 1, ids.col);
      const s = v === '' || v === null || v === undefined ? '' : anchorSig(v);
      now[j] += known.has(s) ? s : '';
    }
  }
  const place = alignRows(was, rows.top, now, 1);
  // A row whose own values changed since (修正 rewrote it) is not found by its signature: it moved as the
  // nearest rows found above and below it did (none found at all: where it was recorded; the two disagreeing: null).
  // One pass each way, not a search per row: after 修正 most of a large table's marked rows may be unfound.
  const n = was.length;
  const own: (number | null)[] = [];
  for (let i = 0; i < n; i++) {
    const p = place.get(rows.top + i);
    own.push(p && p.sure ? p.now - (rows.top + i) : null);
  }
  const up: (number | null)[] = [];
  for (let i = 0, seen: number | null = null; i < n; i++) {
    up.push(seen);
    if (own[i] !== null) seen = own[i];
  }
  const down: (number | null)[] = new Array<number | null>(n).fill(null);
  for (let i = n - 1, seen: number | null = null; i >= 0; i--) {
    down[i] = seen;
    if (own[i] !== null) seen = own[i];
  }
  return (row) => {
    const i = row - rows.top;
    if (i >= 0 && i < n && own[i] !== null) return row + own[i]!;
    // A row past either end of the record moves as the nearest found row on its side.
    const a = i < 0 ? null : i >= n ? (own[n - 1] ?? up[n - 1]) : up[i];
    const b = i >= n ? null : i < 0 ? (own[0] ?? down[0]) : down[i];
    // Neighbours that moved apart: a row was removed or put in right here, its place cannot be told.
    if (a !== null && b !== null && a !== b) return null;
    const by = a ?? b;
    return by === null ? row : row + by;
  };
}
