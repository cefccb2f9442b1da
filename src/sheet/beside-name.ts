/**
 * A 申报表 with the 实施期 (中长期) and 年度 indicator tables of one project side by side on the same rows (A–D | F–I),
 * each under its own title (实施期绩效指标 | 年度绩效指标), the 项目名称 and 年度资金总额 lines above both: the right-hand
 * table found no name of its own (the sheet's name stood in), so its 年度 grid was a second, nameless project and the
 * 实施期 grid was never linked to it. A nameless table whose header is on the same row as a named table beside it, the
 * two naming different horizons, is the same project: it takes the name (and, having none, the budget and its unit).
 * Two tables with no horizon between them are left alone (two projects' forms side by side, or one table's two halves).
 * With no 项目名称 line at all, the two nameless tables (both called by the sheet's name) still share the funds line.
 */
import type { Project } from '../domain/model';

export function nameBeside<R extends { projects: Project[]; horizons: unknown[] }>(r: R): R {
  const ps = r.projects;
  for (let i = 0; i < ps.length; i++) {
    const q = ps[i];
    if (q.nameCell !== null || q.name !== q.sheet || q.transposed || q.halves) continue;
    let best = -1;
    for (let j = 0; j < ps.length; j++) {
      const p = ps[j];
      if (j === i || p.headerRow !== q.headerRow || p.nameCell === null || p.nameCell.row >= q.headerRow || r.horizons[j] === r.horizons[i] || p.transposed || p.halves) continue;
      // The nearest named table to its left, else to its right.
      if (best < 0 || Math.abs(p.firstCol - q.firstCol) < Math.abs(ps[best].firstCol - q.firstCol)) best = j;
    }
    if (best >= 0) {
      q.name = ps[best].name;
      q.nameCell = ps[best].nameCell;
    } else best = namelessBeside(r, i);
    if (best < 0) continue;
    const p = ps[best];
    if (q.funds.total === null && p.funds.total !== null && q.layout === p.layout) {
      q.funds = { ...p.funds, parts: [...p.funds.parts], cols: { ...p.funds.cols } };
      q.money = p.money;
    }
  }
  return r;
}

/**
 * No 项目名称 line at all: both tables keep the sheet's name, but the funds line above both (年度资金总额) was read by
 * the one under it only. The nearest nameless table on the same header row, naming the other horizon, whose funds line
 * stands above the header, lends it; -1 when there is none.
 */
function namelessBeside(r: { projects: Project[]; horizons: unknown[] }, i: number): number {
  const ps = r.projects;
  const q = ps[i];
  let best = -1;
  for (let j = 0; j < ps.length; j++) {
    const p = ps[j];
    if (j === i || p.headerRow !== q.headerRow || p.nameCell !== null || p.name !== q.name || r.horizons[j] === r.horizons[i] || p.transposed || p.halves) continue;
    if (p.funds.total === null || p.funds.total.row >= q.headerRow) continue;
    if (best < 0 || Math.abs(p.firstCol - q.firstCol) < Math.abs(ps[best].firstCol - q.firstCol)) best = j;
  }
  return best;
}
