/** SE-11 执行数超过预算数 — Executed more than the budget. */
import { dec } from '../../decimal';
import type { Rule } from '../types';
import { cite } from '../cite';
import { num, pct } from '../util';

export const SE11: Rule = {
  id: 'SE-11',
  meta: {
    title: '执行数超过预算数',
    titleEn: 'Executed more than the budget',
    description: '全年执行数超过全年预算数，需要说明；执行得分按分值封顶（执行率按 100% 计）。',
    source: cite('SE-11'),
    evidence: 'pmkpi 封顶 [P]',
    severity: 'warning',
    fixable: false,
    messages: { over: '全年执行数 {executed} 万元超过全年预算数 {budget} 万元（执行率 {rate}），执行得分按分值 {weight} 封顶' },
    messagesEn: { over: 'Executed {executed} exceeds the budget {budget} (rate {rate}); the execution score is capped at {weight}' },
  },
  create(ctx) {
    const f = ctx.project.funds;
    const ex = ctx.score.execution;
    if (f.headerRow === null || ex.budget === null || ex.executed === null || ex.budget <= 0) return;
    if (dec(ex.executed).lte(ex.budget)) return;
    const at = ex.fromParts ? (f.parts.find((x) => x.executed && x.executed.value)?.executed ?? f.executed) : f.executed;
    ctx.report({
      messageId: 'over',
      data: { executed: num(ex.executed), budget: num(ex.budget), rate: pct(ex.rate), weight: num(ex.weight) },
      row: at?.row ?? f.row ?? ctx.project.headerRow,
      col: at?.col ?? 2,
    });
  },
};
