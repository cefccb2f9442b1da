/**
 * 撤销's read of a run of inserted rows: before a row is deleted, everything in it must be what the
 * command wrote. Step 1 read the record's fingerprint columns already (their cells are in hand), so
 * only the rest of the row is read: the used range of each gap between those columns (values only),
 * a null object when the gap is empty — ~100 bytes an answer where the whole row's formulas cost a
 * few hundred a row (50 000 rows: 11 541 inserted rows). A run where the command wrote outside the
 * fingerprint columns is read whole, as before.
 */
import { MAX_COLS, rectAddress } from '../../sheet/a1';
import type { XlRange, XlWorksheet } from './api';
import type { ReadOp } from './safe-revert-reads';
import { READ_REQ } from './safe-revert-reads';

/** Inserted rows read together. */
export interface RowRun {
  top: number;
  bottom: number;
  /** Read whole (formulas of every used cell), or only the gaps between the `known` columns. */
  whole: boolean;
  parts: XlRange[];
  op: ReadOp;
  /** Its gaps found empty by a span probe (its rows where recorded): nothing to read, parts stays empty. */
  clear?: () => boolean;
}

/**
 * One question for all the inserted rows of a record where they were recorded: the used range of
 * each gap over the rows from the first inserted to the last (its place only, ~100 bytes). Null
 * means every run is clean there — one action instead of one per run (3 847 at 50 000 rows); a
 * run the answer's box meets is read as before.
 */
export interface SpanProbe {
  parts: XlRange[];
  op: ReadOp;
}

export function spanProbe(ws: XlWorksheet, top: number, bottom: number, known: number[]): SpanProbe {
  const spans = gaps(known);
  const probe: SpanProbe = { parts: [], op: { req: spans.length * (READ_REQ + 32), resp: spans.length * PART_BYTES, run: () => undefined, sent: false } };
  probe.op.run = () => {
    probe.parts = spans.map(([left, right]) => ws.getRange(rectAddress({ top, bottom, left, right })).getUsedRangeOrNullObject(true).load('rowIndex,rowCount'));
  };
  return probe;
}

/** True when the probe went through and found nothing in rows from..to of the gaps. */
export function probeClears(p: SpanProbe, from: number, to: number): boolean {
  if (!p.op.sent) return false;
  return p.parts.every((r) => r.isNullObject || r.rowIndex + 1 > to || r.rowIndex + r.rowCount < from);
}

/** Most inserted rows one read takes. */
export const ROW_RUN = 200;
/** Response bytes of a gap's answer besides its cells (a null object, or the used range's place). */
const PART_BYTES = 96;

/** Column spans outside `known` (ascending), from A to the last column. */
export function gaps(known: number[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 1;
  for (const c of known) {
    if (c > from) out.push([from, c - 1]);
    from = Math.max(from, c + 1);
  }
  if (from <= MAX_COLS) out.push([from, MAX_COLS]);
  return out;
}

/** A run of one row (`rowResp`: its estimated bytes when read whole); the caller extends it. */
export function rowRun(ws: XlWorksheet, row: number, known: number[], whole: boolean, rowResp: number): RowRun {
  const spans = whole ? [] : gaps(known);
  const run: RowRun = {
    top: row,
    bottom: row,
    whole,
    parts: [],
    op: whole
      ? { req: READ_REQ + 32, resp: PART_BYTES + rowResp, run: () => undefined }
      : { req: spans.length * (READ_REQ + 32), resp: spans.length * PART_BYTES, run: () => undefined },
  };
  run.op.run = () => {
    const boxes = whole ? [`${run.top}:${run.bottom}`] : spans.map(([left, right]) => rectAddress({ top: run.top, bottom: run.bottom, left, right }));
    run.parts = boxes.map((a) => ws.getRange(a).getUsedRangeOrNullObject(true).load('formulas,rowIndex,columnIndex'));
  };
  return run;
}

/** Adds the next row to `run` when it may join it; false when it starts a run of its own. */
export function extendRun(run: RowRun | null, row: number, whole: boolean, rowResp: number): run is RowRun {
  if (!run || row !== run.bottom + 1 || run.bottom - run.top + 1 >= ROW_RUN || run.whole !== whole) return false;
  run.bottom = row;
  if (whole) run.op.resp += rowResp;
  return true;
}

/**
 * The non-empty cells of row `now` (current place) by column: the known columns from step 1's
 * `cells`, the rest from the run's answers.
 */
export function rowCells(run: RowRun, now: number, cells: Map<number, unknown>, known: number[], keyOf: (row: number, col: number) => number): Map<number, unknown> {
  const out = new Map<number, unknown>();
  if (!run.whole) {
    for (const col of known) {
      const v = cells.get(keyOf(now, col));
      if (v !== '' && v !== null && v !== undefined) out.set(col, v);
    }
  }
  for (const range of run.parts) {
    if (range.isNullObject) continue;
    range.formulas[now - range.rowIndex - 1]?.forEach((v: unknown, j: number) => v !== '' && v !== null && out.set(range.columnIndex + 1 + j, v));
  }
  return out;
}
