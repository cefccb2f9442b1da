/**
 * A table laid across (some county forms): 一级指标 / 二级指标 / 三级指标 / 指标值 down one column, one
 * indicator per column to its right. It is read as the same table turned upright — the rows above it
 * kept as they are (name, budget), the label column becoming the header row and each column below it
 * an indicator row — and every cell the checks name is turned back to the sheet's (sheetCell).
 */
import type { Columns, Project, Role, RowRole, Transposed } from '../domain/model';
import { address, colLetters } from './a1';
import { reason } from './reasons';
import { cellText, cellValue, presentRows, type CellValue, type Grid, type Merge } from './grid';
import { headerColumns, roleOf } from './headers';
import { findLevelRows, labelled } from './level-rows';

/** Label columns are at the left of a form. */
const MAX_LABEL_COL = 6;
/** How far below its last named label a corrected label row may lie. */
const MAX_EXTRA = 8;

export interface Across {
  grid: Grid;
  at: Transposed;
}

/** The upright grid of every table laid across, top to bottom: each keeps only the rows between it and the one above as its context. */
export function uprightGrids(g: Grid, isHint: (t: string) => boolean, fix?: AcrossFix): Across[] {
  const out: Across[] = [];
  for (let from = 1, t = acrossFrom(g, isHint, from, fix); t; from = t.bottom + 1, t = acrossFrom(g, isHint, from, fix))
    out.push({ grid: upright(g, t, from), at: { top: t.top, col: t.col } });
  // No label column at all: 一级 / 二级 / 三级 rows over the recipients' rows (level-rows.ts).
  const lv = out.length ? null : findLevelRows(g);
  if (lv) out.push({ grid: upright(labelled(g, lv), lv, 1), at: { top: lv.top, col: lv.col } });
  return out;
}

/** The first table laid across at or below row from: its label column, first and last label rows. */
function acrossFrom(g: Grid, isHint: (t: string) => boolean, from: number, fix?: AcrossFix): { top: number; col: number; rows: number; bottom: number } | null {
  const present = presentRows(g).filter((r) => r >= from); // a far cell makes rowCount a million: only rows that exist are asked
  for (let c = 1; c <= Math.min(g.colCount, MAX_LABEL_COL); c++) {
    for (let i = 0; i < present.length; i++) {
      const r = present[i];
      if (!isHint(cellText(g, r, c).trim())) continue;
      let bottom = r;
      while (bottom + 1 <= g.rowCount && roleOf(cellText(g, bottom + 1, c).trim())) bottom++;
      // A label a person named (“调整后目标值 is the 指标值”) belongs to the table, a few rows below the last role's.
      for (let i = 0, list = fix?.labels ?? []; i < list.length; i++) {
        const x = list[i];
        if (x.headerRow === r && x.row > bottom && x.row <= bottom + MAX_EXTRA && x.row <= g.rowCount) bottom = x.row;
      }
      const labels: string[] = [];
      for (let k = r; k <= bottom; k++) labels.push(cellText(g, k, c).trim());
      const cols = headerColumns(labels);
      const named = cols && (cols.level3 !== undefined || cols.description !== undefined);
      if (named && cols.target !== undefined && hasValues(g, r, bottom, c)) return { top: r, col: c, rows: bottom - r + 1, bottom };
    }
  }
  return null;
}

/** Projects read from each upright grid, numbered on: where each table lies, and a doubt saying it was turned. */
export function readAcross<R extends { projects: Project[]; horizons: unknown[]; sure: boolean[] }>(
  tables: Across[],
  firstIndex: number,
  read: (g: Grid, first: number, at: Transposed) => R,
): R {
  let all: R | null = null;
  for (let i = 0; i < tables.length; i++) {
    const t = tables[i];
    const r = read(t.grid, firstIndex + (all?.projects.length ?? 0), t.at);
    markAcross(r.projects, t.at);
    if (!all) all = r;
    else {
      all.projects.push(...r.projects);
      all.horizons.push(...r.horizons);
      all.sure.push(...r.sure);
    }
  }
  return all!;
}

function hasValues(g: Grid, top: number, bottom: number, c: number): boolean {
  for (let x = c + 1; x <= g.colCount; x++) for (let r = top; r <= bottom; r++) if (cellText(g, r, x).trim()) return true;
  return false;
}

/** Projects read from one upright grid: where the table lies, and a doubt saying it was turned. */
function markAcross(projects: Project[], at: Transposed): void {
  const said = reason('transposedTable', { column: colLetters(at.col), row: String(at.top) });
  for (let i = 0; i < projects.length; i++) {
    const p = projects[i];
    p.transposed = at;
    p.doubtCodes = [...(p.doubtCodes ?? []), said];
    p.doubts = [...p.doubts, said.reason];
  }
}

/** The sheet's cell for a cell of the upright grid. */
export function sheetCell(at: Transposed, row: number, col: number): { row: number; col: number } {
  return row < at.top ? { row, col } : { row: at.top + col - 1, col: at.col + row - at.top };
}

/** Each role's label cell on the sheet (level1 → A6, target → A9): where a table laid across names its roles. */
export function labelCells(at: Transposed, cols: Columns): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0, list = Object.entries(cols); i < list.length; i++) {
    const role = list[i][0],
      c = list[i][1];
    if (c !== undefined) out[role] = labelCell(at, c);
  }
  return out;
}

/** The label cell on the sheet of the upright table's column c. */
export function labelCell(at: Transposed, c: number): string {
  return address(at.top + c - 1, at.col);
}

