/** VAL-06 百分比超出 0–100 — Percentage outside 0–100. */
import { nameClass } from '../../units';
import type { Rule } from '../types';
import { cite } from '../cite';
import { CLASS_LABEL, CLASS_LABEL_EN, nameOf, rawOf } from '../util';

export const VAL06: Rule = {
  id: 'VAL-06',
  meta: {
    title: '百分比超出 0–100',
    titleEn: 'Percentage outside 0–100',
    description: '比率、满意度类指标的百分比应在 0% 到 100% 之间；增长率、增幅、下降率等可以超过 100% 或为负，不在此列。',
    source: cite('VAL-06'),
    evidence: '[I]',
    severity: 'error',
    fixable: false,
    messages: { range: '“{name}”是{label}指标，指标值“{raw}”超出 0%–100%' },
    messagesEn: { range: '“{name}” is {labelEn} indicator; its target “{raw}” is outside 0 %–100 %' },
  },
  create(ctx) {
    for (let i = 0, list = ctx.project.indicators; i < list.length; i++) {
      const ind = list[i];
      const t = ind.target;
      if (t.kind !== 'quantitative' || t.unit !== '%' || t.value === null) continue;
      const cls = nameClass(ind.level3);
      if (cls !== 'percent' && cls !== 'satisfaction') continue;
      if (t.value < 0 || t.value > 100)
        ctx.report({ messageId: 'range', data: { name: nameOf(ind), raw: rawOf(t), label: CLASS_LABEL[cls], labelEn: CLASS_LABEL_EN[cls] }, ...ctx.valueCell(ind) });
    }
  },
};
