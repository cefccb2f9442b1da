/** What the proxies act on (a range, areas, a note's cell) and the cell-reading helpers they share. */
import { qualified, type Rect } from '../sheet/a1';
import { serialToDate } from '../domain/excel-date';
import { DoubleError } from './errors';
import type { Cell, Fill, Scalar, SheetState } from './state';

export interface RangeT {
  sheet: SheetState;
  rect: Rect;
}
export interface AreasT {
  sheet: SheetState;
  rects: Rect[];
}
export interface NoteT {
  sheet: SheetState;
  row: number;
  col: number;
}

export function rectsOf(t: RangeT | AreasT): Rect[] {
  return 'rect' in t ? [t.rect] : t.rects;
}

export function eachCell(rects: Rect[], f: (row: number, col: number) => void): void {
  for (const r of rects) for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) f(i, j);
}

/** Clip whole rows/columns to what the sheet uses, for reads that return per-cell arrays. */
function readable(t: RangeT): Rect {
  const r = t.rect;
  const cells = (r.bottom - r.top + 1) * (r.right - r.left + 1);
  if (cells > 5_000_000)
    throw new DoubleError('RangeExceedsLimit', 'The number of cells in the range has exceeded the maximum supported number. See the article Excel specifications and limits.');
  return r;
}

export function grid<T>(t: RangeT, f: (c: Cell | undefined, row: number, col: number) => T): T[][] {
  const r = readable(t);
  const out: T[][] = [];
  for (let i = r.top; i <= r.bottom; i++) {
    const row: T[] = [];
    const hr = t.sheet.rows[i - 1];
    for (let j = r.left; j <= r.right; j++) row.push(f(hr?.[j - 1], i, j));
    out.push(row);
  }
  return out;
}

export function uniform<T>(rects: Rect[], sheet: SheetState, f: (c: Cell | undefined) => T): T | null {
  let first = true;
  let v: T | null = null;
  let mixed = false;
  eachCell(rects, (i, j) => {
    if (mixed) return;
    const x = f(sheet.get(i, j));
    if (first) {
      v = x;
      first = false;
    } else if (x !== v) mixed = true;
  });
  return mixed ? null : v;
}

export function check2D(rect: Rect, value: unknown): unknown[][] {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (!Array.isArray(value) || value.length !== rows || value.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw new DoubleError('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  }
  return value as unknown[][];
}

/** Excel's displayed text for a value under a number format (the subset the double needs). */
export function formatText(v: Scalar, nf: string | undefined): string {
  if (v === '') return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const f = nf ?? 'General';
  if (f === 'General' || f === '@') return String(Number(v.toPrecision(11)));
  const pct = /^0(\.(0+))?%$/.exec(f);
  if (pct) return (v * 100).toFixed(pct[2]?.length ?? 0) + '%';
  const fixed = /^(#,##)?0(\.(0+))?$/.exec(f);
  if (fixed) {
    const s = v.toFixed(fixed[3]?.length ?? 0);
    if (!fixed[1]) return s;
    const [a, b] = s.split('.');
    return a.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (b ? '.' + b : '');
  }
  if (/y/i.test(f) && /d/i.test(f)) {
    const d = serialToDate(v);
    const y = d.getUTCFullYear();
    const m = String(d.getUTCMonth() + 1).padStart(2, '0');
    const day = String(d.getUTCDate()).padStart(2, '0');
    return f.includes('年') ? `${y}年${Number(m)}月${Number(day)}日` : `${y}-${m}-${day}`;
  }
  return String(v);
}

export function noFillProps(): Fill {
  return { color: '#FFFFFF', pattern: 'None' };
}

/** What Range.getCellProperties may ask for (the subset the double models). */
export interface CellPropertiesLoad {
  address?: boolean;
  format?: { fill?: { color?: boolean; pattern?: boolean; patternColor?: boolean }; font?: { bold?: boolean } };
}

/** Range.getCellProperties (ExcelApi 1.9): the asked-for properties of every cell. */
export function cellProperties(t: RangeT, options: CellPropertiesLoad): Record<string, unknown>[][] {
  return grid(t, (c, row, col) => {
    const out: Record<string, unknown> = {};
    if (options.address) out.address = qualified(t.sheet.name, { top: row, left: col, bottom: row, right: col });
    const fo = options.format;
    if (fo) {
      const format: Record<string, unknown> = {};
      if (fo.fill) {
        const fill = c?.fill ?? noFillProps();
        const f: Record<string, unknown> = {};
        if (fo.fill.color) f.color = fill.color;
        if (fo.fill.pattern) f.pattern = fill.pattern;
        if (fo.fill.patternColor) f.patternColor = fill.patternColor ?? '#000000';
        format.fill = f;
      }
      if (fo.font) {
        const f: Record<string, unknown> = {};
        if (fo.font.bold) f.bold = !!c?.bold;
        format.font = f;
      }
      out.format = format;
    }
    return out;
  });
}
