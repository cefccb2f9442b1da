/**
 * Builds a sheet's snapshot from what the reader loaded, and converts values to Office input.
 * The grid is the engine's view, as the ExcelJS gateway gives it.
 */
import type { CellValue, Grid, Merge } from '../../sheet/grid';
import { colLetters, parseRect, splitSheet, type Rect } from './address';
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
  const values: CellValue[][] = [];
  const fgrid: (string | null)[][] = [];
  const nfs: (string | null)[][] = [];
  for (let r = 1; r <= rows; r++) {
    values.push(new Array<CellValue>(cols).fill(null));
    fgrid.push(new Array<string | null>(cols).fill(null));
    nfs.push(new Array<string | null>(cols).fill(null));
  }
  if (used) {
    formulas.forEach((row, i) => {
      const r = used.top + i;
      row.forEach((v, j) => {
        const c = used.left + j;
        if (typeof v === 'string' && v.startsWith('=')) fgrid[r - 1][c - 1] = v;
        else values[r - 1][c - 1] = v === '' || v === undefined ? null : (v as CellValue);
      });
    });
    for (const rd of reads) {
      const range = rd.range as XlRange;
      const nf = range.numberFormat;
      const vals = rd.values ? range.values : null;
      for (let r = rd.top; r <= rd.bottom; r++) {
        const i = r - rd.top;
        const f = fgrid[r - 1][rd.col - 1];
        const kind = formulas[r - used.top]?.[rd.col - used.left];
        if (typeof kind === 'number' || f !== null) nfs[r - 1][rd.col - 1] = String(nf[i][0]);
        if (f !== null && vals) {
          const v = vals[i][0] as CellValue | '';
          if (v === f) {
            // Text that merely starts with '=' (entered with an apostrophe): not a formula.
            fgrid[r - 1][rd.col - 1] = null;
            values[r - 1][rd.col - 1] = f;
            nfs[r - 1][rd.col - 1] = null;
          } else {
            values[r - 1][rd.col - 1] = v === '' ? null : v;
            fgrid[r - 1][rd.col - 1] = f.slice(1);
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
      const v = values[i][j];
      if (typeof v === 'number' && isDateFormat(nf)) values[i][j] = new Date(Math.round((v - 25569) * 86400000));
      return nf;
    }),
  );
  for (const row of fgrid) if (row.some((f) => f !== null)) hasFormula = true;
  const grid: Grid = { name, values, merges, rowCount: rows, colCount: cols };
  if (hasFormula) grid.formulas = fgrid;
  if (hasFormat) grid.numFormats = gridFormats;
  return { name, grid, used, mergesKnown: caps.mergedAreas, notes, formats: nfs, formatted: s.formatted };
}

/** A number format that shows a date or time (ExcelJS reads such cells as Date). */
export function isDateFormat(nf: string): boolean {
  const bare = nf.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare);
}
