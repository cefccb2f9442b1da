/** Merged areas of a sheet: read, and clipped when they would expand to millions of cells. */
import type { CellValue, Merge } from '../../sheet/grid';
import { address } from '../../sheet/a1';
import { attr, cellRef, elements } from './xml';

export type Rows<T> = T[][];

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
/** A merged area larger than this is clipped to the cells that hold something. */
const MERGE_CLIP = 10000;
/** A merged area still larger after clipping is refused: nothing real merges a million cells around data. */
const MERGE_LIMIT = 1000000;

/** Each existing index of a (possibly very sparse) array, ascending. */
export function indices(a: unknown[]): number[] {
  if (a.length < 4096) {
    const out: number[] = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== undefined) out.push(i);
    return out;
  }
  return Object.keys(a).map(Number);
}

/** The <mergeCell> areas after the sheet data, in the file's order; `huge` when one needs clipping. */
export function readMerges(tail: string): { merges: Merge[]; huge: boolean } {
  const merges: Merge[] = [];
  let huge = false;
  for (const { tag } of elements(tail, 'mergeCell')) {
    const ref = attr(tag, 'ref') ?? '';
    const [a, b = a] = ref.split(':');
    const x = cellRef(a);
    const y = cellRef(b);
    if (!x || !y || Math.max(x[0], y[0]) > MAX_ROWS || Math.max(x[1], y[1]) > MAX_COLS) continue;
    const m = { top: Math.min(x[0], y[0]), left: Math.min(x[1], y[1]), bottom: Math.max(x[0], y[0]), right: Math.max(x[1], y[1]) };
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > MERGE_CLIP) huge = true;
    merges.push(m);
  }
  return { merges, huge };
}

export function extent(values: Rows<CellValue>): [number, number] {
  let maxRow = 0;
  let maxCol = 0;
  for (const i of indices(values)) {
    const row = values[i];
    for (const j of indices(row)) {
      if (row[j] === null) continue;
      maxRow = i + 1;
      if (j + 1 > maxCol) maxCol = j + 1;
    }
  }
  return [maxRow, maxCol];
}

export function trim<T>(rows: Rows<T>, rowCount: number, colCount: number): void {
  if (rows.length > rowCount) rows.length = rowCount;
  for (const i of indices(rows)) if (rows[i].length > colCount) rows[i].length = colCount;
}

/**
 * Clips merged areas over more than MERGE_CLIP cells to the cells that hold something (a merge
 * H1:XFD1048576 over an empty area costs nothing); one still too large after that is refused.
 */
export function clipMerges(merges: Merge[], values: Rows<CellValue>, formulas: Rows<string | null>, refuse: (zh: string, en: string) => never): number {
  const big = merges.filter((m) => (m.bottom - m.top + 1) * (m.right - m.left + 1) > MERGE_CLIP);
  const inBig = (r: number, c: number) => big.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left));
  let maxRow = 0;
  let maxCol = 0;
  let hidden = 0;
  for (const rows of [values, formulas] as unknown[][][]) {
    for (const i of indices(rows)) {
      for (const j of indices(rows[i])) {
        if (rows[i][j] === null) continue;
        // Covered by the merge as it was written: hidden, whatever the clipping leaves.
        if (inBig(i + 1, j + 1)) {
          if (rows === formulas) hidden++;
          rows[i][j] = null;
          continue;
        }
        if (i + 1 > maxRow) maxRow = i + 1;
        if (j + 1 > maxCol) maxCol = j + 1;
      }
    }
  }
  let total = 0;
  for (const m of big) {
    const ref = `${address(m.top, m.left)}:${address(m.bottom, m.right)}`;
    m.bottom = Math.max(m.top, Math.min(m.bottom, maxRow));
    m.right = Math.max(m.left, Math.min(m.right, maxCol));
    const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    total += area;
    if (area > MERGE_LIMIT || total > 4 * MERGE_LIMIT) {
      refuse(
        `的合并区域 ${ref} 覆盖了有内容的 ${area} 个单元格，超过上限（请在 Excel 中取消这个合并后再试）。`,
        `merged area ${ref} covers ${area} cells around data, over the limit.`,
      );
    }
  }
  return hidden;
}
