/**
 * The name --explain and the pane show for a column whose header cell is merged down from the row above (一级指标 over
 * both rows of a two-row header, 全市年度目标值 beside 分县目标值 | 县 | 县): the merge's own text, not an empty name.
 * Only names for display, filled once the sheet is read — nothing the reader decides looks at them.
 */
import type { Project } from '../domain/model';
import { cellText, mergeAt, type Grid } from './grid';

export function headsFromAbove<R extends { projects: Project[] }>(g: Grid, r: R): R {
  for (const p of r.projects) {
    for (const c of Object.values(p.columns) as number[]) {
      if (p.headerText[c] !== undefined || !g.merges.length) continue;
      const m = mergeAt(g, p.headerRow, c);
      const t = m && m.top < p.headerRow ? cellText(g, m.top, m.left).trim() : '';
      if (t) p.headerText[c] = t;
    }
  }
  return r;
}
