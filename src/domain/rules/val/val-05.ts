/** VAL-05 定性指标值只有趋势词 — Qualitative value is a bare trend word. */
import { memoise } from '../../memo';
import { canonicalName } from '../../text';
import type { Rule } from '../types';
import { cite } from '../cite';
import { nameRaw, rawOf } from '../util';
import { val04Applies } from './shared';

// Trend and degree words (docs/domain.md §5.1) and the adverbs that go with them.
const VAGUE_END = /(提升|提高|增强|加强|明显|显著|持续|有效|全面|健全|完善|改善|高)$/;
const VAGUE_RULE = /^符合(相关|有关|国家|上级)?(规定|要求)$/;
// A grade, a standard or a measure makes the text assessable.
const GRADED = /(达到|达成|未|基本|部分|好|一般|差|优|良|合格|等级|档|级|分|标准|[0-9%])/;

/** True for a qualitative value that only names a trend or degree (“全面提升”, “覆盖度高”, “符合规定”). */
export function isBareTrend(text: string): boolean {
  return bareTrendMemo(text);
}

const bareTrendMemo = memoise((text) => {
  const s = canonicalName(text).replace(/[。.!！；;，,、\s]+$/g, '');
  if (!s) return false;
  if (VAGUE_RULE.test(s)) return true;
  return VAGUE_END.test(s) && !GRADED.test(s);
});

export const VAL05: Rule = {
  id: 'VAL-05',
  meta: {
    title: '定性指标值只有趋势词',
    titleEn: 'Qualitative value is a bare trend word',
    description:
      '定性指标值只是趋势或程度词（提升、提高、增强、明显、显著、持续、有效、全面、高、健全、符合规定），没有分级分档，无法衡量。建议改为分级表述（达到/基本达到/未达到；好/较好/一般/差）或数值。名称本身是可计量量的行由 VAL-04 报告，这里不重复。',
    source: cite('VAL-05'),
    evidence: '2011 “定性的分级分档形式表述” [V]；财预〔2015〕88号 “可衡量性” [R]',
    severity: 'warning',
    fixable: false,
    messages: { bare: '“{name}”的指标值“{raw}”只是趋势或程度词，无法衡量；宜改为分级表述（达到/基本达到/未达到）或数值' },
    messagesEn: { bare: 'The target of “{name}”, “{raw}”, is only a trend or degree word and cannot be measured; use grades (达到/基本达到/未达到) or a number' },
  },
  create(ctx) {
    for (let i = 0, list = ctx.project.indicators; i < list.length; i++) {
      const ind = list[i];
      const t = ind.target;
      if (t.kind !== 'qualitative' || t.notApplicable || t.placeholder || val04Applies(ind)) continue;
      if (isBareTrend(rawOf(t))) ctx.report({ messageId: 'bare', data: nameRaw(ind), ...ctx.valueCell(ind) });
    }
  },
};
