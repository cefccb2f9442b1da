/**
 * A head cut mid-word over two header rows (a table converted from PDF or typed into narrow cells): “年度指标”
 * above “值”, “指标” above “名称”. Neither part names a column; together they do, so the lower row reads the whole.
 */
import type { Role } from '../domain/model';
import { lastYears } from './header-year';
import { headerCore } from './headers';

export function joinedHead(upper: string, own: string, roleOf: (text: string) => Role | null): string {
  if (!upper || own.length > 4 || roleOf(upper)) return own;
  const whole = upper + own;
  return roleOf(whole) ? whole : own;
}

/** A figure (4800.00, 10, 95%, 1,200): what a funds or field line holds beside its labels, never a head. */
const FIGURE = /^[-+]?\d[\d,]*(\.\d+)?[%％]?$/;

/**
 * Whether the row above a header row is a header row of its own, naming the columns under it: two head words or more,
 * and no figure — a funds line right above the grid (预算金额 | 4800 | 分值 | 10 | 得分 | 10) names its amounts, not the
 * columns below (its 分值 over a 采集数据项 head made that column the 分值).
 */
export function headsAbove(texts: string[], roleOf: (text: string) => Role | null): boolean {
  let heads = 0;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    if (!t) continue;
    if (FIGURE.test(t.trim())) return false;
    if (roleOf(t)) heads++;
  }
  return heads >= 2;
}

/**
 * A sub-head of last year's figures under a parent that names a role (指标值 over 上年度实际水平 | 本年度目标值): history, so it
 * does not take its parent's name — else, being first, last year's level became the target.
 */
export function pastSubHead(own: string): boolean {
  return lastYears(headerCore(own));
}
