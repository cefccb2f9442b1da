/**
 * A 申报书 whose 项目名称 is written only on its 封面 sheet (项目名称： | 县城区河道综合治理), the 目标表 sheet starting at its
 * title: the project is named from the cover — a sheet of the same workbook holding no table — and the report says so.
 * Only a name label (项目名称, 资金名称 …) counts, never a title; two covers naming different projects name none.
 */
import { normaliseText } from '../domain/text';
import { cellText, type Grid } from './grid';
import { foldHeader } from './headers';
import { INLINE_NAME, nameLabel } from './facts';
import { isFieldLabel } from './name-below';

export interface CoverName {
  sheet: string;
  name: string;
  row: number;
  col: number;
}

/** How far down and across a cover is looked at. */
const ROWS = 40;
const COLS = 12;

/** The 项目名称 a sheet with no table states, or null. */
export function coverName(g: Grid): CoverName | null {
  for (let r = 1; r <= Math.min(g.rowCount, ROWS); r++) {
    for (let c = 1; c <= Math.min(g.colCount, COLS); c++) {
      const t = normaliseText(cellText(g, r, c));
      if (!t) continue;
      const inline = INLINE_NAME.exec(t);
      if (inline && inline[1].trim()) return { sheet: g.name, name: inline[1].trim(), row: r, col: c };
      const k = nameLabel(foldHeader(t));
      if (k < 0 || k > 1) continue;
      for (let cc = c + 1; cc <= Math.min(g.colCount, c + COLS); cc++) {
        const v = normaliseText(cellText(g, r, cc));
        if (!v) continue;
        if (isFieldLabel(v)) break;
        return { sheet: g.name, name: v, row: r, col: cc };
      }
    }
  }
  return null;
}

/** The one name the workbook's table-less sheets state, or null (none, or several different ones). */
export function workbookCoverName(grids: Grid[]): CoverName | null {
  let one: CoverName | null = null;
  for (const g of grids) {
    const n = coverName(g);
    if (!n) continue;
    if (one && one.name !== n.name) return null;
    one ??= n;
  }
  return one;
}
