/**
 * 得分 typed on the sheet's own fraction scale (0.28 under a 权重 of 0.3; src/sheet/weight-fractions.ts) are read by the
 * pane ×100, as points. The 总分 fill writes reads those same cells ×100, so Excel's total is the pane's: the row formulas
 * fill writes beside them score in points already. Before, SUM added 0.28 to the points of the rows fill scored (59.73 in
 * Excel against the pane's 87.45).
 */
import type { Project } from '../domain/model';
import { address } from '../sheet/a1';
import { cellFormula, cellValue, type Grid } from '../sheet/grid';

/** The cell's reference for a total: `G9*100` when it holds a typed number the pane read as `read` = number ×100. */
export function pointsOf(g: Grid, p: Project, row: number, col: number, read: number | null | undefined): string {
  const k = p.weightScale?.scale;
  const v = cellValue(g, row, col);
  const scaled = !!k && typeof v === 'number' && v !== 0 && read != null && !cellFormula(g, row, col) && Math.abs(v * k - read) < 1e-6;
  return scaled ? `${address(row, col)}*${k}` : address(row, col);
}

/** Rows (of `rows`) whose typed 得分 the pane read ×100, with the reference a total reads them by. */
export function scoresInHundredths(g: Grid, p: Project, rows: number[], col: number): Map<number, string> {
  const out = new Map<number, string>();
  if (!p.weightScale?.scores) return out;
  const wanted = new Set(rows);
  for (const ind of p.indicators) {
    if (!wanted.has(ind.row) || ind.sheetScore === null || ind.scoreIsFormula) continue;
    const ref = pointsOf(g, p, ind.row, col, ind.sheetScore);
    if (ref !== address(ind.row, col)) out.set(ind.row, ref);
  }
  return out;
}
