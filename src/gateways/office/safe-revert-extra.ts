/**
 * 撤销's written columns outside the row signature. The signature (phases/record.ts) covers the
 * densely written columns and a few that tell rows apart; a column the command wrote only here and
 * there (自评 at 50 000 rows: 一级/三级 names and 指标值 only in the 11 541 inserted rows, 4–9 % of
 * the 84 618 rows) is not read over the whole area in step 1 but where it was written, and over
 * every inserted row (a row is deleted only when all of it is ours: the gap reads leave these
 * columns out). Those cells are read where they were recorded, riding in step 1's spare room; a cell
 * whose row moved, or whose read did not fit, is read where alignment finds its row (one sync more,
 * before step 2, only then). Every reverted cell is still checked against what was written.
 */
import type { XlRange, XlWorksheet } from './api';
import { jsonBytes } from '../pipeline/batching';
import type { RowPlace } from '../pipeline/fingerprint';
import { insertedFinalRows } from '../pipeline/phases/record';
import type { UndoSheet } from '../pipeline/undo-record';
import { key, readByRect, type Cells, type ReadOp } from './safe-revert-reads';

/** Least bytes a cell of such a column is taken to return (an empty cell: "" and its brackets). */
const MIN_BYTES = 8;
const MARGIN = 1.1;

/** Written content columns that the row signature does not cover, ascending. */
export function extraCols(u: UndoSheet): number[] {
  const sig = new Set(u.written!.rows.cols);
  const out = new Set([...new Set(u.written!.contents.map((r) => r.col))].filter((c) => !sig.has(c)));
  // A column between the known ones that the command did not write is read at the inserted rows
  // too (a few bytes each), so that the one probe of the gaps over their span (safe-revert-rows.ts)
  // does not meet the sheet's own rows there (50 000 rows: 二级指标, out of the signature, made
  // every run of inserted rows a read of its own).
  if (u.insertedRows.length && out.size + sig.size) {
    const all = [...sig, ...out];
    for (let c = Math.min(...all) + 1; c < Math.max(...all); c++) if (!sig.has(c)) out.add(c);
  }
  return [...out].sort((a, b) => a - b);
}

/** Columns whose cells step 1 (and this file) put in hand: the signature's and the extra ones. */
export function knownCols(u: UndoSheet): number[] {
  return [...new Set([...u.written!.rows.cols, ...extraCols(u)])].sort((a, b) => a - b);
}

/**
 * The recorded cells to read per extra column, with a read's estimated bytes per cell: what was
 * written there (with a margin for text typed since), the least a cell costs elsewhere. Per cell,
 * not the column's longest: riding reads share what step 1's syncs leave of their answer.
 */
function wanted(u: UndoSheet): Map<number, { rows: Set<number>; bytes: (row: number, col: number) => number }> {
  const out = new Map<number, { rows: Set<number>; bytes: (row: number, col: number) => number }>();
  const cols = extraCols(u);
  if (!cols.length) return out;
  const inserted = insertedFinalRows(u.insertedRows);
  const est = new Map<number, number>();
  const bytes = (row: number, col: number): number => est.get(key(row, col)) ?? MIN_BYTES;
  for (const col of cols) out.set(col, { rows: new Set(inserted), bytes });
  for (const r of u.written!.contents) {
    const w = out.get(r.col);
    if (!w) continue;
    r.values.forEach((v, i) => {
      w.rows.add(r.top + i);
      est.set(key(r.top + i, r.col), Math.max(MIN_BYTES, Math.ceil((jsonBytes(v) + 4) * MARGIN)));
    });
  }
  return out;
}

const formulasLoad = (r: XlRange): (() => unknown[][]) => {
  r.load('formulas');
  return () => r.formulas;
};

/** Queue the extra columns' reads at the recorded places as riders of step 1 (first in the queue after the span probe). */
export function speculateExtra(ws: XlWorksheet, u: UndoSheet, riders: ReadOp[]): Cells | null {
  const want = wanted(u);
  if (!want.size) return null;
  const cells: { row: number; col: number }[] = [];
  for (const [col, w] of want) for (const row of w.rows) cells.push({ row, col });
  // Neighbouring columns of a row in one read, rows alike as one rectangle: an inserted run's
  // names (B:E at 50 000 rows) take one action, not one per column (~23 000 → ~9 000 reads).
  return readByRect(ws, cells, bytesOf(want), formulasLoad, riders, true);
}

/** A cell's estimated bytes, whatever its column. */
function bytesOf(want: ReturnType<typeof wanted>): (row: number, col: number) => number {
  return (row, col) => want.get(col)?.bytes(row, col) ?? MIN_BYTES;
}

/**
 * Put the extra columns' cells, where their rows are now, into `cells` (keyed by current place):
 * from the riders when the row did not move and the read went through, else queued into `ops`
 * (read where the row is now). Returns a function that copies the answers once `ops` are sent.
 */
export function stageExtra(ws: XlWorksheet, u: UndoSheet, place: Map<number, RowPlace>, cells: Map<number, unknown>, guessed: Cells | null | undefined, ops: ReadOp[]): () => void {
  const want = wanted(u);
  const need: { row: number; col: number }[] = [];
  const size = new Map<number, number>();
  for (const [col, w] of want) {
    for (const row of w.rows) {
      const p = place.get(row);
      if (!p) continue;
      const k = key(row, col);
      if (guessed && p.now === row && guessed.has(k)) cells.set(k, guessed.get(k));
      else {
        need.push({ row: p.now, col });
        size.set(key(p.now, col), w.bytes(row, col));
      }
    }
  }
  if (!need.length) return () => undefined;
  const read = readByRect(ws, need, (row, col) => size.get(key(row, col)) ?? MIN_BYTES, formulasLoad, ops);
  return () => {
    for (const n of need) cells.set(key(n.row, n.col), read.get(key(n.row, n.col)));
  };
}
