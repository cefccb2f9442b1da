/** What every phase builder of one sheet shares: the sheet's work, its undo record, coordinates. */
import type { Grid } from '../../../sheet/grid';
import type { UndoSheet } from '../undo-record';
import type { SheetWork } from '../work';

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
  const area = job.work.snap.formatted;
  return area === null || (area !== undefined && (originalRow < area.top || originalRow > area.bottom || col < area.left || col > area.right));
}
