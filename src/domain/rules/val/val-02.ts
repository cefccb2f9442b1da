/** VAL-02 有比较符号没有数值 — Operator without a number. */
import type { Rule } from '../types';
import { cite } from '../cite';
import { nameOf, rawOf } from '../util';
import type { ParsedValue } from '../../types';

const DIGIT = /\d/;
const OP_START = /^\s*(≥|≤|>=|<=|=>|=<|≧|≦|＞＝|＜＝|>|<|＞|＜|=|＝|大于|小于|不低于|不少于|不高于|不超过|至少|至多|等于)/;

/** Text with an operator and no number (“≥上年”, “不低于上年”): VAL-02 asks for the number, so VAL-04 does not ask again. */
export function textWithOp(t: ParsedValue): boolean {
  return t.kind === 'qualitative' && (t.op !== null || (OP_START.test(rawOf(t)) && !DIGIT.test(rawOf(t))));
}

export const VAL02: Rule = {
  id: 'VAL-02',
  meta: {
    title: '有比较符号没有数值',
    titleEn: 'Operator without a number',
    description: '指标值写了比较符号（≥、≤、不低于 …），却没有可识别的数值，如“≥ 万元”“≥上年”。定量指标值必须是数值。',
    source: cite('VAL-02'),
    evidence: 'pmkpi 数值正则“定量指标的指标值为数值！” [P]',
    severity: 'error',
    fixable: false,
    messages: { noNumber: '“{name}”的指标值“{raw}”有比较符号却没有数值' },
    messagesEn: { noNumber: 'The target of “{name}”, “{raw}”, has an operator but no number' },
  },
  create(ctx) {
    for (let i = 0, list = ctx.project.indicators; i < list.length; i++) {
      const ind = list[i];
      const t = ind.target;
      if (t.placeholder || t.notApplicable || t.kind === 'missing') continue;
      const quantNoNumber = t.kind === 'quantitative' && t.number === null && t.unit !== 'date' && !t.opImplicit;
      if (quantNoNumber || textWithOp(t)) ctx.report({ messageId: 'noNumber', data: { name: nameOf(ind), raw: rawOf(t) }, ...ctx.valueCell(ind) });
    }
  },
};
