/** What every phase builder of one sheet shares: the sheet's work, its undo record, coordinates. */
import type { Grid } from '../../../sheet/grid';
import type { UndoSheet } from '../undo-record';
import type { SheetWork } from '../work';
import type { SheetSnapshot } from '../snapshot';
import type { Rect } from '../../../sheet/a1';

export interface SheetJob {
  work: SheetWork;
  /** The sheet's part of the undo record, filled in by the phases. */
  undo: UndoSheet;
  grid: Grid;
  /** Final row → row before the plan (null: a row the plan inserts). */
  originalRow: (row: number) => number | null;
  /** Longest address list per multi-area action. */
  addressChunk: number;
  /** Shared with the undo record's warnings. */
  warnings: string[];
}

/** True when a cell (original coordinates) is outside the used range that counts formats: it has none, no read needed. */
export function unformatted(job: SheetJob, originalRow: number, col: number): boolean {
  return formatFree(job.work.snap, originalRow, col);
}

/** Outside the formatted area, or outside every box its formatted cells were found in (a far formatted cell). */
export function formatFree(snap: Pick<SheetSnapshot, 'formatted' | 'formattedAreas'>, row: number, col: number): boolean {
  const out = (a: Rect) => row < a.top || row > a.bottom || col < a.left || col > a.right;
  const area = snap.formatted;
  if (area === null) return true;
  if (area === undefined) return false;
  return out(area) || (!!snap.formattedAreas && snap.formattedAreas.every(out));
}
