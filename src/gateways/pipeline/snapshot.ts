/**
 * What a host's read gives the pipeline: the engine's Grids plus what applying and undoing need
 * (number formats as read, the formatted area, notes, whether merged areas could be read).
 * A host gateway implements `readSnapshot` (Office: gateways/office/snapshot.ts) returning these.
 */
import type { Grid } from '../../sheet/grid';
import type { Rect } from '../../sheet/a1';

/** What the host can do; each missing feature degrades the write path, never fails it. */
export interface Capabilities {
  /** Merged areas can be read (Office: Range.getMergedAreasOrNullObject, ExcelApi 1.13). */
  mergedAreas: boolean;
  /** Notes can be read and written (Office: worksheet.notes, ExcelApi 1.18). */
  notes: boolean;
  /** A command is one entry of the host's own undo (Office: Excel.run({ mergeUndoGroup }), ExcelApi 1.20). */
  undoGroup: boolean;
}

export interface SheetSnapshot {
  name: string;
  grid: Grid;
  /** The used range (values only), or null for an empty sheet. */
  used: Rect | null;
  /** False when merged areas could not be read (ExcelApi < 1.13): grid.merges is then empty. */
  mergesKnown: boolean;
  /** Notes by A1 address (no sheet), or null when notes cannot be read (ExcelApi < 1.18). */
  notes: Map<string, string> | null;
  /** Number formats as read ('General' included), null where not read (text and empty cells). */
  formats: (string | null)[][];
  /** The used range including formatted-but-empty cells: outside it, cells carry no format. */
  formatted?: Rect | null;
  /** When the formatted area was probed (a far formatted cell): the boxes its formatted cells lie in; outside them, none. */
  formattedAreas?: Rect[] | null;
  /** Review › Protect Sheet is on: Excel refuses every change to it; absent when not read. */
  protected?: boolean;
  /** Cells (A1, no sheet) holding a threaded comment, where no note can go; absent when not read. */
  threadedComments?: Set<string> | null;
  /** Excel tables (ListObjects) on the sheet, by name: Excel moves one only whole; `totals`: its last row is a totals row; `headerless`: no header row shows. Absent when not read. */
  tables?: { name: string; rect: Rect; totals?: boolean; headerless?: boolean }[];
}

export interface Snapshot {
  scope: 'sheet' | 'workbook';
  /** The active sheet's name. */
  active: string;
  sheets: SheetSnapshot[];
  /** The sheets' grids, in order (the active sheet only for scope 'sheet'). */
  grids: Grid[];
  capabilities: Capabilities;
  /** `fallback`: the sheet did not fit the first window; `resent`: syncs Excel rejected for size. */
  stats: { syncs: number; fallback: boolean; resent: number };
  /** What this read learnt about the sheet's size, to size the next read's first window. */
  hint: ReadHint | null;
  /** The host's calculation mode (Office: Application.calculationMode), when read. */
  calculationMode?: string | null;
}

/** Bytes per row of the first window's formulas, as measured on the last read of the sheet. */
export interface ReadHint {
  rowBytes: number;
  /** The sheet's last used row then: a refused window is halved from there, not from beyond it. */
  rows: number;
  /**
   * Set when Excel refused a read of that sheet for its size (a wire carrying Chinese escaped, 6 bytes a
   * character): what its answers were then taken to cost over their UTF-8 estimates (> 1).
   */
  wire?: number;
}
