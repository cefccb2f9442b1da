/**
 * HIE-07 分地区目标合计与总目标不符 — The areas' targets do not add up to the whole area's.
 *
 * A transfer-payment 区域绩效目标表 gives the whole area's target (全省 / 全市 / 合计 …) and, beside it, one
 * target per county or town (Project.recipients). The 区域绩效目标 is what the area as a whole is to deliver; when
 * it is split among the counties, the counties' quantities of one kind add up to it. Only amounts that add up
 * are compared: ≥ / = targets in one unit or units that convert (元 and 万元, 亩 and 万亩). Rates, satisfaction,
 * per-head and per-unit amounts (人均…, 亩均…标准), durations, dates, caps (≤, 成本指标) and text are not added.
 * Rounding is allowed: each figure written with decimals may be off by half of its last digit.
 */
import Big from 'big.js';
import type { IndicatorRow, Project } from '../../model';
import { nothingHere } from '../../recipient-none';
import type { ParsedValue } from '../../types';
import { unitFactor } from '../../unit-scale';
import { measureOf, nameClass, unitClass } from '../../units';
import type { Rule } from '../types';
import { cite } from '../cite';
import { nameOf } from '../util';

/** A head naming the whole area, not one county: 全省, 全市目标值, 全区, 合计, 区域目标值. Not 全年 (a period). */
const WHOLE = /全(?:省|市|区|州|县|盟|旗|域|地区|自治区)|合计|总计|汇总|区域|总体|整体/;
/** A recipient column that is itself a total (… | 丙县 | 合计): not a county. */
const TOTAL_COLUMN = /^(?:合计|小计|总计|汇总|全省|全市|全区|全县)/;
/** Names of amounts that do not add up across counties: per head, per unit, a standard, a rate, an index. */
// “标准” only at the end: 高标准农田面积 is an area, 补助标准 a rate.
const NOT_ADDITIVE = /人均|户均|亩均|平均|均价|单价|每|增长|增幅|降低|下降|提高|提升|(?:标准|定额|率|比例|占比|比重|指数|年限|等级|排名|时限|周期)$/;
const ADDITIVE_UNIT = new Set(['persons', 'personTimes', 'occurrences', 'count', 'money', 'other']);

function headOf(p: Project): string | null {
  const head = (p.areaHead ?? '').replace(/\s+/g, '');
  return WHOLE.test(head) ? head : null;
}

/** The target of the whole area, when it is an amount the counties' amounts add up to. */
function additive(ind: IndicatorRow): boolean {
  const v = ind.target;
  if (ind.cost || v.kind !== 'quantitative' || v.number === null || v.range || v.placeholder || v.date) return false;
  if (v.op !== '≥' && v.op !== '>' && v.op !== '=') return false;
  const cls = unitClass(v.unit);
  if (v.unit !== null && (!cls || !ADDITIVE_UNIT.has(cls) || v.unit.includes('/'))) return false;
  const name = nameClass(ind.level3);
  if (name === 'percent' || name === 'satisfaction' || name === 'growth' || name === 'rateMoney' || name === 'time') return false;
  if (measureOf(ind.level3) !== null) return false;
  return !NOT_ADDITIVE.test(ind.level3);
}

/** Half of the last written digit of a figure with decimals (3.33 → 0.005); a whole number is taken as exact. */
function halfDigit(n: string): Big {
  const dot = n.indexOf('.');
  return dot < 0 ? new Big(0) : new Big(5).times(new Big(10).pow(dot - n.length));
}

/** A county's figure in the total's unit, or null when it cannot be added (text, another kind of unit, a cap). */
function inUnit(v: ParsedValue, unit: string | null): Big | null {
  if (v.kind !== 'quantitative' || v.number === null || v.range || v.placeholder || v.date) return null;
  if (v.op === '≤' || v.op === '<') return null;
  if (v.unit === unit) return new Big(v.number);
  if (v.unit === null || unit === null) return null;
  const f = unitFactor(v.unit, unit);
  return f ? new Big(v.number).times(f.mul).div(f.div) : null;
}

