/**
 * 年度指标值 over 年初 | 调整后 on a two-row head: both sub-columns carry the parent's name, so the header
 * reader takes the first. The adjusted one is the target (as 调整后目标值 in one head: target-adjusted.ts).
 */
import { foldHeader } from './headers';
import type { HeaderHit, Reader } from './reader';

const INITIAL_SUB = /^(年初|年初数|年初值|年初目标值|年初指标值)$/;
const ADJUSTED_SUB = /^(调整后|调整后的?(目标值|指标值|数)|调整值)$/;

/** 年度指标值 over 年初 | 调整后 on a two-row head: the sub-columns of one parent, the adjusted one the target. */
export function adjustedSubColumns(rd: Reader, h: HeaderHit): void {
  const t = h.cols.target;
  if (t === undefined || h.row <= 1 || !INITIAL_SUB.test(foldHeader(rd.own(h.row, t)))) return;
  const parent = rd.across(h.row - 1, t);
  for (let c = t + 1; c <= h.right; c++) {
    if (!ADJUSTED_SUB.test(foldHeader(rd.own(h.row, c))) || rd.across(h.row - 1, c) !== parent) continue;
    h.cols.targetInitial = t;
    h.cols.target = c;
    return;
  }
}
