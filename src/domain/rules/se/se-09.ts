/** SE-09 超额完成未说明 — Over-achievement without an explanation. */
import type { Rule } from '../types';
import { cite } from '../cite';
import { EVALUATION_MEASURES_2020 } from '../evidence';
import { nameOf, num, pct } from '../util';
import { fractionActual, inSheetUnit } from '../../scoring';
import { unitFactor } from '../../unit-scale';
import { targetUnitFor } from '../../unit-target';
import { rowScore, noReason, cellOf } from './shared';

export const SE09: Rule = {
  id: 'SE-09',
  meta: {
    title: '超额完成未说明',
    titleEn: 'Over-achievement without an explanation',
    description:
      '实际完成值达到指标值的 130% 及以上（指标值为 0 时完成值 ≥ 30），须说明“实际完成情况超计划较大”的原因，并核实年初指标值是否设定偏低（10号：按偏离度适度调减分值，但没有公式，本工具不自动扣分）。阈值可配置。',
    source: cite('SE-09'),
    evidence: `${EVALUATION_MEASURES_2020} 超额条款；广西 pmkpi 规则 [P]`,
    severity: 'warning',
    fixable: false,
    messages: { over: '“{name}”实际完成值 {actual} 达到指标值 {target} 的 {ratio}，须说明“实际完成情况超计划较大”的原因，并核实指标值是否设定偏低' },
    messagesEn: { over: 'The actual value of “{name}”, {actual}, is {ratio} of the target {target}: explain the over-achievement and check whether the target was set too low' },
  },
  create(ctx) {
    for (let i = 0, list = ctx.project.indicators; i < list.length; i++) {
      const ind = list[i];
      // No actual, no over-achievement (the score record says no-actual): a 目标表's records are not looked up.
      if (!ind.actual || ind.actual.kind === 'missing') continue;
      const rs = rowScore(ctx, ind);
      if (rs?.reasonNeeded !== 'over' || !noReason(ind.reason)) continue;
      const a = ind.actual?.value ?? null;
      // The actual as scoring read it: a fraction under a % target ×100, another unit converted (0.6 for ≥5% is 1200 %, not 12 %).
      const au = ind.actual?.unit;
      const tu = targetUnitFor(au, ind.target);
      const f = au && tu && au !== tu ? unitFactor(au, tu) : null;
      const sheetRead = inSheetUnit(ind, ctx.project.money?.unit);
      const read = a === null ? null : fractionActual(ind) ? a * 100 : f ? (a * Number(f.mul)) / Number(f.div) : sheetRead ? Number(sheetRead) : a;
      // Above a range (“90%-95%”), the bound passed is the high one.
      const t = ind.target.upper !== undefined ? Number(ind.target.upper) : ind.target.value;
      ctx.report({
        messageId: 'over',
        data: {
          name: nameOf(ind),
          actual: num(a),
          target: num(t),
          ratio: t ? pct((read ?? 0) / t) : '—',
        },
        ...cellOf(ctx, ind, 'reason'),
      });
    }
  },
};
