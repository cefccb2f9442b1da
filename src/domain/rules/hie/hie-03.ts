/** HIE-03 指标体系代际 — Indicator generation. */
import type { Rule } from '../types';
import { cite } from '../cite';

export const HIE03: Rule = {
  id: 'HIE-03',
  meta: {
    title: '指标体系代际',
    titleEn: 'Indicator generation',
    description: '识别第一代（成本为产出下的二级）、第二代（成本为一级，含经济/社会/生态环境成本）或混合写法；同一表中混用两代给出警告。',
    source: cite('HIE-03'),
    evidence: 'docs/domain.md §3 [P]',
    severity: 'info',
    variants: { mixed: 'warning' },
    fixable: false,
    messages: {
      generation: '指标体系：{label}',
      mixed: '同一张表混用了第一代（产出下的成本指标）和第二代（成本一级指标）写法',
    },
    messagesEn: {
      generation: 'Indicator generation: {label}',
      mixed: 'The table mixes generation A (成本 under 产出) and generation B (成本 as 一级)',
    },
  },
  create(ctx) {
    const p = ctx.project;
    const g = p.generation;
    if (!g || !p.indicators.length || g === 'A') return;
    const at = { row: p.headerRow, col: ctx.col('level1') };
    if (g === 'mixed') ctx.report({ messageId: 'mixed', variant: 'mixed', ...at });
    else ctx.report({ messageId: 'generation', data: { label: g === 'B' ? '第二代（财预〔2021〕101号，成本为一级指标）' : '混合（第二代成本二级置于产出下）' }, ...at });
  },
};
