/**
 * A 目标表 printed in two halves side by side: one header row holds 一级 | 二级 | 三级 | 指标值 twice, and
 * the right half's rows continue the left half's (a long table folded to fit a page). Read first as two
 * tables, the right one has no name or budget of its own; it is then read again as ONE table, the right
 * half's rows set below the left half's (stacked), and every cell a check names is turned back to the
 * sheet's (halvesCell) — each indicator keeps its own row and columns.
 */
import type { Halves, Project, RowRole } from '../domain/model';
import { colLetters } from './a1';
import type { Grid, Merge } from './grid';
import { reason } from './reasons';

/** The sheet's cell for a cell of the stacked table. */
export function halvesCell(h: Halves, row: number, col: number): { row: number; col: number } {
  if (row <= h.bottom) return { row, col };
  if (row <= h.bottom + h.rows) return { row: h.top + row - h.bottom - 1, col: col + h.shift };
  return { row: row - h.rows, col };
}

/** A row of the stacked table on the sheet, and the column its 指标值 is in (the half it belongs to). */
export function halvesRowOf(h: Halves, row: number, targetCol: number): { row: number; column: string } {
  const c = halvesCell(h, row, targetCol);
  return { row: c.row, column: colLetters(c.col) };
}

/** `--explain`'s place of a row of the stacked table: the sheet's row, and the column of its 指标值 for a row inside the table. */
export function halvesPlace(h: Halves, row: number, targetCol: number): string {
  const at = halvesRowOf(h, row, targetCol);
  return `第 ${String(at.row).padStart(4)} 行${row >= h.top && row <= h.bottom + h.rows ? ` ${at.column}` : ''}`;
}

interface Read {
  projects: Project[];
  horizons: unknown[];
  sure: boolean[];
}

/**
 * Tables read as two but printed as the two halves of one: each such pair is read again, stacked, as one
 * project (read: the recogniser on a grid). The others are kept as read.
 */
export function joinHalves<R extends Read>(g: Grid, r: R, firstIndex: number, read: ((stacked: Grid, h: Halves) => R) | null): R {
  if (!read) return r;
  for (let i = 0; i + 1 < r.projects.length; i++) {
    const p = r.projects[i];
    const q = r.projects[i + 1];
    // The title above (“2024年度…”) may lie over the left half only: a right half with no horizon of its own takes the left's.
    if (!secondHalf(p, q) || (r.horizons[i + 1] !== null && r.horizons[i] !== r.horizons[i + 1])) continue;
    const h: Halves = { top: p.headerRow + 1, bottom: extent(p), rows: extent(q) - p.headerRow, left: q.firstCol, right: q.lastCol, shift: q.firstCol - p.firstCol };
    const one = read(stack(g, h), h).projects.find((x) => x.headerRow === p.headerRow && x.firstCol === p.firstCol);
    if (!one || one.indicators.length <= p.indicators.length) continue;
    one.halves = h;
    const at = one.rows.findIndex((x) => x.row === p.headerRow && x.role === 'header');
    const span = (a: number, b: number) => `${colLetters(a)}–${colLetters(b)}`;
    if (at >= 0) one.rows[at] = { row: p.headerRow, role: 'header' as RowRole, ...reason('halvesHeader', { left: span(p.firstCol, p.lastCol), right: span(h.left, h.right) }) };
    r.projects.splice(i, 2, one);
    r.horizons.splice(i + 1, 1);
    r.sure.splice(i + 1, 1);
  }
  r.projects.forEach((x, k) => (x.index = firstIndex + k));
  return r;
}

/** q, read beside p under the same header, is p's second half: the same header, no name or budget of its own, rows within p's. */
function secondHalf(p: Project, q: Project): boolean {
  if (q.headerRow !== p.headerRow || q.firstCol <= p.lastCol || p.transposed || q.transposed || p.layout !== q.layout) return false;
  if (!p.indicators.length || !q.indicators.length || firstBody(q) < firstBody(p) || extent(q) > extent(p)) return false;
  const own = (a: { row: number; col: number } | null, b: { row: number; col: number } | null) => !!a && !(b && a.row === b.row && a.col === b.col);
  if (own(q.nameCell, p.nameCell) || own(q.funds.total, p.funds.total)) return false;
  const shift = q.firstCol - p.firstCol;
  const left = Object.keys(p.headerText).map(Number);
  const right = Object.keys(q.headerText).map(Number);
  const same = (c: number) => (p.headerText[c] ?? '').replace(/\s+/g, '') === (q.headerText[c + shift] ?? '').replace(/\s+/g, '');
  return left.length === right.length && left.every(same);
}

