/** SE-14 不适用的指标 — 不适用 (not applicable) rows. */
import type { Rule } from '../types';
import { cite } from '../cite';
import { nameOf } from '../util';
import { cellOf } from './shared';

export const SE14: Rule = {
  id: 'SE-14',
  meta: {
    title: '不适用的指标',
    titleEn: '不适用 (not applicable) rows',
    description: '标为“不适用”的指标不考核；用适用指标的得分汇总后按百分制折算总分。',
    source: cite('SE-14'),
    evidence: '自评表注“对于不适用部分评价对象的评价指标，不考核该指标” [V copy]；pmkpi 不适用 枚举 [P]',
    severity: 'info',
    fixable: false,
    messages: { na: '“{name}”不适用，不参与评分；总分按其余指标折算为百分制' },
    messagesEn: { na: '“{name}” is not applicable: it is not scored, and the total is rescaled to 100 over the remaining items' },
  },
  create(ctx) {
    for (let i = 0, list = ctx.project.indicators; i < list.length; i++) {
      const ind = list[i];
      if (ind.actual?.notApplicable) ctx.report({ messageId: 'na', data: { name: nameOf(ind) }, ...cellOf(ctx, ind, 'actual') });
      else if (ind.target.notApplicable) ctx.report({ messageId: 'na', data: { name: nameOf(ind) }, ...ctx.valueCell(ind) });
    }
  },
};
