/**
 * The funds as a small table beside the indicator grid, on its first rows: 资金来源 | 金额（万元）, 财政资金 | 380,
 * 其他资金 | 40, 合计 | 420 — a form that leaves no funds lines above the grid. Past an empty column it stands
 * outside the grid's band (header-band.ts), as a neighbouring table would: it is read only when nothing above or
 * inside the grid gave the money, only under a funds heading (资金来源 …), and never past the header of another
 * indicator table on the same row.
 */
import type { Amount, Project } from '../domain/model';
import { parseAmount } from '../domain/value';
import { foldHeader, roleOf } from './headers';
import { readBudgetLabels } from './funds';
import { cellText, cellValue, numFormat, type Grid } from './grid';

// 预算执行情况 (自评表): 全年预算数 | amount, 全年执行数 | amount lines beside the grid.
const HEADING = /^(资金来源|资金构成|资金情况|资金安排|(预算|资金)执行情况)/;
// The 自评表's 全年执行数 | amount line among them: the execution the score needs (v387).
const EXECUTED = /^(全年执行数|预算执行数|执行数|实际支出|全年支出数)/;
const GRID_ROLES = new Set(['level1', 'level2', 'level3', 'target', 'actual']);

export function fundsBeside(g: Grid, p: Project): void {
  const f0 = p.funds;
  if (f0.total !== null || f0.fiscal !== null || f0.other !== null || f0.headerRow !== null) return;
  let from = 0;
  for (let i = 0, list = Object.values(p.columns); i < list.length; i++) {
    const c = list[i];
    if (c !== undefined && c > from) from = c;
  }
  let right = from;
  while (right < g.colCount && !GRID_ROLES.has(roleOf(cellText(g, p.headerRow, right + 1).trim()) ?? '')) right++;
  for (let r = p.headerRow; r <= p.endRow; r++)
    for (let c = from + 1; c <= right; c++) {
      if (!HEADING.test(foldHeader(cellText(g, r, c).trim()))) continue;
      const f = readBudgetLabels(g, r, p.endRow + 1, c, right);
      if (f.total === null) return;
      f.executed ??= executedBeside(g, r, p.endRow, c, right);
      p.funds = f;
      return;
    }
}

/** The amount right of a 全年执行数 label in the lines beside the grid (the first amount within three cells), or null. */
function executedBeside(g: Grid, from: number, to: number, left: number, right: number): Amount | null {
  for (let r = from; r <= to; r++)
    for (let c = left; c < right; c++) {
      if (!EXECUTED.test(foldHeader(cellText(g, r, c).trim()))) continue;
      for (let cc = c + 1; cc <= Math.min(right, c + 3); cc++) {
        const v = cellValue(g, r, cc);
        if (v === null || v === '') continue;
        const a = parseAmount(v, numFormat(g, r, cc));
        return a.value === null ? null : { value: a.value, number: a.number, row: r, col: cc };
      }
      return null;
    }
  return null;
}
