/** VAL-07 满意度不是“≥N%” — Satisfaction not written as ≥ N %. */
import { nameClass } from '../../units';
import type { IndicatorRow } from '../../model';
import type { Rule } from '../types';
import { cite } from '../cite';
import { nameRaw } from '../util';
import { val04Applies, WRITTEN_OPS } from './shared';

function isSatisfaction(ind: IndicatorRow): boolean {
  const cls = nameClass(ind.level3);
  return cls === 'satisfaction' || (ind.level2 === '服务对象满意度指标' && cls === null);
}

export const VAL07: Rule = {
  id: 'VAL-07',
  meta: {
    title: '满意度不是“≥N%”',
    titleEn: 'Satisfaction not written as ≥ N %',
    description: '所见的满意度指标都写作“≥N%”（下限）。没有比较符号、写成“=”“≤”，或满意度栏下的指标用文字表述时提示。没有发现官方的最低值，故不检查 N 的大小。',
    source: cite('VAL-07'),
    evidence: 'docs/domain.md §5.5：seed、宁晋、池州 等实例 [P]',
    severity: 'warning',
    fixable: false,
    messages: {
      notGe: '满意度指标“{name}”应写作“≥N%”，现为“{raw}”',
      qualitative: '满意度指标“{name}”应写作“≥N%”，现为文字“{raw}”',
    },
    messagesEn: {
      notGe: 'Satisfaction indicator “{name}” should read “≥N%”; it is “{raw}”',
      qualitative: 'Satisfaction indicator “{name}” should read “≥N%”; it is the text “{raw}”',
    },
  },
  create(ctx) {
    for (let i = 0, list = ctx.project.indicators; i < list.length; i++) {
      const ind = list[i];
      const t = ind.target;
      if (!isSatisfaction(ind) || t.notApplicable || t.placeholder) continue;
      if (t.kind === 'quantitative' && t.number !== null) {
        const op = WRITTEN_OPS(t);
        const unitOk = t.unit === null || t.unit === '%';
        if (!unitOk) continue; // VAL-08 reports a wrong unit
        if (op !== '≥' && op !== '>') ctx.report({ messageId: 'notGe', data: nameRaw(ind), ...ctx.valueCell(ind) });
      } else if (t.kind === 'qualitative' && !val04Applies(ind) && t.op === null) {
        ctx.report({ messageId: 'qualitative', data: nameRaw(ind), ...ctx.valueCell(ind) });
      }
    }
  },
};
