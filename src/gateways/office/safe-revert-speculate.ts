/**
 * Step 2 of 撤销's checks read ahead: the fills, bold, number formats and inserted rows of a record,
 * read where they were recorded, ride in what the budget leaves of step 1's column reads (a sync
 * saved when they all fit). An answer counts only for a row alignment finds where it was recorded —
 * the address read is then the row's current one; a moved row is read again in step 2.
 */
import type { XlContext } from './api';
import { jsonBytes } from '../pipeline/batching';
import { insertedFinalRows } from '../pipeline/phases/record';
import type { UndoSheet } from '../pipeline/undo-record';
import { KEY, READ_CELL_BYTES, key, readNumberFormats, type Cells, type ReadOp } from './safe-revert-reads';
import { copiedCells, marksAhead, mootNumberFormats } from './safe-revert-moot';
import { extendRun, probeClears, rowRun, spanProbe, type RowRun } from './safe-revert-rows';
import { knownCols, speculateExtra } from './safe-revert-extra';
import { readMarksUniform } from './safe-revert-uniform';

/** A sheet's reads at the recorded places (props left out when a pre-read has them). */
export interface Guess {
  props: Cells | null;
  nfs: Cells;
  /** Recorded inserted row → the run read over it. */
  rows: Map<number, RowRun>;
  /** The written columns outside the signature, at their recorded places (safe-revert-extra.ts). */
  extra: Cells | null;
}

/** Response bytes of an inserted row's read: what the command wrote in it, or a guess per cell. */
function rowBytes(u: UndoSheet): (row: number) => number {
  const wr = u.written!;
  const wrote = new Map<number, number>();
  for (const r of wr.contents) r.values.forEach((v, i) => wrote.set(r.top + i, (wrote.get(r.top + i) ?? 0) + jsonBytes(v) + 8));
  return (row) => Math.max(wrote.get(row) ?? 0, wr.rows.cols.length * READ_CELL_BYTES);
}

/** Queue the guessed reads of each sheet into `riders` (not run: readBlocks runs those that fit). */
export function speculate(context: XlContext, sheets: UndoSheet[], withProps: boolean, riders: ReadOp[]): Map<string, Guess> {
  const out = new Map<string, Guess>();
  for (const u of sheets) {
    const ws = context.workbook.worksheets.getItem(u.name);
    const wr = u.written!;
    const asCell = (k: number) => ({ row: Math.floor(k / KEY), col: k % KEY });
    const extra = speculateExtra(ws, u, riders);
    // Formats 撤销 clears anyway where the cell is still ours are not read ahead (safe-revert-moot.ts).
    const copied = copiedCells(u);
    const props = withProps ? readMarksUniform(ws, marksAhead(u, copied).map(asCell), riders, true) : null;
    const nfMoot = mootNumberFormats(u, copied);
    const nfCells: { row: number; col: number }[] = [];
    for (const r of wr.numFormats) r.values.forEach((_v, i) => nfMoot.has(key(r.top + i, r.col)) || nfCells.push({ row: r.top + i, col: r.col }));
    const nfs = readNumberFormats(ws, nfCells, riders, true);
    const rows = new Map<number, RowRun>();
    let cur: RowRun | null = null;
    const bytesOf = rowBytes(u);
    const known = knownCols(u);
    const outside = rowsWrittenOutside(u);
    const inserted = insertedFinalRows(u.insertedRows);
    const gapRows = inserted.filter((r) => !outside.has(r));
    // First in the queue: one probe of the gaps over all the inserted rows (safe-revert-rows.ts).
    const probe = gapRows.length > 1 ? spanProbe(ws, gapRows[0], gapRows[gapRows.length - 1], known) : null;
    if (probe) riders.unshift(probe.op);
    for (const row of inserted) {
      const whole = outside.has(row);
      const resp = bytesOf(row);
      if (!extendRun(cur, row, whole, resp)) {
        const run: RowRun = (cur = rowRun(ws, row, known, whole, resp));
        if (probe && !whole) {
          run.clear = () => probeClears(probe, run.top, run.bottom);
          // A run the probe cleared takes no room in a later sync.
          run.op.needless = run.clear;
        }
        riders.push(run.op);
      }
      rows.set(row, cur);
    }
    out.set(u.name, { props, nfs, rows, extra });
  }
  return out;
}

/** Recorded rows where the command wrote outside the columns read (none since the extra columns are read: safe-revert-extra.ts). */
export function rowsWrittenOutside(u: UndoSheet): Set<number> {
  const known = new Set(knownCols(u));
  const out = new Set<number>();
  for (const r of u.written!.contents) if (!known.has(r.col)) r.values.forEach((_v, i) => out.add(r.top + i));
  return out;
}
