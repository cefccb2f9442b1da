/** CST-03 成本指标合计与预算不一致 — Cost rows differ from the budget. */
import type { Rule } from '../types';
import { cite } from '../cite';
import { TIANJIN_2024_SEED } from '../evidence';
import { nameOf } from '../util';
import { EPS, fmt, budgetOf, totalCostRows, costSum, floatCostSum, surelyNotOver } from './shared';

export const CST03: Rule = {
  id: 'CST-03',
  meta: {
    title: '成本指标合计与预算不一致',
    titleEn: 'Cost rows differ from the budget',
    description: '总成本类指标之和低于预算数。常见做法是总成本目标等于预算数（公开的目标表中多数如此）；不一致时提示核对，不是错误。',
    source: cite('CST-03'),
    evidence: `${TIANJIN_2024_SEED}（成本 = 预算数）`,
    severity: 'info',
    fixable: false,
    messages: { under: '成本指标合计 {sum} 万元（{names}）与{label} {budget} 万元不一致' },
    messagesEn: { under: 'Cost rows add up to {sum} (10k yuan) ({names}), not the budget {budget}' },
  },
  create(ctx) {
    const rows = totalCostRows(ctx.project);
    const b = budgetOf(ctx);
    if (!rows.length || !b) return;
    // Most tables are nowhere near the line: floats say so without decimal arithmetic.
    const fs = floatCostSum(rows);
    const fb = Number(b.value.toString());
    if (fs !== null && surelyNotOver(fb, fs)) return;
    const sum = costSum(rows);
    if (b.value.minus(sum).gt(EPS))
      ctx.report({ messageId: 'under', data: { sum: fmt(sum), budget: fmt(b.value), label: b.label, names: rows.map(nameOf).join('、') }, ...ctx.valueCell(rows[0]) });
  },
};
