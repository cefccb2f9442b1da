/**
 * The sheet model: what the engine sees of one worksheet. Rows and columns are 1-based,
 * as Excel shows them. Both gateways (ExcelJS, Office.js) produce a Grid; the engine never
 * sees a workbook.
 */
export type CellValue = string | number | boolean | Date | null;

export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** Worksheet name. */
  name: string;
  /** values[r-1][c-1]; rows may be shorter than colCount (missing = null). */
  values: CellValue[][];
  /** Formulas without the leading '=', same shape as values where present. */
  formulas?: (string | null)[][];
  /** Formula cells the file saved without a result (never calculated), where the gateway knows: their value is unknown, not empty. */
  noResult?: (true | null)[][];
  /** Number formats, same shape where known (e.g. "0.00%"), used to read 执行率 shown as percent. */
  numFormats?: (string | null)[][];
  merges: Merge[];
  /** Columns the sheet hides (1-based, ascending), where the gateway knows: an old value or a code column kept out of sight. */
  hiddenCols?: number[];
  /** Rows the sheet hides (1-based, ascending), where the gateway knows: template rows, last year's rows, a row hidden for printing. */
  hiddenRows?: number[];
  rowCount: number;
  colCount: number;
}

export function makeGrid(name: string, values: CellValue[][], merges: Merge[] = []): Grid {
  let colCount = 0;
  for (let i = 0; i < values.length; i++) {
    const row = values[i];
    if (row.length > colCount) colCount = row.length;
  }
  return { name, values, merges, rowCount: values.length, colCount };
}

export function cellValue(g: Grid, row: number, col: number): CellValue {
  const r = g.values[row - 1];
  if (!r) return null;
  const v = r[col - 1];
  return v === undefined ? null : v;
}

/** The cell as text: numbers as written by JS, dates as ISO dates, null as ''. */
export function cellText(g: Grid, row: number, col: number): string {
  const v = cellValue(g, row, col);
  if (v === null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/**
 * Columns of row `row` that can hold a value. A grid may be sparse (rows missing, rows shorter than
 * colCount): loops over a row stop here, so one far cell does not make every row 16 384 wide.
 */
export function rowWidth(g: Grid, row: number): number {
  const r = g.values[row - 1];
  return r ? Math.min(r.length, g.colCount) : 0;
}

/** Rows that exist in a (possibly sparse) grid, ascending. */
export function presentRows(g: Grid): number[] {
  const v = g.values;
  const out: number[] = [];
  // A sparse array's own keys cost what exists; a dense one is cheaper to walk than to list its keys as strings.
  if (v.length > 4096 && !mostlyPresent(v))
    for (let j = 0, list = Object.keys(v); j < list.length; j++) {
      const k = list[j];
      const i = Number(k);
      if (i >= 0 && v[i]) out.push(i + 1);
    }
  else for (let i = 0; i < v.length; i++) if (v[i]) out.push(i + 1);
  return out;
}

/** At least half of 64 evenly spaced rows exist: the grid is dense (a stray far cell makes one almost empty). */
function mostlyPresent(v: unknown[]): boolean {
  let n = 0;
  const step = v.length / 64;
  for (let k = 0; k < 64; k++) if (v[Math.floor(k * step)] !== undefined) n++;
  return n >= 32;
}

export function isHiddenCol(g: Grid, col: number): boolean {
  return !!g.hiddenCols && g.hiddenCols.includes(col);
}

export function cellFormula(g: Grid, row: number, col: number): string | null {
  return g.formulas?.[row - 1]?.[col - 1] ?? null;
}

export function numFormat(g: Grid, row: number, col: number): string | null {
  return g.numFormats?.[row - 1]?.[col - 1] ?? null;
}

/** The merge that covers (row, col), if any. */
export function mergeAt(g: Grid, row: number, col: number): Merge | undefined {
  return g.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}
