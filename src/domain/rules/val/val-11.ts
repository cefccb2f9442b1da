/** VAL-11 指标值没有比较符号 — Number without an operator. */
import type { Rule } from '../types';
import { cite } from '../cite';
import { nameOf, rawOf } from '../util';

export const VAL11: Rule = {
  id: 'VAL-11',
  meta: {
    title: '指标值没有比较符号',
    titleEn: 'Number without an operator',
    description: '指标值只有数字（“100%”“500 万元”），没有 ≥/≤/=。评分时按“=”处理（成本指标按“≤”），每张表提示一次。表中另有“指标性质/指标方向”列且该行已填写时不提示。',
    source: cite('VAL-11'),
    evidence: '四川 “指标性质” 列 [P]',
    severity: 'info',
    fixable: false,
    messages: { implicit: '{count} 项指标值没有比较符号（如“{name}”的“{raw}”），评分时按“=”处理，成本指标按“≤”' },
    messagesEn: { implicit: '{count} targets have no operator (e.g. “{name}”: “{raw}”); scored as “=”, cost rows as “≤”' },
  },
  create(ctx) {
    const rows = ctx.project.indicators.filter((ind) => {
      const t = ind.target;
      return t.kind === 'quantitative' && t.opImplicit && t.number !== null && t.unit !== 'date' && !t.range && !t.placeholder && ind.nature === null;
    });
    if (!rows.length) return;
    const first = rows[0];
    ctx.report({ messageId: 'implicit', data: { count: rows.length, name: nameOf(first), raw: rawOf(first.target) }, ...ctx.valueCell(first) });
  },
};
