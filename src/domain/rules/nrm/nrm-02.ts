/** NRM-02 分页重复的表头 — Grid header repeated after a page break. */
import type { Rule } from '../types';
import { cite } from '../cite';
import { TIANJIN_2024_SEED } from '../evidence';

export const NRM02: Rule = {
  id: 'NRM-02',
  meta: {
    title: '分页重复的表头',
    titleEn: 'Grid header repeated after a page break',
    description: '分页后重复出现的“一级指标/二级指标/…”表头行不是指标，读取时跳过。',
    source: cite('NRM-02'),
    evidence: TIANJIN_2024_SEED,
    severity: 'info',
    fixable: false,
    messages: { repeated: '第 {row} 行是分页后重复的表头，已跳过' },
    messagesEn: { repeated: 'Row {row} repeats the grid header after a page break; skipped' },
  },
  create(ctx) {
    // A later 年度绩效目标 block's header (年度绩效目标2（40分）) heads a block of its own: no page-break repeat.
    const blocks = ctx.project.labelWeights.blocks;
    for (let i = 0, list = ctx.project.repeatedHeaders; i < list.length; i++) {
      const r = list[i];
      if (blocks && blocks.some((b) => b.row === r)) continue;
      ctx.report({ messageId: 'repeated', data: { row: r }, row: r, col: ctx.col('level1') });
    }
  },
};
