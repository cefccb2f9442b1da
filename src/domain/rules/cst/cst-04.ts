/** CST-04 元与万元混用 — Yuan vs 10k-yuan slip. */
import { dec, type Dec } from '../../decimal';
import { isCostName } from '../../units';
import { formatValue } from '../../value';
import type { Rule } from '../types';
import { cite } from '../cite';
import { fixAt, nameOf, rawOf } from '../util';
import { fmt, budgetOf } from './shared';

/** v ≈ target within 1 %. */
function near(v: Dec, target: Dec): boolean {
  if (target.lte(0)) return false;
  return v.minus(target).abs().lte(target.times(0.01));
}

/** False only when v and target are certainly not within 1 % of each other (NaN or overflow: ask the exact test). */
function maybeNear(v: number, target: number): boolean {
  return !(Math.abs(v - target) > 0.0101 * Math.abs(target) + 1e-9);
}

export const CST04: Rule = {
  id: 'CST-04',
  meta: {
    fix: 'suggest',
    title: '元与万元混用',
    titleEn: 'Yuan vs 10k-yuan slip',
    description:
      '表头单位为万元。成本指标以“元”填写而数值约等于预算数×10000，或以“万元”填写而约等于预算数÷10000，多半是单位写错了量级。前一种情况建议换算为万元（数量不变；由用户确认后手工修改，不自动写入）。',
    source: cite('CST-04'),
    evidence: '[I]',
    severity: 'warning',
    fixable: true,
    messages: {
      yuan: '“{name}”的指标值“{raw}”以元计，约等于预算数 {budget} 万元，宜写作“{fixed}”',
      wan: '“{name}”的指标值“{raw}”约等于预算数 {budget} 的万分之一，量级可能写错（元与万元混用？）',
    },
    messagesEn: {
      yuan: 'The target of “{name}”, “{raw}”, is in yuan and ≈ the budget {budget} (10k yuan); write “{fixed}”',
      wan: 'The target of “{name}”, “{raw}”, is ≈ 1/10000 of the budget {budget}: yuan and 10k yuan mixed up?',
    },
  },
  create(ctx) {
    const b = budgetOf(ctx);
    if (!b) return;
    const p = ctx.project;
    const split = p.columns.unit !== undefined;
    // Decimal division and comparison per row are the cost of this rule on large sheets: a float test first
    // (its 1.01 % margin covers float rounding) lets only rows that may be near reach the exact test.
    const budget = Number(b.value.toString());
    for (let i = 0, list = p.indicators; i < list.length; i++) {
      const ind = list[i];
      const t = ind.target;
      if (t.kind !== 'quantitative' || t.number === null || t.range || t.placeholder) continue;
      if (t.unit !== '元' && t.unit !== '万元') continue;
      if (!(ind.cost || isCostName(ind.level3))) continue;
      if (!maybeNear(Number(t.number), t.unit === '元' ? budget * 10000 : budget / 10000)) continue;
      const v = dec(t.number);
      if (t.unit === '元' && near(v, b.value.times(10000))) {
        const fixed = formatValue({ ...t, number: v.div(10000).toString(), unit: '万元' });
        ctx.report({
          messageId: 'yuan',
          data: { name: nameOf(ind), raw: rawOf(t), budget: fmt(b.value), fixed },
          ...ctx.valueCell(ind),
          fix: split ? undefined : fixAt(ctx.valueCell(ind), fixed),
        });
      } else if (t.unit === '万元' && v.gt(0) && near(v, b.value.div(10000))) {
        ctx.report({ messageId: 'wan', data: { name: nameOf(ind), raw: rawOf(t), budget: fmt(b.value) }, ...ctx.valueCell(ind) });
      }
    }
  },
};
