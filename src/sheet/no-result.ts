/**
 * Formula cells saved without a result (a workbook written by a program and never opened in Excel): the
 * value is unknown, not empty. Each indicator keeps the roles of such cells, so the rules say so once
 * per project (NRM-07) instead of reporting a missing 指标值 or 实际完成值.
 */
import type { Project, Role } from '../domain/model';
import type { Grid } from './grid';

/**
 * The cells whose emptiness the rules report (no 指标值, no 实际完成值, no 分值). A 得分 formula is not among them: the
 * engine scores every row itself, and `fill` saves its own 得分 formulas with no result while a row waits for its actual.
 */
const READ: ReadonlySet<Role> = new Set<Role>(['target', 'targetPeriod', 'actual', 'weight']);

export function markNoResult(g: Grid, projects: Project[]): void {
  const none = g.noResult;
  if (!none || !g.formulas) return;
  for (let i = 0; i < projects.length; i++) {
    const p = projects[i];
    const roles = (Object.entries(p.columns) as [Role, number][]).filter(([role]) => READ.has(role));
    for (let i = 0, list = p.indicators; i < list.length; i++) {
      const ind = list[i];
      const at = none[ind.row - 1];
      if (!at) continue;
      const out: Role[] = [];
      for (let i = 0; i < roles.length; i++) {
        const role = roles[i][0],
          c = roles[i][1];
        if (at[c - 1] && g.formulas[ind.row - 1]?.[c - 1] && (g.values[ind.row - 1]?.[c - 1] ?? null) === null) out.push(role);
      }
      if (out.length) ind.noResult = out;
    }
  }
}
