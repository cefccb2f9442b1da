/**
 * One quantity written at different scales (120万元 and 1,180,000元, 5‰ and 0.5%, 2吨 and 2000千克,
 * 3公里 and 3000米, 1年 and 12个月, 2周 and 14天, 1天 and 24小时, 3公顷 and 30000平方米, 1.2万人次 and 12000人次): how many of the target's unit one of the
 * actual's unit is, so SE-03 and scoring compare like with like (换算后比较, 实务惯例). Days against months and
 * years count a month as 30 days and a year as 365 (实务惯例); 工作日 are not calendar days and convert to nothing. Pure.
 */
import Big from 'big.js';
import { memoise } from './memo';

// unit → [base unit, how many base units one of it is]
// prettier-ignore
const SCALES: Record<string, [string, number]> = {
  元: ['元', 1], 千元: ['元', 1e3], 万元: ['元', 1e4], 百万元: ['元', 1e6], 亿元: ['元', 1e8],
  '%': ['%', 1], '‰': ['%', 0.1], '‱': ['%', 0.01],
  千克: ['千克', 1], 公斤: ['千克', 1], 吨: ['千克', 1e3], 万吨: ['千克', 1e7],
  米: ['米', 1], 千米: ['米', 1e3], 公里: ['米', 1e3],
  个月: ['个月', 1], 月: ['个月', 1], 年: ['个月', 12],
  分钟: ['分钟', 1], 小时: ['分钟', 60],
  天: ['天', 1], 日: ['天', 1], 周: ['天', 7], 工作日: ['工作日', 1], 个工作日: ['工作日', 1],
  平方米: ['平方米', 1], 公顷: ['平方米', 1e4], 平方千米: ['平方米', 1e6], 平方公里: ['平方米', 1e6],
  // Symbols typed for the same units (“2.5km”, “6000kg”), and 名 / 位 counting 人 (“120名” under a target in 人).
  km: ['米', 1e3], m: ['米', 1], kg: ['千克', 1], 人: ['人', 1], 名: ['人', 1], 位: ['人', 1],
};
// 万人次 = 10 000 人次, 千人 = 1 000 人; a bare 万 (“118万”) is 10 000 of the target's own unit.
const PREFIX: [string, number][] = [
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
];
const COUNTED = /^[\p{Script=Han}]{1,4}$/u;
// Calendar days in a month or a year, for a duration in 天 against one in 个月 / 年 (not between 个月 and 年: 12).
const CALENDAR_DAYS: Record<string, number> = { 个月: 30, 月: 30, 年: 365 };
// Minutes in a day, for a duration in 小时 / 分钟 against one in 天 (“当天办结” read ≤1天, done in 3小时).
const DAY_MINUTES = 1440;

function scaleOf(unit: string): [string, number] | null {
  const known = SCALES[/^[A-Za-z]+$/.test(unit) ? unit.toLowerCase() : unit];
  if (known) return known;
  // 万元/人 is 10 000 元/人: the numerator's scale, the same denominator.
  const slash = unit.indexOf('/');
  if (slash > 0) {
    const head = scaleOf(unit.slice(0, slash));
    return head ? [head[0] + unit.slice(slash), head[1]] : null;
  }
  for (let i = 0; i < PREFIX.length; i++) {
    const p = PREFIX[i][0],
      n = PREFIX[i][1];
    if (!unit.startsWith(p)) continue;
    const rest = unit.slice(p.length);
    if (rest === '') return ['', n];
    // 万千瓦时 is 10 000 千瓦时, itself 1 000 瓦时.
    const inner = COUNTED.test(rest) ? scaleOf(rest) : null;
    if (inner) return [inner[0], n * inner[1]];
  }
  return COUNTED.test(unit) ? [unit, 1] : null;
}

export interface Factor {
  /** B in the target's unit = B × mul ÷ div (integers, or a decimal for ‰ ‱). */
  mul: string;
  div: string;
}

/** How an actual in `actual` converts to the target's `target` unit; null when they are not one quantity or are the same unit. */
export function unitFactor(actual: string, target: string): Factor | null {
  return factorMemo(actual + '\u0000' + target);
}

const factorMemo = memoise((key: string): Factor | null => {
  const [actual, target] = key.split('\u0000');
  if (actual === target) return null;
  const a = scaleOf(actual);
  const t = scaleOf(target);
  if (!a || !t || t[0] === '') return null;
  // A bare 万 takes the target's unit, if that is a counted one (not 万 of a %).
  // Each person is at least one visit: an actual in 人 counts toward a target in 人次 (not the other way).
  const base = a[0] === '' && COUNTED.test(t[0]) ? t[0] : a[0] === '人' && t[0] === '人次' ? '人次' : a[0];
  const days = (u: string, sc: [string, number]) => (sc[0] === '天' ? sc[1] : CALENDAR_DAYS[u]);
  const calendar = base !== t[0] && days(actual, a) !== undefined && days(target, t) !== undefined;
  const minutes = (sc: [string, number]) => (sc[0] === '分钟' ? sc[1] : sc[0] === '天' ? sc[1] * DAY_MINUTES : undefined);
  const clock = base !== t[0] && !calendar && minutes(a) !== undefined && minutes(t) !== undefined;
  if (base !== t[0] && !calendar && !clock) return null;
  const A = new Big(calendar ? days(actual, a) : clock ? minutes(a)! : a[1]);
  const T = new Big(calendar ? days(target, t) : clock ? minutes(t)! : t[1]);
  return A.gte(T) ? { mul: A.div(T).toFixed(), div: '1' } : { mul: '1', div: T.div(A).toFixed() };
});

/** 工作日 against calendar days, months or years: a duration, but not one that converts (weekends and holidays vary). */
export function workdaysAgainstCalendar(actual: string, target: string): boolean {
  const a = scaleOf(actual)?.[0];
  const t = scaleOf(target)?.[0];
  const calendar = (b: string | undefined) => b === '天' || b === '个月';
  return (a === '工作日' && calendar(t)) || (t === '工作日' && calendar(a));
}
