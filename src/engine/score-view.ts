/** What the pane's 自评 tab shows of a score: the rows that lost points, as an accountant reports them. */
import { isReasonPlaceholder } from '../domain/reason-placeholder';
import { address } from '../sheet/a1';
import type { ProjectResult } from './analyse';

export interface LostRow {
  /** The row's 得分 cell (its name cell when there is no 得分 column yet). */
  cell: string;
  name: string;
  weight: number;
  score: number;
  /** A 偏差原因 is required and still empty. */
  reasonMissing: boolean;
}

const EPS = 1e-9;

export function lostRows(r: ProjectResult): LostRow[] {
  const p = r.project;
  const out: LostRow[] = [];
  p.indicators.forEach((ind, i) => {
    const s = r.score.rows[i];
    if (!s || s.weight === null || s.score === null || s.excluded) return;
    const reasonMissing = !!s.reasonNeeded && (!ind.reason || isReasonPlaceholder(ind.reason));
    if (s.score >= s.weight - EPS && !reasonMissing) return;
    const col = p.columns.score ?? p.columns.level3 ?? 1;
    out.push({ cell: address(ind.row, col), name: ind.level3, weight: s.weight, score: s.score, reasonMissing });
  });
  return out;
}

/** The 三级指标 names a project already has (the pane warns before inserting one again). */
export function indicatorNames(r: ProjectResult): string[] {
  return r.project.indicators.map((ind) => ind.level3);
}
