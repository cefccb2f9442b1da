/**
 * 一级指标 | 权重 | 二级指标 | 分值 | 三级指标 | 指标值 | 分值 | 得分: evaluation-style forms weigh every level, each
 * level's 分值 (or 权重, 得分) beside its own label. An indicator's points are the ones right of its 三级 name; a
 * 分值 column left of the name belongs to the 一级 / 二级 group it stands beside (merged over the group's rows).
 */
import type { Columns, Role } from '../domain/model';

const LEVELLED: readonly Role[] = ['weight', 'score'];

export function indicatorPoints(cells: string[], cols: Columns, roleOf: (text: string) => Role | null): void {
  const name = cols.level3;
  if (name === undefined) return;
  for (let k = 0; k < LEVELLED.length; k++) {
    const role = LEVELLED[k];
    const c = cols[role];
    if (c === undefined || c > name) continue;
    const right = cells.findIndex((t, i) => i + 1 > name && t !== '' && roleOf(t) === role);
    if (right >= 0) cols[role] = right + 1;
  }
}
