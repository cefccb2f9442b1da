/**
 * 部门整体支出绩效自评表 that put the year's duty goals before the indicator grid in the same header row: 年度履职目标 |
 * 实际完成情况 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | …. The 实际完成情况 there says how each goal went,
 * in words, over the indicators it is merged beside; the indicators' own actual is the 实际完成值 right of their names.
 * A 指标值 / 实际完成值 role found left of the level columns moves to the column of that role right of the 三级 name,
 * when there is one; alone, it keeps its place.
 */
import type { Columns, Role } from '../domain/model';

const MOVABLE: readonly Role[] = ['actual', 'target'];

export function goalColumns(cells: string[], cols: Columns, roleOf: (text: string) => Role | null): void {
  const name = cols.level3;
  if (name === undefined) return;
  const first = Math.min(cols.level1 ?? name, cols.level2 ?? name, name);
  for (let k = 0; k < MOVABLE.length; k++) {
    const role = MOVABLE[k];
    const c = cols[role];
    if (c === undefined || c >= first) continue;
    const right = cells.findIndex((t, i) => i + 1 > name && t !== '' && roleOf(t) === role);
    if (right >= 0) cols[role] = right + 1;
  }
}
