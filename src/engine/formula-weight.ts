/** The weight a row's score formula reads, on the points the pane scores with. */
import type { Project } from '../domain/model';

/**
 * A 权重 column of fractions (src/sheet/weight-fractions.ts) is read as points, 0.3 → 30: the formula reads the cell ×100
 * so Excel's 得分 and 总分 are the points the pane shows. `ref` as pointsRef spelled it; a constant (the points the
 * engine read from text it could not spell) is points already.
 */
export function inPoints(p: Project, ref: string, points: number | null): string {
  const s = p.weightScale?.scale;
  return !s || ref === String(points) ? ref : `${ref}*${s}`;
}
