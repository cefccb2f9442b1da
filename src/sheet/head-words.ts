/**
 * Heads in spellings the main list does not name, asked only when it names none: 计划目标值 / 年度计划值 / 本年度计划水平 / 全省目标值 (the target),
 * 完成指标值 / 本年完成值 / 年度完成值 (what was done), 满分 (the points), 考核得分 / 评估得分 / 核定得分 (the score). A bare
 * 完成数 or 计划数 stays unnamed: funds blocks use them for money.
 */
import type { Columns, Role } from '../domain/model';

const MORE: [Role, RegExp][] = [
  ['target', /^(计划目标值|年度计划值|年度计划目标值|计划值|年度目标|预期目标|年度预期目标)$/],
  // 上年度实际水平 | 本年度计划水平 (市县 部门预算项目绩效目标申报表): the year's planned level is its target.
  ['target', /^(年度)?(计划|目标|预期)水平$/],
  // A 区域绩效目标表's target for the whole area, before its per-county columns: 全省目标值, 全市年度指标值, 区域目标值.
  ['target', /^(全省|全市|全州|全盟|全县|全旗|全区|区域|省级|市级|县级)(年度)?(目标值|指标值)$/],
  ['actual', /^(完成指标值|(本年|年度|当年|全年)(实际)?完成值|实际完成指标值)$/],
  ['weight', /^(满分|满分值|指标满分)$/],
  ['score', /^(考核得分|评估得分|核定得分|最终得分|评定得分)$/],
  // An operator column headed without 号 or as the relation it states: 比较符, 关系符, 比较关系.
  ['op', /^(比较符|关系符|比较关系|运算关系|关系)$/],
];

/** A grid with no 一级 / 二级 head: 指标类别 | 指标名称 | 指标值 — the 类别 column holds the 二级 (产出数量, 效益-社会效益). */
const CATEGORY = /^(指标类别|指标分类)$/;

export function categoryAsLevel2(folded: string[], cols: Columns): void {
  if (cols.level1 !== undefined || cols.level2 !== undefined || cols.level3 === undefined) return;
  const c = folded.findIndex((t) => CATEGORY.test(t)) + 1;
  if (c > 0 && c < cols.level3) cols.level2 = c;
}

/** The role of a folded head the main list left unnamed, or null. (A)/(B) marks and brackets are allowed after it. */
export function moreRole(t: string): Role | null {
  const core = t.replace(/\([^)]*\)$/, '');
  for (let i = 0; i < MORE.length; i++) {
    const role = MORE[i][0],
      re = MORE[i][1];
    if (re.test(core)) return role;
  }
  return null;
}