/** The counties' sum for one row: null when a county's figure cannot be added. */
function countiesSum(p: Project, ind: IndicatorRow): { sum: Big; tolerance: Big; n: number; blank: string[] } | null {
  let sum = new Big(0);
  let tolerance = halfDigit(ind.target.number!);
  let n = 0;
  const blank: string[] = [];
  for (let k = 0; k < p.recipients!.length; k++) {
    const who = p.recipients![k].name.replace(/\s+/g, '');
    if (TOTAL_COLUMN.test(who)) continue;
    const v = ind.recipientTargets?.[k];
    const raw = String(v?.raw ?? '').trim();
    if (!v || v.kind === 'missing' || raw === '') {
      blank.push(who);
      continue;
    }
    if (nothingHere(v) || raw === '0') continue; // no share of this target (“/”, “—”, “不涉及”, 0): nothing to add, not a blank
    const x = inUnit(v, ind.target.unit);
    if (!x) return null;
    sum = sum.plus(x);
    const f = v.unit === ind.target.unit ? null : unitFactor(v.unit!, ind.target.unit!);
    tolerance = tolerance.plus(f ? halfDigit(v.number!).times(f.mul).div(f.div) : halfDigit(v.number!));
    n++;
  }
  return n ? { sum, tolerance, n, blank } : null;
}

export const HIE07: Rule = {
  id: 'HIE-07',
  meta: {
    title: '分地区目标合计与总目标不符',
    titleEn: 'The areas’ targets do not add up to the whole area’s',
    description:
      '区域绩效目标表中，全省（全市、合计）目标是各地区目标的汇总：同一计量单位（或可换算的单位，如元与万元）的数量目标，各县（市、区）之和应不少于“≥”目标、等于“=”目标。比率、满意度、人均或单位标准、时限、成本上限和定性指标不相加；允许带小数的各数末位四舍五入的误差。',
    source: cite('HIE-07'),
    evidence: '财预〔2015〕163号（区域绩效目标）[R]；分地区目标合计口径 [I]',
    severity: 'warning',
    fixable: false,
    messages: {
      short: '“{name}”{n} 个地区的目标合计 {sum}，少于“{head}”的 {total}',
      shortBlank: '“{name}”{n} 个地区的目标合计 {sum}，少于“{head}”的 {total}（{blank}未填）',
      unequal: '“{name}”{n} 个地区的目标合计 {sum}，与“{head}”的 {total} 不等',
    },
    messagesEn: {
      short: '“{name}”: the {n} areas’ targets add up to {sum}, less than “{head}” {total}',
      shortBlank: '“{name}”: the {n} areas’ targets add up to {sum}, less than “{head}” {total} ({blank} left blank)',
      unequal: '“{name}”: the {n} areas’ targets add up to {sum}, not “{head}” {total}',
    },
  },
  create(ctx) {
    const p = ctx.project;
    if (!p.recipients || p.recipients.length < 2) return;
    const head = headOf(p);
    if (!head) return;
    for (let i = 0, list = p.indicators; i < list.length; i++) {
      const ind = list[i];
      if (!additive(ind)) continue;
      const got = countiesSum(p, ind);
      if (!got) continue;
      const total = new Big(ind.target.number!);
      const unit = ind.target.rawUnit ?? ind.target.unit ?? '';
      const data = { name: nameOf(ind), head, total: `${total.toString()}${unit}`, sum: `${got.sum.round(6).toString()}${unit}`, n: got.n };
      const at = ctx.valueCell(ind);
      if (got.sum.plus(got.tolerance).lt(total)) {
        if (got.blank.length) ctx.report({ messageId: 'shortBlank', data: { ...data, blank: got.blank.join('、') }, row: at.row, col: at.col });
        else ctx.report({ messageId: 'short', data, row: at.row, col: at.col });
      } else if (ind.target.op === '=' && got.sum.minus(got.tolerance).gt(total)) {
        ctx.report({ messageId: 'unequal', data, row: at.row, col: at.col });
      }
    }
  },
};
