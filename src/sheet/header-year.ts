/**
 * Headers that name the year in words. 一体化 exports and county forms write 本年指标值 / 当年目标值 for the
 * year's target, and often keep 上年指标值 (last year's figure, sometimes in a hidden column) beside it:
 * that column is history, not this year's target, so it takes no role.
 */
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
