/**
 * Builds a sheet's snapshot from what the reader loaded, and converts values to Office input.
 * The grid is the engine's view, as the ExcelJS gateway gives it.
 */
import type { CellValue, Grid, Merge } from '../../sheet/grid';
import { MAX_COLS, colLetters, parseRect, splitSheet, type Rect } from '../../sheet/a1';
import { isDateFormat, serialToDate } from '../../domain/excel-date';
import type { XlNote, XlRange, XlRangeAreas } from './api';
import type { Capabilities } from '../pipeline/snapshot';
import type { SheetSnapshot } from '../pipeline/snapshot';

/** A `numberFormat` (and, for formula cells, `values`) read of one column segment. */
export interface ColumnRead {
  col: number;
  top: number;
  bottom: number;
  values: boolean;
  range: XlRange | null;
}

export interface LoadedSheet {
  name: string;
  used: Rect | null;
  formatted: Rect | null;
  /** Formulas (or constants) of the used range, row by row. */
  formulas: unknown[][];
  reads: ColumnRead[];
  noteRanges: { note: XlNote; range: XlRange | null }[];
  merged: XlRangeAreas | null;
  mergeRects?: Rect[];
  /** The used range was too large to read whole (a far cell): the grid is built sparse. */
  far?: boolean;
  /** Boxes holding every formatted cell, when the formatted area was probed. */
  formattedAreas?: Rect[];
  /** Empty cells a formula of their row reads (snapshot-refs.ts), by (row - 1) * MAX_COLS + col - 1: their number formats are kept. */
  refCells?: Set<number>;
  /** Hidden rows and columns of the used range (snapshot-hidden.ts). */
  hidden?: { rows: number[]; cols: number[] };
}

export function buildSheet(s: LoadedSheet, caps: Capabilities): SheetSnapshot {
  const { name, used, formulas, reads, noteRanges } = s;
  const merges: Merge[] = [];
  if (s.mergeRects || (s.merged && !s.merged.isNullObject)) {
    const rects = s.mergeRects ?? s.merged!.areas.items.map((r) => parseRect(splitSheet(r.address).ref) as Rect);
    for (const r of rects) merges.push({ ...r });
    merges.sort((a, b) => a.top - b.top || a.left - b.left);
  }
  // As the ExcelJS gateway: the grid covers values and merged areas.
  const rows = merges.reduce((n, m) => Math.max(n, m.bottom), used?.bottom ?? 0);
  const cols = merges.reduce((n, m) => Math.max(n, m.right), used?.right ?? 0);
  // A far cell's grid is sparse: rows where cells were read, holding only those (as the file reader's).
  const values: CellValue[][] = [];
  const fgrid: (string | null)[][] = [];
  const nfs: (string | null)[][] = [];
  if (!s.far) {
    for (let r = 1; r <= rows; r++) {
      values.push(new Array<CellValue>(cols).fill(null));
      fgrid.push(new Array<string | null>(cols).fill(null));
      nfs.push(new Array<string | null>(cols).fill(null));
    }
  }
  const row = <T>(grid: T[][], r: number): T[] => (grid[r - 1] ??= []);
  if (used) {
    formulas.forEach((cells, i) => {
      const r = used.top + i;
      cells.forEach((v, j) => {
        const c = used.left + j;
        if (typeof v === 'string' && v.startsWith('=')) row(fgrid, r)[c - 1] = v;
        else if (!s.far || (v !== '' && v !== undefined && v !== null)) row(values, r)[c - 1] = v === '' || v === undefined ? null : (v as CellValue);
      });
    });
    for (const rd of reads) {
      const range = rd.range as XlRange;
      const nf = range.numberFormat;
      const vals = rd.values ? range.values : null;
      for (let r = rd.top; r <= rd.bottom; r++) {
        const i = r - rd.top;
        const f = fgrid[r - 1]?.[rd.col - 1] ?? null;
        const kind = formulas[r - used.top]?.[rd.col - used.left];
        // Numbers and formulas; and an empty cell a formula of its row reads (snapshot-refs.ts) — not every empty cell a blind
        // read brings back, or the grid would depend on how the reads were cut.
        const empty = kind === '' || kind === undefined || kind === null;
        if (typeof kind === 'number' || f !== null || (empty && s.refCells?.has((r - 1) * MAX_COLS + rd.col - 1))) row(nfs, r)[rd.col - 1] = String(nf[i][0]);
        if (f !== null && vals) {
          const v = vals[i][0] as CellValue | '';
          if (v === f) {
            // Text that merely starts with '=' (entered with an apostrophe): not a formula.
            row(fgrid, r)[rd.col - 1] = null;
            row(values, r)[rd.col - 1] = f;
            row(nfs, r)[rd.col - 1] = null;
          } else {
            row(values, r)[rd.col - 1] = v === '' ? null : v;
            row(fgrid, r)[rd.col - 1] = f.slice(1);
          }
        }
      }
    }
  }
  let notes: Map<string, string> | null = null;
  if (caps.notes) {
    notes = new Map();
    for (const { note, range } of noteRanges) {
      const rect = parseRect(splitSheet((range as XlRange).address).ref);
      if (rect) notes.set(`${colLetters(rect.left)}${rect.top}`, note.content);
    }
  }
  // The engine's view, as the ExcelJS gateway gives it: dates as Date, 'General' as null,
  // formulas / numFormats only when there are any.
  let hasFormula = false;
  let hasFormat = false;
  const gridFormats = nfs.map((row, i) =>
    row.map((nf, j) => {
      if (nf === null || nf === 'General') return null;
      hasFormat = true;
      const v = values[i]?.[j];
      if (typeof v === 'number' && isDateFormat(nf)) values[i][j] = serialToDate(v);
      return nf;
    }),
  );
  fgrid.forEach((cells) => (hasFormula ||= cells.some((f) => f !== null)));
  const grid: Grid = { name, values, merges, rowCount: rows, colCount: cols };
  if (hasFormula) grid.formulas = fgrid;
  if (hasFormat) grid.numFormats = gridFormats;
  const ascending = (a: number, b: number) => a - b;
  if (s.hidden?.rows.length) grid.hiddenRows = [...s.hidden.rows].sort(ascending);
  if (s.hidden?.cols.length) grid.hiddenCols = [...s.hidden.cols].sort(ascending);
  return { name, grid, used, mergesKnown: caps.mergedAreas, notes, formats: nfs, formatted: s.formatted, ...(s.formattedAreas ? { formattedAreas: s.formattedAreas } : {}) };
}
