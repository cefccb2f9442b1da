/**
 * Step 2 of 撤销's checks read ahead: the fills, bold, number formats and inserted rows of a record,
 * read where they were recorded, ride in what the budget leaves of step 1's column reads (a sync
 * saved when they all fit). An answer counts only for a row alignment finds where it was recorded —
 * the address read is then the row's current one; a moved row is read again in step 2.
 */
import type { XlContext, XlRange } from './api';
import { jsonBytes } from '../pipeline/batching';
import { insertedFinalRows } from '../pipeline/phases/record';
import type { UndoSheet } from '../pipeline/undo-record';
import { KEY, PROPS_BYTES, READ_CELL_BYTES, READ_REQ, markCells, propsLoad, readNumberFormats, readByRect, type Cells, type ReadOp } from './safe-revert-reads';

/** Inserted rows read together (one used-range read of the run). */
export interface RowRun {
  top: number;
  bottom: number;
  range: XlRange | null;
  op: ReadOp;
}

/** Most inserted rows one read takes. */
export const ROW_RUN = 200;

/** A sheet's reads at the recorded places (props left out when a pre-read has them). */
export interface Guess {
  props: Cells | null;
  nfs: Cells;
  /** Recorded inserted row → the run read over it. */
  rows: Map<number, RowRun>;
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
    const props = withProps ? readByRect(ws, markCells(u).map(asCell), PROPS_BYTES, propsLoad, riders, true) : null;
    const nfCells: { row: number; col: number }[] = [];
    for (const r of wr.numFormats) r.values.forEach((_v, i) => nfCells.push({ row: r.top + i, col: r.col }));
    const nfs = readNumberFormats(ws, nfCells, riders, true);
    const rows = new Map<number, RowRun>();
    let cur: RowRun | null = null;
    const bytesOf = rowBytes(u);
    for (const row of insertedFinalRows(u.insertedRows)) {
      const resp = bytesOf(row);
      if (cur && row === cur.bottom + 1 && cur.bottom - cur.top + 1 < ROW_RUN) {
        cur.bottom = row;
        cur.op.resp += resp;
      } else {
        const run: RowRun = { top: row, bottom: row, range: null, op: { req: READ_REQ + 32, resp: 96 + resp, run: () => undefined, sent: false } };
        run.op.run = () => void (run.range = ws.getRange(`${run.top}:${run.bottom}`).getUsedRangeOrNullObject(true).load('formulas,rowIndex,columnIndex'));
        riders.push(run.op);
        cur = run;
      }
      rows.set(row, cur);
    }
    out.set(u.name, { props, nfs, rows });
  }
  return out;
}
