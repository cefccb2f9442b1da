/** NRM-01 单元格内的断行与空格 — Line breaks and spaces inside words. */
import { memoise } from '../../memo';
import type { Rule } from '../types';
import { cite } from '../cite';
import { TIANJIN_2024_SEED } from '../evidence';
import { NEWLINES } from './shared';
import { normaliseText } from '../../text';

// The same split labels recur down a sheet: each is spelled for messages once.
const breaksShown = memoise((raw) => raw.replace(NEWLINES, '⏎'));

export const NRM01: Rule = {
  id: 'NRM-01',
  meta: {
    fix: 'safe',
    title: '单元格内的断行与空格',
    titleEn: 'Line breaks and spaces inside words',
    description: '从 PDF 或排版复制的表格常把词语断开（“社会效益指 标”）。两个汉字之间的空白一律删除，比较与匹配以删除后的文字为准。',
    source: cite('NRM-01'),
    evidence: `${TIANJIN_2024_SEED}；docs/domain.md §8.2 [I]`,
    severity: 'info',
    fixable: true,
    messages: { split: '“{raw}”中有断行或空格，规范为“{fixed}”' },
    messagesEn: { split: '“{raw}” contains line breaks or spaces; normalised to “{fixed}”' },
  },
  create(ctx) {
    const { columns } = ctx.project;
    // The cell's own text with its spacing fixed — never the reader's reading of it: a 三级 name is read
    // without its numbering (“1.维修…”) or the target written into it (“培训人数≥100人”), and both stay in the cell.
    const split = (row: number, raw: string, col: number | undefined) => {
      const fixed = normaliseText(raw);
      if (col === undefined || !raw || raw === fixed || raw.trim() === fixed) return;
      ctx.report({ messageId: 'split', data: { raw: breaksShown(raw), fixed }, row, col, fix: { row, col, value: fixed } });
    };
    for (let i = 0, list = ctx.project.indicators; i < list.length; i++) {
      const ind = list[i];
      if (ind.fragmentRows?.length) continue; // NRM-04 reports those rows
      split(ind.row, ind.raw.level1, columns.level1);
      // One cell holding 二级 and 三级 (“数量指标：培训人次”) is read in two: no spacing to fix there.
      if (!ind.levelPair) split(ind.row, ind.raw.level2, columns.level2);
      if (!ind.levelPair) split(ind.row, ind.raw.level3, columns.level3);
      split(ind.row, ind.raw.description, columns.description);
    }
  },
};
