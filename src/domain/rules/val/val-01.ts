/** VAL-01 指标值是占位符 — Placeholder in the target value. */
import type { Rule } from '../types';
import { cite } from '../cite';
import { nameOf, rawOf } from '../util';

export const VAL01: Rule = {
  id: 'VAL-01',
  meta: {
    title: '指标值是占位符',
    titleEn: 'Placeholder in the target value',
    description: '模板里的占位符（*、**、XX、_、-）没有换成实际目标值。预算管理一体化系统通常也拒绝含 *、_、- 的指标值。',
    source: cite('VAL-01'),
    evidence: 'pmkpi “不符合规范” [P]；申报模板以 ** 作占位 [V]',
    severity: 'error',
    fixable: false,
    messages: { placeholder: '“{name}”的指标值“{raw}”是占位符，没有填写实际目标值' },
    messagesEn: { placeholder: 'The target of “{name}”, “{raw}”, is a placeholder, not a real value' },
  },
  create(ctx) {
    for (let i = 0, list = ctx.project.indicators; i < list.length; i++) {
      const ind = list[i];
      if (!ind.target.placeholder) continue;
      ctx.report({ messageId: 'placeholder', data: { name: nameOf(ind), raw: rawOf(ind.target) }, ...ctx.valueCell(ind) });
    }
  },
};
