/**
 * A row the form printed for the department to fill and that was left as printed: the template names
 * the indicator (“指标2：灌区节水改造面积”) and puts only the unit or operator where the figure goes
 * (“万亩”, “≧ %”). No figure, no actual: it is not an indicator the department set (陕西 区县 水利发展资金
 * 绩效目标表 style, where a province lists candidate indicators and asks for those that apply).
 */
import type { IndicatorRow } from '../domain/model';
import { reason, type Reason } from './reasons';
import { unitClass } from '../domain/units';

/** “指标1：”, “指标 2:” — the template's own numbering, not a 三级 name someone typed. */
const TEMPLATE_NUMBER = /^\s*(?:三级|具体)?指标\s*[\d一二三四五六七八九十]{1,2}\s*[:：]/;
/** A unit or an operator and a unit with no digit: “公里”, “万亩”, “≧ %”, “≥ 个”. */
const UNIT_ONLY = /^[≥≤≧≦>＞<＜=＝]?\s*[^\d\s≥≤≧≦>＞<＜=＝]{1,4}$/;
const OPERATOR = /^[≥≤≧≦>＞<＜=＝]/;

export function unfilledTemplate(ind: IndicatorRow): Reason | null {
  const target = ind.target.raw.trim();
  if (!target || !TEMPLATE_NUMBER.test(ind.raw.level3) || !UNIT_ONLY.test(target)) return null;
  // Only a unit: a word such as “明显改善” or “无” is a qualitative target someone wrote.
  const cls = unitClass(target.replace(OPERATOR, '').trim());
  if (cls === null || cls === 'other') return null;
  if (ind.actual && /\d/.test(ind.actual.raw)) return null;
  return reason('unitOnly', { text: ind.raw.level3.trim(), unit: target });
}
