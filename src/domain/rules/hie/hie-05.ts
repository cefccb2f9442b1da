/** HIE-05 三级指标名称或指标值缺失 — Missing 三级 name or value. */
import type { Rule } from '../types';
import { cite } from '../cite';
import { evaluationLevel1, isEvaluationFramework } from '../../framework';

export const HIE05: Rule = {
  id: 'HIE-05',
  meta: {
    title: '三级指标名称或指标值缺失',
    titleEn: 'Missing 三级 name or value',
    description: '每个三级指标都必须有名称（不超过 100 字）和指标值。',
    source: cite('HIE-05'),
    evidence: 'pmkpi “必录项”“不能大于100个字” [P]',
    severity: 'error',
    fixable: false,
    messages: {
      noName: '第 {row} 行没有三级指标名称',
      noValue: '“{name}”没有指标值',
      tooLong: '三级指标名称有 {n} 个字，超过 100 字',
    },
    messagesEn: {
      noName: 'Row {row} has no 三级 indicator name',
      noValue: '“{name}” has no target value',
      tooLong: 'The 三级 name has {n} characters (over 100)',
    },
  },
  create(ctx) {
    const p = ctx.project;
    // On the evaluation framework, 决策 / 过程 rows (and a scoring sheet without a 指标值 column) are judged by 评价标准.
    const framework = isEvaluationFramework(p.indicators);
    const judged = (ind: (typeof p.indicators)[number]) => framework && (p.columns.target === undefined || !!evaluationLevel1(ind.level1Text));
    for (let i = 0, list = p.indicators; i < list.length; i++) {
      const ind = list[i];
      if (p.columns.level3 !== undefined && !ind.level3) ctx.report({ messageId: 'noName', data: { row: ind.row }, row: ind.row, col: ctx.col('level3') });
      if (ind.level3.length > 100) ctx.report({ messageId: 'tooLong', data: { n: ind.level3.length }, row: ind.row, col: ctx.col('level3') });
      // A formula saved without a result is unknown, not empty: NRM-07 says so once.
      if (ind.target.kind === 'missing' && !ind.target.placeholder && !ind.noResult?.includes('target') && !judged(ind))
        ctx.report({ messageId: 'noValue', data: { name: ind.level3 || ind.level2Text || `第${ind.row}行` }, ...ctx.valueCell(ind) });
    }
  },
};
