/** Cell values as spreadsheet input: what to write through `formulas` to get a value (or a snapshot cell) back. */
import { cellValue, type CellValue, type Grid } from '../../sheet/grid';

/** What to write through `formulas` to put a snapshot cell back as it was. */
export function restoreInput(grid: Grid, row: number, col: number): string | number | boolean {
  const f = grid.formulas?.[row - 1]?.[col - 1];
  if (f !== null && f !== undefined) return '=' + f;
  return toInput(cellValue(grid, row, col));
}

/** A CellValue as input: text that Excel would convert (numbers, '=', dates…) gets an apostrophe. */
export function toInput(v: CellValue): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.getTime() / 86400000 + 25569;
  return needsApostrophe(v) ? "'" + v : v;
}

export function needsApostrophe(s: string): boolean {
  if (s === '') return false;
  if (/^['=]/.test(s)) return true;
  if (/^[+\-@]./.test(s)) return true;
  const t = s.trim();
  if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d*)?([eE][+-]?\d+)?%?$/.test(t) && /\d/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  if (/^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/.test(t)) return true;
  if (/^\d{4}年\d{1,2}月(\d{1,2}日)?$/.test(t)) return true;
  return false;
}
