/**
 * Headers that name the year in words. 一体化 exports and county forms write 本年指标值 / 当年目标值 for the
 * year's target, and often keep 上年指标值 (last year's figure, sometimes in a hidden column) beside it:
 * that column is history, not this year's target, so it takes no role.
 */
import type { Columns } from '../domain/model';

const THIS_YEAR = /^(本|当|今)年(度)?/;
const LAST_YEAR = /^(上|去|前)一?年(度)?(?!度?(资金|预算|结转|结余))/;

/** “本年指标值” → “年度指标值”: read as the year's column. */
export function thisYearAsAnnual(t: string): string {
  return THIS_YEAR.test(t) ? t.replace(THIS_YEAR, '年度') : t;
}

/** “上年指标值”, “上年度实际完成值”: last year's figures. */
export function lastYears(t: string): boolean {
  return LAST_YEAR.test(t);
}

const LEADING_YEAR = /^((?:19|20)\d{2})年/;

/** “2024年指标值” → 2024: the year a column's header starts with, or null. */
export function headerYear(folded: string): number | null {
  const m = LEADING_YEAR.exec(folded);
  return m ? Number(m[1]) : null;
}

/**
 * “2023年指标值 | 2024年指标值” (a form keeping last year's targets beside this year's): of the columns of one
 * role that each name a year, the latest is the year's; the older ones are context, never read as the role.
 * Columns maps each column to its folded header; returns the column to use, or null when the years do not decide.
 */
export function latestYearColumn(cols: number[], folded: (c: number) => string): number | null {
  if (cols.length < 2) return null;
  let best: number | null = null;
  let bestYear = -1;
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    const y = headerYear(folded(c));
    if (y === null) return null;
    if (y === bestYear) return null;
    if (y > bestYear) [best, bestYear] = [c, y];
  }
  return best;
}

/**
 * “2023年实际值 | 2024年目标值” (a 目标表 that shows last year's result beside this year's target): an actual of a year
 * before the target's is history, not this table's 实际完成值 — the table is no 自评表 for it.
 */
export function pastActual(cols: Columns, folded: (c: number) => string): void {
  if (cols.actual === undefined || cols.target === undefined) return;
  const a = headerYear(folded(cols.actual));
  const t = headerYear(folded(cols.target));
  if (a !== null && t !== null && a < t) delete cols.actual;
}
