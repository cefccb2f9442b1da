/** CST-02 成本指标合计超过预算 — Cost rows exceed the budget. */
import type { Rule } from '../types';
import { cite } from '../cite';
import { nameOf } from '../util';
import { isDepartmentWide } from '../hie/department';
import { EPS, fmt, budgetOf, totalCostRows, costSum, floatCostSum, surelyNotOver } from './shared';

export const CST02: Rule = {
  id: 'CST-02',
  meta: {
    title: '成本指标合计超过预算',
    titleEn: 'Cost rows exceed the budget',
    description: '以万元计的总成本类指标（≤、= 或无符号；不含单位成本）之和不应超过预算数：成本目标按预算支出标准设定，不得超出预算。自评表按年初预算数比较。',
    source: cite('CST-02'),
    evidence: 'pmkpi 预算支出标准 [P]；[I]',
    severity: 'warning',
    fixable: false,
    messages: { over: '成本指标合计 {sum} 万元（{names}）超过{label} {budget} 万元' },
    messagesEn: { over: 'Cost rows add up to {sum} (10k yuan) ({names}), more than the budget {budget}' },
  },
  create(ctx) {
    const all = totalCostRows(ctx.project);
    // A 部门整体 table's 运行成本 lines nest (基本支出 ⊃ 人员经费, 公用经费 ⊃ “三公”经费): their sum means nothing, the largest line alone is held to the budget.
    const rows = all.length > 1 && isDepartmentWide(ctx.project) ? [all.reduce((a, x) => (costSum([x]).gt(costSum([a])) ? x : a))] : all;
    const b = budgetOf(ctx);
    if (!rows.length || !b) return;
    // Most tables are nowhere near the line: floats say so without decimal arithmetic.
    const fs = floatCostSum(rows);
    const fb = Number(b.value.toString());
    if (fs !== null && surelyNotOver(fs, fb)) return;
    const sum = costSum(rows);
    if (sum.minus(b.value).gt(EPS))
      ctx.report({ messageId: 'over', data: { sum: fmt(sum), budget: fmt(b.value), label: b.label, names: rows.map(nameOf).join('、') }, ...ctx.valueCell(rows[0]) });
  },
};
