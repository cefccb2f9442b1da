/** NRM-04 跨页拆分的行 — Row split across a page break. */
import type { Rule } from '../types';
import { cite } from '../cite';
import { TIANJIN_2024_SEED } from '../evidence';

export const NRM04: Rule = {
  id: 'NRM-04',
  meta: {
    title: '跨页拆分的行',
    titleEn: 'Row split across a page break',
    description: '分页把一行拆成两段：下一页只剩“指标”“力”这样的词尾且没有指标值。把词尾接回上一行的同一列。',
    source: cite('NRM-04'),
    evidence: `${TIANJIN_2024_SEED}（项目 4）；[I]`,
    severity: 'info',
    fixable: false,
    messages: { joined: '第 {frag} 行是第 {row} 行跨页的后半截，已接回：二级“{level2}”，三级“{level3}”' },
    messagesEn: { joined: 'Row {frag} continues row {row} across a page break; joined: 二级 “{level2}”, 三级 “{level3}”' },
  },
  create(ctx) {
    for (let i = 0, list = ctx.project.indicators; i < list.length; i++) {
      const ind = list[i];
      for (let i = 0, list = ind.fragmentRows ?? []; i < list.length; i++) {
        const f = list[i];
        if (!ind.mergedRows?.includes(f))
          ctx.report({ messageId: 'joined', data: { frag: f, row: ind.row, level2: ind.level2Text, level3: ind.level3 }, row: f, col: ctx.col('level2') });
      }
    }
  },
};
