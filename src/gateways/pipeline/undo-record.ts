/**
 * What applyPlan changed and how to put it back. All addresses are in the sheet's coordinates
 * after the plan (rows inserted by the plan included); `insertedRows` are deleted last.
 */
import type { Merge } from '../../sheet/grid';

/** Characters per row signature (fingerprint.ts SIG_CHARS). */
export const SIG_LEN = 3;

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
  /** What the plan left in the workbook, checked before anything is reverted (absent in old journals). */
  written?: Written;
}

/**
 * The fingerprint of a plan's writes: a revert touches a cell only while it still holds this.
 * Same coordinates as the rest of the record.
 */
export interface Written {
  /** Contents written: the cells of `contents` and those in inserted rows ('' where a merge emptied a cell). */
  contents: ColumnRun<RestoreValue>[];
  /** Number formats written, for the same cells as `numFormats`. */
  numFormats: ColumnRun<string>[];
  /** Solid fills written (the cells of `fills` and `patterns`), as address lists per colour. */
  fills: { color: string; addresses: string[] }[];
  /** Notes written (the cells of `notesAdded` and `notesReplaced`). */
  notes: { address: string; content: string }[];
  /** A signature per row from `top` (fingerprint.ts rowSig) over the columns `cols`, SIG_CHARS each; `bytes`: a read's bytes per cell of each column then (absent in older journals). */
  rows: {
    top: number;
    cols: number[];
    sigs: string;
    bytes?: number[];
    /**
     * An identity column kept apart from `cols` (absent in older journals): its anchoring rows (a text
     * seen once), a signature of each text (ANCHOR_SIG characters each), its bytes per cell and the
     * most an anchoring cell takes. The revert reads it there only, and the whole column when they moved.
     */
    ids?: { col: number; rows: number[]; sigs: string; bytes?: number; most?: number };
  };
}

export interface UndoRecord {
  /** 2: with the fingerprint of what was written (`UndoSheet.written`). */
  version: 1 | 2;
  /** What the user sees in the history: 自评, 校验（标记）, 规范化修正, 插入标准指标. */
  label?: string;
  /**
   * Cells the command changed (the pane shows “撤销：自评（851 处修改）”). With `rows` (session 21 on):
   * the cells outside the rows it inserted, the unit 撤销's line counts in (undo-count.ts); without,
   * every cell the plan wrote plus the rows.
   */
  changes?: number;
  /** Rows the command inserted (absent in records before session 21). */
  rows?: number;
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
  const list = (l: string): string =>
    l
      .split(',')
      .map((x) => cell(x.trim()))
      .join(',');
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
            ...(s.written ? { written: mapWritten(s.written, row, cell, list) } : {}),
          },
    ),
  };
}

/** Rows that appear between moved rows get a signature that matches nothing (their contents are not ours). */
const UNKNOWN_SIG = '~';

function mapWritten(w: Written, row: (r: number) => number, cell: (a: string) => string, list: (l: string) => string): Written {
  const n = w.rows.sigs.length / SIG_LEN;
  const top = row(w.rows.top);
  // Rows map in order; where two land on one row (rows taken out again), a known signature wins.
  const at: string[] = [];
  for (let i = 0; i < n; i++) {
    const sig = w.rows.sigs.slice(i * SIG_LEN, (i + 1) * SIG_LEN);
    const r = row(w.rows.top + i) - top;
    if (at[r] === undefined || at[r].startsWith(UNKNOWN_SIG)) at[r] = sig;
  }
  let sigs = '';
  for (let r = 0; r < at.length; r++) sigs += at[r] ?? UNKNOWN_SIG.repeat(SIG_LEN);
  return {
    contents: w.contents.map((r) => ({ ...r, top: row(r.top) })),
    numFormats: w.numFormats.map((r) => ({ ...r, top: row(r.top) })),
    fills: w.fills.map((f) => ({ ...f, addresses: f.addresses.map(list) })),
    notes: w.notes.map((x) => ({ ...x, address: cell(x.address) })),
    rows: { top, cols: w.rows.cols, sigs, ...(w.rows.ids ? { ids: { ...w.rows.ids, rows: w.rows.ids.rows.map(row) } } : {}) },
  };
}