/** A half's first row under its header: its first indicator, or a row above it a person said is not one (a row number alone corrects the left half only). */
function firstBody(p: Project): number {
  let first = p.indicators[0].row;
  for (let i = 0, list = p.rows; i < list.length; i++) {
    const r = list[i];
    if (r.code === 'correctedNot' && r.row < first && r.row > p.headerRow) first = r.row;
  }
  return first;
}

/** A half's last row: its last indicator, or a row below it a person said is not one (it was read as part of the table). */
function extent(p: Project): number {
  let last = p.endRow;
  for (let i = 0, list = p.rows; i < list.length; i++) {
    const r = list[i];
    if (r.code === 'correctedNot' && r.row > last) last = r.row;
  }
  return last;
}

/** The sheet with the right half's rows moved below the left half's (and every row under the table moved down as far). */
export function stack(g: Grid, h: Halves): Grid {
  const out: Grid = { ...g, values: moved(g.values, h), merges: movedMerges(g.merges, h), rowCount: g.rowCount + h.rows };
  if (g.formulas) out.formulas = moved(g.formulas, h);
  if (g.noResult) out.noResult = moved(g.noResult, h);
  if (g.numFormats) out.numFormats = moved(g.numFormats, h);
  if (g.hiddenRows) out.hiddenRows = g.hiddenRows.flatMap((r) => (r > h.bottom ? [r + h.rows] : r >= h.top && r < h.top + h.rows ? [r, h.bottom + 1 + r - h.top] : [r]));
  return out;
}

function moved<T>(rows: (T | null)[][], h: Halves): (T | null)[][] {
  const out: (T | null)[][] = [];
  const header = h.top - 1;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    const r = i + 1;
    if (r > h.bottom) {
      out[r - 1 + h.rows] = row;
      continue;
    }
    if (r < header || r >= h.top + h.rows) {
      out[i] = row;
      continue;
    }
    const kept = row.slice();
    for (let c = h.left; c <= Math.min(h.right, kept.length); c++) kept[c - 1] = null;
    out[i] = kept;
    if (r === header) continue;
    const below: (T | null)[] = [];
    for (let c = h.left; c <= Math.min(h.right, row.length); c++) below[c - 1 - h.shift] = row[c - 1] ?? null;
    out[h.bottom + r - h.top] = below;
  }
  return out;
}

function movedMerges(merges: Merge[], h: Halves): Merge[] {
  const out: Merge[] = [];
  const inRight = (m: Merge) => m.left >= h.left && m.right <= h.right;
  for (let i = 0; i < merges.length; i++) {
    const m = merges[i];
    if (m.top > h.bottom) out.push({ ...m, top: m.top + h.rows, bottom: m.bottom + h.rows });
    else if (inRight(m) && m.top === h.top - 1 && m.bottom === m.top) continue;
    else if (inRight(m) && m.top >= h.top && m.bottom < h.top + h.rows) {
      const top = h.bottom + 1 + m.top - h.top;
      out.push({ top, bottom: top + m.bottom - m.top, left: m.left - h.shift, right: m.right - h.shift });
    } else out.push(m);
  }
  return out;
}

export interface Fix {
  rows?: ReadonlyMap<number, RowRole>;
  cells?: readonly { row: number; col: number; role: RowRole }[];
  columns?: readonly { headerRow: number; col: number }[];
  names?: readonly { headerRow: number; row: number; col: number }[];
}

/**
 * A person's corrections in the stacked table's terms: rows under the table move down with it; a row named with
 * a column of the right half is that half's row, stacked below the left's (a row number alone names the left half);
 * a column of the right half is the same column of both halves.
 */
export function stackedFix<F extends Fix>(fix: F | undefined, h: Halves): F | undefined {
  if (!fix) return undefined;
  const down = (r: number) => (r > h.bottom ? r + h.rows : r);
  const right = (c: number) => c >= h.left && c <= h.right;
  const out: F = { ...fix };
  if (fix.rows) out.rows = new Map([...fix.rows].map(([r, role]) => [down(r), role] as const));
  if (fix.cells)
    out.cells = fix.cells.map((x) =>
      right(x.col) && x.row >= h.top && x.row < h.top + h.rows ? { ...x, row: h.bottom + 1 + x.row - h.top, col: x.col - h.shift } : { ...x, row: down(x.row) },
    );
  if (fix.columns) out.columns = fix.columns.map((x) => ({ ...x, headerRow: down(x.headerRow), ...(x.headerRow === h.top - 1 && right(x.col) ? { col: x.col - h.shift } : {}) }));
  if (fix.names) out.names = fix.names.map((x) => ({ ...x, headerRow: down(x.headerRow), row: down(x.row) }));
  return out;
}
