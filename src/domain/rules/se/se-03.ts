/** SE-03 完成值单位与指标值不同 — Actual value in another unit. */
import type { Rule } from '../types';
import { sameCount } from '../../units';
import { unitFactor, workdaysAgainstCalendar } from '../../unit-scale';
import { targetUnitFor } from '../../unit-target';
import { fractionActual, inSheetUnit, overOneUnsure } from '../../scoring';
import { shownUnit } from '../../percent-cell';
import { dec } from '../../decimal';
import { cite } from '../cite';
import { nameOf } from '../util';
import { cellOf } from './shared';

const unitName = (u: string) => (u === 'date' ? '日期' : u);

export const SE03: Rule = {
  id: 'SE-03',
  meta: {
    title: '完成值单位与指标值不同',
    titleEn: 'Actual value in another unit',
    description:
      '实际完成值的单位（规范化后）应与年度指标值相同，否则无法比较，也无法计分。完成值不写单位时按指标值的单位理解；同一计量的不同单位（元与万元、‰与%、千克与吨、米与公里、个月与年，天与月、年按一个月 30 天、一年 365 天，天与小时按一天 24 小时）先换算再比较；工作日与自然日不能换算。指标值单位括号中的另一单位（“≥36台(套)”填“40套”），以及比率指标值省去“/人”等的完成值（“1000元/人”填“1000元”；按期计数如“次/季度”除外），按同一计量比较。指标值为百分比（大于 1%）而完成值是常规格式单元格中不大于 1 的数（0.98，或只含这个数的文本）时，按 Excel 保存百分比的方式读作 98%；两种读法都说得通时（如“≥5%”填 0.6）提示所作的理解。比率超过 100% 时常见 1.2 这样的数（Excel 以 1.2 保存 120%）：不大于 1.5 的数在读作百分比更接近指标值时（“≥100%”填 1.2）读作 120%；指标值较小、两种读法都说得通时（“≥5%”填 1.2）按所填的 1.2% 计分并提示；“≤”“＜”类指标值下按所填读取。金额类指标值的单位与表中金额单位不同（表以万元计，指标值“≤0.16亿元”）而完成值只写数字时，按更接近指标值的一种单位理解（1500 读作 1500 万元，即 0.15 亿元），按表中金额单位理解时提示。完成值是设为百分比格式的单元格中的数字而指标值不以百分比计（“≥10人”的单元格显示 12%）时，按单元格显示的数字以指标值的单位理解（12 人，与 fill 写入的得分公式相同），并提示。',
    source: cite('SE-03'),
    evidence: '[I]',
    severity: 'error',
    variants: { fraction: 'info', overOne: 'info', sheetUnit: 'info', percentCell: 'info' },
    fixable: false,
    messages: {
      unit: '“{name}”的实际完成值单位“{actual}”与指标值单位“{target}”不同，无法计分',
      workdays: '“{name}”的实际完成值以“{actual}”计，指标值以“{target}”计：工作日与自然日不能换算，无法计分；请按指标值的单位填写',
      fraction: '“{name}”的实际完成值 {actual} 是常规格式的小数，已按 {percent}% 计分；如指 {actual}%，请写作“{actual}%”',
      overOne: '“{name}”的实际完成值 {actual} 是常规格式的数，已按 {actual}% 计分；如指 {percent}%（Excel 以 {actual} 保存 {percent}%），请写作“{percent}%”',
      sheetUnit: '“{name}”的实际完成值 {actual} 未写单位，已按表中金额单位“{unit}”理解（即 {converted}{target}）；如指 {actual}{target}，请写明单位',
      percentCell: '“{name}”的实际完成值单元格设为百分比格式（显示 {actual}%），已按 {actual}{target} 计分；请将该单元格改为常规格式',
    },
    messagesEn: {
      unit: 'The actual value of “{name}” is in “{actual}”, the target in “{target}”; it cannot be scored',
      workdays:
        'The actual value of “{name}” is in “{actual}”, the target in “{target}”: working days do not convert to calendar days, so it cannot be scored; write it in the target’s unit',
      fraction: 'The actual value of “{name}”, {actual} in a General cell, was scored as {percent}%; if {actual}% is meant, write “{actual}%”',
      overOne: 'The actual value of “{name}”, {actual} in a General cell, was scored as {actual}%; if {percent}% is meant (Excel keeps {percent}% as {actual}), write “{percent}%”',
      sheetUnit:
        'The actual value of “{name}”, {actual} with no unit, was read in the sheet’s money unit “{unit}” ({converted} {target}); if {actual} {target} is meant, write the unit',
      percentCell: 'The actual value of “{name}” is in a percent-formatted cell (shown as {actual}%); it was scored as {actual} {target}; format the cell as General',
    },
  },
  create(ctx) {
    for (let i = 0, list = ctx.project.indicators; i < list.length; i++) {
      const ind = list[i];
      const t = ind.target;
      const a = ind.actual;
      if (a && fractionActual(ind) === 'unsure') {
        ctx.report({
          messageId: 'fraction',
          variant: 'fraction',
          data: { name: nameOf(ind), actual: a.number!, percent: dec(a.number!).times(100).toFixed() },
          ...cellOf(ctx, ind, 'actual'),
        });
        continue;
      }
      if (a && overOneUnsure(ind)) {
        ctx.report({
          messageId: 'overOne',
          variant: 'overOne',
          data: { name: nameOf(ind), actual: a.number!, percent: dec(a.number!).times(100).toFixed() },
          ...cellOf(ctx, ind, 'actual'),
        });
        continue;
      }
      const sheetRead = inSheetUnit(ind, ctx.project.money?.unit);
      if (a && sheetRead) {
        const data = { name: nameOf(ind), actual: a.number!, unit: ctx.project.money.unit, converted: sheetRead.toString(), target: t.rawUnit || t.unit! };
        ctx.report({ messageId: 'sheetUnit', variant: 'sheetUnit', data, ...cellOf(ctx, ind, 'actual') });
        continue;
      }
      if (!a || t.kind !== 'quantitative' || a.kind !== 'quantitative' || !t.unit || !a.unit || sameCount(a.unit, targetUnitFor(a.unit, t))) continue;
      if (shownUnit(a, targetUnitFor(a.unit, t)) === null) {
        ctx.report({
          messageId: 'percentCell',
          variant: 'percentCell',
          data: { name: nameOf(ind), actual: a.number!, target: unitName(t.rawUnit || t.unit) },
          ...cellOf(ctx, ind, 'actual'),
        });
        continue;
      }
      // 118万 or 1,180,000元 for a target in 万元: the same quantity, converted before scoring.
      if (unitFactor(a.unit, targetUnitFor(a.unit, t)!)) continue;
      const messageId = workdaysAgainstCalendar(a.unit, t.unit) ? 'workdays' : 'unit';
      ctx.report({ messageId, data: { name: nameOf(ind), actual: unitName(a.rawUnit || a.unit), target: unitName(t.rawUnit || t.unit) }, ...cellOf(ctx, ind, 'actual') });
    }
  },
};
