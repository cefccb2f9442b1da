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
/** Beyond this many rows (a far cell makes the used range the whole sheet) the flags are not read. */
const MAX_FLAGS = 200_000;

export interface HiddenRead {
  rows: number[];
  cols: number[];
}

interface FlagJob {
  req: number;
  resp: number;
  run(): void;
  done(): void;
  split?(resp: number): [FlagJob, FlagJob] | null;
}

/** After the first sync: what is hidden where the used range says all are, and jobs where some are. */
export function hiddenJobs(ws: XlWorksheet, used: Rect, usedR: XlRange, out: HiddenRead): FlagJob[] {
  const jobs: FlagJob[] = [];
  const lines = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  if (usedR.rowHidden === true) out.rows.push(...lines(used.top, used.bottom));
  else if (usedR.rowHidden === null && used.bottom - used.top < MAX_FLAGS) jobs.push(flagJob(ws, used, 'rows', used.top, used.bottom, out));
  if (usedR.columnHidden === true) out.cols.push(...lines(used.left, used.right));
  else if (usedR.columnHidden === null) jobs.push(flagJob(ws, used, 'cols', used.left, used.right, out));
  return jobs;
}

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
