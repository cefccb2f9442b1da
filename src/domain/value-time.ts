/**
 * 时效 targets written in words published tables use (实务惯例), read on a 时效 row only:
 * - a span of calendar months (“1-3月”, “2024年1-12月”, “7至9月份”): the work is done within it, so by the end of its
 *   last month — a deadline (≤ --03), compared with a completion date as “3月底前” is;
 * - “全年” (全年完成): by the end of the year, as “年内” reads (≤ --12);
 * - “当天”, “当日办结”: within the day — a duration ≤1天, compared with an actual in 天 (or 小时: unit-scale.ts);
 * - a recurring deadline (“次月10日前”, “每月10日前”, “每季度末前”): no single date an actual could be compared
 *   with — left as text, scored by its words (an actual repeating it, “按期完成”), marked so VAL-10 does not call it
 *   “not a date”.
 * - “12月”, “≤6月”: a month of the year (by its end), as “N个月” is the spelling of a length — unless the row measures a length
 *   (周期, 工期, 时长: units.ts measureOf 'span'), where an accountant dropping 个 means twelve months;
 * - “每年3月底前”, “每年12月”: the year's deadline — a 自评表 covers one year, so it is read as “3月底前”, “12月”.
 * Every reading is marked 'time-words' (NRM-06 leaves such cells as written). Pure.
 */
import type { ParsedValue } from './types';
import { toHalfWidth } from './text';
import { DATE_TAIL, readDate } from './value-date';

const MONTH_SPAN = /^(?:(\d{4})年)?(\d{1,2})月?(?:-|~|—|–|至|到)(\d{1,2})月份?(.*)$/;
const WHOLE_YEAR = /^(?:本年度?|当年)?全年度?(.*)$/;
const SAME_DAY = /^(?:当天|当日|即日)(?:内|之内)?(?:完成|办结|处理|到位|发放|解决|反馈|回复|办理|响应|上报)?$/;
const YEARLY = /^每年度?(.+)$/;
const MONTH_ONLY = /^(\d{1,2})月份?$/;
// “2025年”, “2025年度”, “2025年完成”, “2025年全年” on a 时效 row: within that year, by its end (“2025年度内” reads so anywhere:
// value-date.ts); elsewhere words.
const YEAR_ONLY = /^(\d{4})(?:年度?(?:全年度?)?|全年度?)(.*)$/;
// “2025.1-2025.12”, “2025.01—12”: a span of months written with dots, by the end of its last month.
const DOTTED_SPAN = /^(\d{4})[./-](\d{1,2})(?:-|~|—|–|至|到)(?:(\d{4})[./-])?(\d{1,2})$/;
const RECURRING = /^(?:每月|次月|每季度?|次季度?|每周|次周|每半年|每年)(?:\d{1,2}月)?(?:\d{1,2}日|\d{1,2}号|底|末|初|上旬|中旬|下旬)?(?:前|之前|以前|内|以内)(.*)$/;

/**
 * Reads `p` (parsed without context) again as a 时效 value where its words say one; else leaves it. `p` is fresh, not shared.
 * `length`: the row measures a length of time, so “12月” is twelve months.
 */
export function asTimeWords(p: ParsedValue, length = false): void {
  const c = toHalfWidth(p.raw).replace(/\s+/g, '');
  const yearly = YEARLY.exec(c);
  if (yearly && !p.placeholder) {
    const d = readDate(yearly[1]);
    p.changes = p.changes.filter((x) => x !== 'periodic');
    if (d?.date?.startsWith('--')) return deadline(p, d.date);
    const m = MONTH_ONLY.exec(yearly[1]);
    if (m && !length && +m[1] >= 1 && +m[1] <= 12) return deadline(p, `--${m[1].padStart(2, '0')}`);
  }
  // “12月” on a 完成时间 row: December. Only a whole month 1–12 with no operator, or one that caps it (≤, <).
  if (!length && p.kind === 'quantitative' && p.unit === '月' && !p.range && !p.placeholder && (p.opImplicit || p.op === '≤' || p.op === '<')) {
    const n = Number(p.number);
    if (Number.isInteger(n) && n >= 1 && n <= 12 && MONTH_ONLY.test(c.replace(/^(?:[≤<]|<=|不超过|不晚于)/, ''))) return deadline(p, `--${String(n).padStart(2, '0')}`);
  }
  const y = YEAR_ONLY.exec(c);
  if (y && +y[1] >= 1900 && +y[1] <= 2199 && !p.placeholder && DATE_TAIL.test(y[2])) return deadline(p, y[1]);
  const dotted = DOTTED_SPAN.exec(c);
  if (dotted && !p.placeholder) {
    const [from, to, y1, y2] = [+dotted[2], +dotted[4], +dotted[1], dotted[3] ? +dotted[3] : +dotted[1]];
    if (y1 >= 1900 && y2 <= 2199 && from >= 1 && to <= 12 && (y2 > y1 || (y2 === y1 && from < to))) return deadline(p, `${y2}-${String(to).padStart(2, '0')}`);
  }
  const span = MONTH_SPAN.exec(c);
  if (span && (p.kind === 'qualitative' || (p.range && p.unit === '月'))) {
    const [from, to] = [Number(span[2]), Number(span[3])];
    if (from >= 1 && to <= 12 && from < to && DATE_TAIL.test(span[4])) return deadline(p, `${span[1] ?? '-'}-${String(to).padStart(2, '0')}`);
  }
  const recurring = RECURRING.exec(c);
  // “每月10日前” otherwise reads as a count per month (“10 日前/月”): the words are a deadline, not a count.
  if (recurring && DATE_TAIL.test(recurring[1])) {
    Object.assign(p, { kind: 'qualitative', op: null, opImplicit: false, number: null, value: null, unit: null, rawUnit: null, date: null, range: false });
    p.changes = [...p.changes.filter((x) => x !== 'periodic'), 'time-words'];
    return;
  }
  if (p.kind !== 'qualitative') return;
  const year = WHOLE_YEAR.exec(c);
  if (year && DATE_TAIL.test(year[1])) return deadline(p, '--12');
  if (SAME_DAY.test(c)) {
    Object.assign(p, { kind: 'quantitative', op: '≤', opImplicit: false, number: '1', value: 1, unit: '天', rawUnit: null, grade: null });
    p.changes = [...p.changes, 'time-words'];
    return;
  }
}

function deadline(p: ParsedValue, date: string): void {
  Object.assign(p, { kind: 'quantitative', op: '≤', opImplicit: true, number: null, value: null, unit: 'date', rawUnit: null, date, range: false, grade: null });
  delete p.upper;
  p.changes = [...p.changes, 'time-words'];
}
