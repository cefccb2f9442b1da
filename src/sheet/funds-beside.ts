/**
 * The funds as a small table beside the indicator grid, on its first rows: 资金来源 | 金额（万元）, 财政资金 | 380,
 * 其他资金 | 40, 合计 | 420 — a form that leaves no funds lines above the grid. Past an empty column it stands
 * outside the grid's band (header-band.ts), as a neighbouring table would: it is read only when nothing above or
 * inside the grid gave the money, only under a funds heading (资金来源 …), and never past the header of another
 * indicator table on the same row.
 */
import type { Project } from '../domain/model';
import { foldHeader, roleOf } from './headers';
import { readBudgetLabels } from './funds';
import { cellText, type Grid } from './grid';

// 预算执行情况 (自评表): 全年预算数 | amount, 全年执行数 | amount lines beside the grid.
const HEADING = /^(资金来源|资金构成|资金情况|资金安排|(预算|资金)执行情况)/;
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
      if (f.total !== null) p.funds = f;
      return;
    }
}
