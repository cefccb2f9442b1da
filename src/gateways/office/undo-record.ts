/**
 * What applyPlan changed and how to put it back. All addresses are in the sheet's coordinates
 * after the plan (rows inserted by the plan included); `insertedRows` are deleted last.
 */
import type { Merge } from '../../sheet/grid';

/** Input for `Range.formulas` that restores a cell: '=…' formula, constant, '' for empty ("'…" for text Excel would convert). */
export type RestoreValue = string | number | boolean;

export interface ColumnRun<T> {
  col: number;
  top: number;
  values: T[];
}

export interface UndoSheet {
  name: string;
  /** Cell contents before the plan, as column runs (written back through `formulas`). */
  contents: ColumnRun<RestoreValue>[];
  /** Number formats before the plan of the cells whose format the plan set. */
  numFormats: ColumnRun<string>[];
  /** Solid fills to put back, grouped by colour; `color: null` = no fill (fill.clear()). Address lists for getRanges. */
  fills: { color: string | null; addresses: string[] }[];
  /** Cells that had a patterned (not solid) fill. */
  patterns: { address: string; pattern: string; color: string; patternColor?: string }[];
  /** Cells the plan made bold that were not (address lists). */
  unbold: string[];
  /** Notes the plan added (cell addresses). */
  notesAdded: string[];
  /** Notes the plan overwrote, with their former text. */
  notesReplaced: { address: string; content: string }[];
  /** Merged areas the plan created (to unmerge) and merged areas it replaced (to merge again). */
  mergesCreated: Merge[];
  mergesRemoved: Merge[];
  /** Ranges whose formats the plan copied in (cells that had none): cleared on undo. */
  formatsCopied?: string[];
  /** Rows the plan inserted, in plan order, each in the coordinates of its time; deleted in reverse order. */
  insertedRows: { at: number; count: number }[];
}

export interface UndoRecord {
  version: 1;
  createdAt: string;
  sheets: UndoSheet[];
  /** What could not be captured exactly (e.g. merges unknown on ExcelApi < 1.13). */
  warnings: string[];
}

export function emptyUndoSheet(name: string): UndoSheet {
  return {
    name,
    contents: [],
    numFormats: [],
    fills: [],
    patterns: [],
    unbold: [],
    notesAdded: [],
    notesReplaced: [],
    mergesCreated: [],
    mergesRemoved: [],
    insertedRows: [],
  };
}

/** Column runs from cells (row, col, value). */
export function toColumnRuns<T>(cells: { row: number; col: number; value: T }[]): ColumnRun<T>[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: ColumnRun<T>[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.col === c.col && last.top + last.values.length === c.row) last.values.push(c.value);
    else out.push({ col: c.col, top: c.row, values: [c.value] });
  }
  return out;
}

/**
 * An undo record made before a later plan inserted rows, moved to the sheet's new coordinates
 * (the marks of a validation must still find their cells after 自评 or 标准指标 add rows).
 * `inserts` are in plan order, each in the coordinates of its time.
 */
export function shiftUndoRows(u: UndoRecord, sheet: string, inserts: { at: number; count: number }[]): UndoRecord {
  if (!inserts.length) return u;
  return mapUndoRows(u, sheet, (r) => inserts.reduce((x, i) => (x >= i.at ? x + i.count : x), r));
}

/** The inverse: the plan that inserted these rows was undone (its rows deleted, last first). */
export function unshiftUndoRows(u: UndoRecord, sheet: string, inserts: { at: number; count: number }[]): UndoRecord {
  if (!inserts.length) return u;
  return mapUndoRows(u, sheet, (r) => inserts.reduceRight((x, i) => (x >= i.at + i.count ? x - i.count : x), r));
}

function mapUndoRows(u: UndoRecord, sheet: string, row: (r: number) => number): UndoRecord {
  const cell = (a: string): string => a.replace(/(\$?)(\d+)/g, (_m, d: string, n: string) => `${d}${row(Number(n))}`);
  const list = (l: string): string => l.split(',').map((x) => cell(x.trim())).join(',');
  const merge = (m: Merge): Merge => ({ ...m, top: row(m.top), bottom: row(m.bottom) });
  return {
    ...u,
    sheets: u.sheets.map((s) =>
      s.name !== sheet
        ? s
        : {
            ...s,
            // Column runs keep their shape; a run split by an insert is rare (marks are single cells).
            contents: s.contents.map((r) => ({ ...r, top: row(r.top) })),
            numFormats: s.numFormats.map((r) => ({ ...r, top: row(r.top) })),
            fills: s.fills.map((f) => ({ ...f, addresses: f.addresses.map(list) })),
            patterns: s.patterns.map((p) => ({ ...p, address: cell(p.address) })),
            unbold: s.unbold.map(list),
            notesAdded: s.notesAdded.map(cell),
            notesReplaced: s.notesReplaced.map((n) => ({ ...n, address: cell(n.address) })),
            mergesCreated: s.mergesCreated.map(merge),
            mergesRemoved: s.mergesRemoved.map(merge),
            ...(s.formatsCopied ? { formatsCopied: s.formatsCopied.map(list) } : {}),
          },
    ),
  };
}
