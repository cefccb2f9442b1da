/** HIE-06 三级指标重复 — Duplicate 三级 indicator. */
import type { Rule } from '../types';
import { cite } from '../cite';

export const HIE06: Rule = {
  id: 'HIE-06',
  meta: {
    title: '三级指标重复',
    titleEn: 'Duplicate 三级 indicator',
    description: '同一项目内三级指标名称重复，自评时无法区分。',
    source: cite('HIE-06'),
    evidence: '[I]',
    severity: 'warning',
    fixable: false,
    messages: { duplicate: '“{name}”与第 {first} 行重复' },
    messagesEn: { duplicate: '“{name}” duplicates row {first}' },
  },
  create(ctx) {
    const seen = new Map<string, number>();
    for (let i = 0, list = ctx.project.indicators; i < list.length; i++) {
      const ind = list[i];
      // A name merged down over several targets was written once (its lower rows' own cells are empty).
      if (!ind.level3 || ind.mergedName) continue;
      const first = seen.get(ind.level3);
      if (first !== undefined) ctx.report({ messageId: 'duplicate', data: { name: ind.level3, first }, row: ind.row, col: ctx.col('level3') });
      else seen.set(ind.level3, ind.row);
    }
  },
};
