/** NRM-03 合并单元格向下填充 — Merged 一级/二级 cells filled down. */
import type { Rule } from '../types';
import { cite } from '../cite';
import { TIANJIN_2024_SEED } from '../evidence';

export const NRM03: Rule = {
  id: 'NRM-03',
  meta: {
    title: '合并单元格向下填充',
    titleEn: 'Merged 一级/二级 cells filled down',
    description: '一级、二级指标常为纵向合并单元格，其下各行为空；读取时沿用上一行的值，分页后也一样。',
    source: cite('NRM-03'),
    evidence: TIANJIN_2024_SEED,
    severity: 'info',
    fixable: false,
    messages: {
      filledAfterBreak: '第 {row} 行在分页后，一级指标为空，沿用上方的“{value}”',
      inferred: '第 {row} 行一级指标为空，按二级指标“{level2}”归入“{value}”',
      inferredAll: '表中没有“一级指标”列，{n} 个指标按各自的二级指标归入一级（如“{level2}”归入“{value}”）',
    },
    messagesEn: {
      filledAfterBreak: 'Row {row} follows a page break with an empty 一级; “{value}” carried down',
      inferred: 'Row {row} has no 一级; placed under “{value}” from its 二级 “{level2}”',
      inferredAll: 'The table has no 一级指标 column: its {n} indicators are placed by their 二级 (e.g. “{level2}” under “{value}”)',
    },
  },
  create(ctx) {
    const p = ctx.project;
    // No 一级 column at all: one note for the table, not one a row.
    if (p.columns.level1 === undefined && p.indicators.length && p.indicators.every((i) => i.level1From === 'inferred' && i.level1)) {
      const first = p.indicators[0];
      ctx.report({ messageId: 'inferredAll', data: { n: p.indicators.length, value: first.level1 ?? '', level2: first.level2Text }, row: p.headerRow, col: ctx.col('level2') });
      return;
    }
    const breaks = new Set(p.repeatedHeaders.map((r) => r + 1));
    for (let i = 0, list = p.indicators; i < list.length; i++) {
      const ind = list[i];
      // Fill-down inside a merge is routine; say so only where it crosses a page break or is inferred.
      if (ind.level1From === 'filled' && breaks.has(ind.row))
        ctx.report({ messageId: 'filledAfterBreak', data: { row: ind.row, value: ind.level1Text }, row: ind.row, col: ctx.col('level1') });
      if (ind.level1From === 'inferred')
        ctx.report({ messageId: 'inferred', data: { row: ind.row, value: ind.level1 ?? '', level2: ind.level2Text }, row: ind.row, col: ctx.col('level1') });
    }
  },
};
