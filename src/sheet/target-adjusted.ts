/**
 * 年初目标值 | 调整后目标值 | 实际完成值: a target adjusted during the year (as the 调整后预算数 of the funds
 * block) is the one the actual is measured against. The adjusted column takes the 指标值 role; the first
 * one stays as 年初目标值 (targetInitial), read on a row whose adjusted cell is left empty (not adjusted).
 * Named in one head here; as sub-columns of one (年度指标值 over 年初 | 调整后) in target-sub.ts.
 */
import type { Columns } from '../domain/model';

const ADJUSTED = /^调整后的?(年度)?(绩效)?(指标值|目标值)/;

export function adjustedTarget(folded: string[], cols: Columns): void {
  const i = folded.findIndex((t) => ADJUSTED.test(t));
  if (i < 0 || cols.target === i + 1) return;
  if (cols.target !== undefined) cols.targetInitial = cols.target;
  cols.target = i + 1;
}
