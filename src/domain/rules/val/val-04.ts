/** VAL-04 数量型指标写成定性值 — Quantity-named indicator with a qualitative value. */
import type { Rule } from '../types';
import { cite } from '../cite';
import { CLASS_LABEL, CLASS_LABEL_EN, nameOf, nameRaw, rawOf } from '../util';
import { quantityName } from './shared';
import { textWithOp } from './val-02';

export const VAL04: Rule = {
  id: 'VAL-04',
  meta: {
    title: '数量型指标写成定性值',
    titleEn: 'Quantity-named indicator with a qualitative value',
    description:
      '名称表明是可计量的量（…率、比例、占比、人数、次数、数量、金额、成本、满意度），指标值却是文字（“覆盖度高”“符合规定”）。绩效目标应“尽量进行定量表述”。指标值类型列写“定量”而值是文字时同样提示。',
    source: cite('VAL-04'),
    evidence: '2011 “尽量进行定量表述” [V]；seed 项目 2 [V]',
    severity: 'warning',
    fixable: false,
    messages: {
      qualitative: '“{name}”是{label}指标，指标值“{raw}”不是数值',
      declared: '“{name}”的指标值类型为“定量”，指标值“{raw}”却不是数值',
    },
    messagesEn: {
      qualitative: '“{name}” is {labelEn} indicator, but its target “{raw}” is not a number',
      declared: '“{name}” is declared 定量 (quantitative), but its target “{raw}” is not a number',
    },
  },
  create(ctx) {
    for (let i = 0, list = ctx.project.indicators; i < list.length; i++) {
      const ind = list[i];
      const t = ind.target;
      // “不低于上年” (an operator, no number): VAL-02 asks for the number once.
      if (t.kind !== 'qualitative' || t.notApplicable || textWithOp(t)) continue;
      const cls = quantityName(ind);
      if (cls) ctx.report({ messageId: 'qualitative', data: { name: nameOf(ind), raw: rawOf(t), label: CLASS_LABEL[cls], labelEn: CLASS_LABEL_EN[cls] }, ...ctx.valueCell(ind) });
      else if (ind.valueType === '定量') ctx.report({ messageId: 'declared', data: nameRaw(ind), ...ctx.valueCell(ind) });
    }
  },
};
