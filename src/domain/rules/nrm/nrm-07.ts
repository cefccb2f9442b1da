/** NRM-07 未计算的公式 — Formulas saved without a result. */
import type { Rule } from '../types';
import { cite } from '../cite';
import { nameOf } from '../util';

export const NRM07: Rule = {
  id: 'NRM-07',
  meta: {
    title: '未计算的公式',
    titleEn: 'Formulas saved without a result',
    description:
      '由程序生成、从未在 Excel 中打开保存的文件，公式单元格没有保存计算结果：其值未知，不是空白。这些单元格不报告“缺少指标值/实际完成值”，每个项目只提醒一次（警告：检查不完整），请在 Excel 中打开并保存后再检查。',
    source: cite('NRM-07'),
    evidence: 'ECMA-376 第 1 部分 SpreadsheetML：单元格的公式 <f> 与其缓存值 <v>，程序写出的文件可以只有 <f> [R]',
    // A warning, not a hidden notice: the check is incomplete until the file is calculated.
    severity: 'warning',
    fixable: false,
    messages: { noResult: '{count} 个单元格是未计算的公式（从“{name}”起），文件中没有保存计算结果，其值未知，未按空白检查：请在 Excel 中打开并保存后再检查' },
    messagesEn: {
      noResult:
        '{count} cell(s) hold formulas saved without a result (from “{name}”): their values are unknown and were not checked as empty. Open and save the file in Excel, then check again',
    },
  },
  create(ctx) {
    const p = ctx.project;
    let count = 0;
    let first: { row: number; col: number; name: string } | null = null;
    for (let i = 0, list = p.indicators; i < list.length; i++) {
      const ind = list[i];
      for (let i = 0, list = ind.noResult ?? []; i < list.length; i++) {
        const role = list[i];
        count++;
        first ??= { row: ind.row, col: p.columns[role] ?? ctx.col('level3'), name: nameOf(ind) };
      }
    }
    if (first) ctx.report({ messageId: 'noResult', data: { count, name: first.name }, row: first.row, col: first.col });
  },
};
