/**
 * Hidden rows and columns of the used range, for the engine (grid.hiddenRows / hiddenCols, as the file
 * readers give them: an export's old 指标值 column kept out of sight is not read). The first sync loads
 * the used range's rowHidden / columnHidden (ExcelApi 1.2: false when none is hidden, true when all are,
 * null when some are): two small answers, and on most sheets the end of it. Only where some are hidden
 * do the next syncs read one flag per row or column (Range.getRowProperties / getColumnProperties,
 * ExcelApi 1.9), beside the blocks, in runs split to fit the budget.
 */
import { rectAddress, type Rect } from '../../sheet/a1';
import type { XlClientResult, XlRange, XlWorksheet } from './api';
import { ACTION_OVERHEAD } from '../pipeline/batching';

/**
 * Response bytes per flag: `{"rowHidden":false},` is 20 on the wire; the margin covers a host that
 * adds the index or the address.
 */
const FLAG_BYTES = 32;
/** Beyond this many rows (a far cell makes the used range the whole sheet) the flags are read by bands (bandJob). */
const MAX_FLAGS = 200_000;

export interface HiddenRead {
  rows: number[];
  cols: number[];
}

interface FlagJob {
  req: number;
  resp: number;
  run(): void;
  /** After the sync; may queue follow-up jobs. */
  done(more?: (j: FlagJob) => void): void;
  split?(resp: number): [FlagJob, FlagJob] | null;
}

/** After the first sync: what is hidden where the used range says all are, and jobs where some are. */
export function hiddenJobs(ws: XlWorksheet, used: Rect, usedR: XlRange, out: HiddenRead): FlagJob[] {
  const jobs: FlagJob[] = [];
  // A loop, not push(...): a used range of ~120 000 hidden rows as arguments overflows the stack.
  const lines = (into: number[], from: number, to: number) => {
    for (let i = from; i <= to; i++) into.push(i);
  };
  if (usedR.rowHidden === true) lines(out.rows, used.top, used.bottom);
  else if (usedR.rowHidden === null && used.bottom - used.top < MAX_FLAGS) jobs.push(flagJob(ws, used, 'rows', used.top, used.bottom, out));
  else if (usedR.rowHidden === null) jobs.push(bandJob(ws, used, used.top, used.bottom, out));
  if (usedR.columnHidden === true) lines(out.cols, used.left, used.right);
  else if (usedR.columnHidden === null) jobs.push(flagJob(ws, used, 'cols', used.left, used.right, out));
  return jobs;
}

/**
 * Rows from..to (more than MAX_FLAGS: a far cell makes the used range the whole sheet) asked in
 * BANDS bands, each one tri-state answer; a band where some are hidden is asked again in bands,
 * down to BAND_ROWS rows, whose flags are read one per row. So only the stretches that hide
 * something cost flags — a table's hidden rows beside a far cell are read, not a million flags.
 */
function bandJob(ws: XlWorksheet, used: Rect, from: number, to: number, out: HiddenRead): FlagJob {
  const size = Math.ceil((to - from + 1) / BANDS);
  const bands: { top: number; bottom: number; range: XlRange | null }[] = [];
  for (let t = from; t <= to; t += size) bands.push({ top: t, bottom: Math.min(to, t + size - 1), range: null });
  return {
    req: bands.length * ACTION_OVERHEAD,
    resp: bands.length * FLAG_BYTES,
    run: () => {
      for (const b of bands) b.range = ws.getRange(rectAddress({ top: b.top, bottom: b.bottom, left: used.left, right: used.left })).load('rowHidden');
    },
    done: (more?: (j: FlagJob) => void) => {
      for (const b of bands) {
        const hidden = b.range!.rowHidden;
        if (hidden === true) for (let r = b.top; r <= b.bottom; r++) out.rows.push(r);
        else if (hidden === null) more?.(b.bottom - b.top < BAND_ROWS ? flagJob(ws, used, 'rows', b.top, b.bottom, out) : bandJob(ws, used, b.top, b.bottom, out));
      }
    },
  };
}

/** Bands per tri-state question, and the largest band whose flags are read row by row. */
const BANDS = 64;
const BAND_ROWS = 4096;

/** The flags of rows (or columns) from..to, read over the used range's first column (or row). */
function flagJob(ws: XlWorksheet, used: Rect, kind: 'rows' | 'cols', from: number, to: number, out: HiddenRead): FlagJob {
  const rows = kind === 'rows';
  let result: XlClientResult<{ rowHidden?: boolean; columnHidden?: boolean }[]> | null = null;
  return {
    req: ACTION_OVERHEAD,
    resp: 100 + (to - from + 1) * FLAG_BYTES,
    run: () => {
      const r = ws.getRange(rectAddress(rows ? { top: from, bottom: to, left: used.left, right: used.left } : { top: used.top, bottom: used.top, left: from, right: to }));
      if (rows) result = r.getRowProperties ? r.getRowProperties({ rowHidden: true }) : null;
      else result = r.getColumnProperties ? r.getColumnProperties({ columnHidden: true }) : null;
    },
    done: () => {
      result?.value.forEach((p, i) => {
        if (rows ? p.rowHidden : p.columnHidden) (rows ? out.rows : out.cols).push(from + i);
      });
    },
    split: (resp) => {
      const n = Math.floor((resp - 100) / FLAG_BYTES);
      if (n < 1 || n >= to - from + 1) return null;
      return [flagJob(ws, used, kind, from, from + n - 1, out), flagJob(ws, used, kind, from + n, to, out)];
    },
  };
}