/** A row of the upright table on the sheet: the header is the label column from its first row; every other row a column, at its 指标值's row. */
export function sheetRowOf(at: Transposed, row: number, targetCol: number): { row: number; column: string } {
  if (row <= at.top) return { row: at.top, column: colLetters(at.col) };
  const c = sheetCell(at, row, targetCol);
  return { row: c.row, column: colLetters(c.col) };
}

function upright(g: Grid, b: { top: number; col: number; rows: number }, from: number): Grid {
  let right = b.col;
  for (let x = b.col + 1; x <= g.colCount; x++) for (let r = b.top; r < b.top + b.rows; r++) if (cellText(g, r, x).trim()) right = x;
  // Rows above from belong to the table above: left empty, so that each table's name and budget are its own.
  const values: CellValue[][] = g.values.slice(0, b.top - 1).map((row, i) => (i + 1 < from ? [] : row));
  const numFormats: (string | null)[][] | undefined = g.numFormats ? g.numFormats.slice(0, b.top - 1).map((row, i) => (i + 1 < from ? [] : row)) : undefined;
  // Formulas and formulas saved with no result turn with their cells: an unknown 指标值 is not an empty one (no-result.ts).
  const formulas = g.formulas ? aboveOf(g.formulas, b.top, from) : undefined;
  const noResult = g.noResult ? aboveOf(g.noResult, b.top, from) : undefined;
  for (let x = b.col; x <= right; x++) {
    const row: CellValue[] = [];
    const fmts: (string | null)[] = [];
    for (let k = 0; k < b.rows; k++) {
      row.push(cellValue(g, b.top + k, x));
      fmts.push(g.numFormats?.[b.top + k - 1]?.[x - 1] ?? null);
    }
    values.push(row);
    numFormats?.push(fmts);
    formulas?.push(turned(g.formulas!, b.top, b.rows, x));
    noResult?.push(turned(g.noResult!, b.top, b.rows, x));
  }
  const merges: Merge[] = [];
  for (let i = 0, list = g.merges; i < list.length; i++) {
    const m = list[i];
    if (m.bottom < b.top && m.top >= from) merges.push(m);
    else if (m.top >= b.top && m.bottom < b.top + b.rows && m.left >= b.col)
      merges.push({ top: b.top + m.left - b.col, bottom: b.top + m.right - b.col, left: 1 + m.top - b.top, right: 1 + m.bottom - b.top });
  }
  let colCount = b.rows;
  for (let r = 1; r < b.top; r++) colCount = Math.max(colCount, g.values[r - 1]?.length ?? 0);
  // The header row as wide as the rows above: the name and budget beside their labels are the table's context.
  while (values[b.top - 1].length < colCount) values[b.top - 1].push(null);
  return {
    name: g.name,
    values,
    ...(numFormats ? { numFormats } : {}),
    ...(formulas ? { formulas } : {}),
    ...(noResult ? { noResult } : {}),
    merges,
    rowCount: values.length,
    colCount,
  };
}

/** The rows above a table laid across as they are (those above from belong to the table above: left empty). */
function aboveOf<T>(rows: (T | null)[][], top: number, from: number): (T | null)[][] {
  const out: (T | null)[][] = [];
  for (let i = 0; i < top - 1; i++) out.push(i + 1 < from ? [] : (rows[i] ?? []));
  return out;
}

/** Column x of the table from row top, rows long, as an upright row. */
function turned<T>(rows: (T | null)[][], top: number, n: number, x: number): (T | null)[] {
  const out: (T | null)[] = [];
  for (let k = 0; k < n; k++) out.push(rows[top + k - 1]?.[x - 1] ?? null);
  return out;
}

/**
 * Corrections to a table laid across, in the sheet's terms: an indicator is named by its column (and the
 * 指标值's row), a role by the row of its label. Rows above the table are the same in both readings.
 */
export interface AcrossFix {
  rows: readonly { row: number; col: number; role: RowRole }[];
  labels: readonly { headerRow: number; role: Role; row: number }[];
}

interface Fix {
  rows?: ReadonlyMap<number, RowRole>;
  cells?: readonly { row: number; col: number; role: RowRole }[];
  columns?: readonly { headerRow: number; role: Role; col: number }[];
  names?: readonly { headerRow: number; row: number; col: number }[];
  across?: AcrossFix;
}

/** The sheet's corrections turned upright with the table at `at`: a column's indicator becomes its row, a label row its column. */
export function uprightFix<F extends Fix>(fix: F | undefined, at: Transposed): F | undefined {
  if (!fix) return undefined;
  const rows = new Map<number, RowRole>();
  for (const [r, role] of fix.rows ?? []) if (r < at.top) rows.set(r, role);
  for (let i = 0, list = fix.cells ?? []; i < list.length; i++) {
    const x = list[i];
    if (x.row < at.top) rows.set(x.row, x.role);
  }
  for (let i = 0, list = fix.across?.rows ?? []; i < list.length; i++) {
    const x = list[i];
    if (x.col > at.col) rows.set(at.top + x.col - at.col, x.role);
  }
  const columns = (fix.across?.labels ?? []).filter((x) => x.headerRow === at.top && x.row >= at.top).map((x) => ({ headerRow: at.top, role: x.role, col: x.row - at.top + 1 }));
  // cells are the sheet's: the upright grid's rows are the table's columns (across.rows above).
  return { ...fix, rows, cells: undefined, columns, names: (fix.names ?? []).filter((x) => x.row < at.top) };
}
