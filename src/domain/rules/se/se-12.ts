/** SE-12 全年预算数为 0 或空 — Budget zero or missing. */
import type { Rule } from '../types';
import { cite } from '../cite';
import { num } from '../util';

export const SE12: Rule = {
  id: 'SE-12',
  meta: {
    title: '全年预算数为 0 或空',
    titleEn: 'Budget zero or missing',
    description: '全年预算数为 0 或空（且“其中”各行也没有数）时无法计算执行率和执行得分。',
    source: cite('SE-12'),
    evidence: 'indicator_audit [P]',
    severity: 'error',
    fixable: false,
    messages: {
      zero: '全年预算数为 0，无法计算执行率（全年执行数 {executed}）',
      missing: '全年预算数为空，无法计算执行率',
    },
    messagesEn: {
      zero: 'The budget is 0, so the execution rate cannot be computed (executed {executed})',
      missing: 'The budget is empty, so the execution rate cannot be computed',
    },
  },
  create(ctx) {
    const f = ctx.project.funds;
    const ex = ctx.score.execution;
    if (f.headerRow === null || f.row === null || ex.fromParts || ex.fromRate) return;
    if (ex.budget !== null && ex.budget > 0) return;
    const at = f.total ?? f.initial;
    const where = { row: at?.row ?? f.row, col: at?.col ?? f.cols.total ?? 2 };
    if (ex.budget === null) ctx.report({ messageId: 'missing', ...where });
    else ctx.report({ messageId: 'zero', data: { executed: num(ex.executed) }, ...where });
  },
};
