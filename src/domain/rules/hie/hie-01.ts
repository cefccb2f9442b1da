/** HIE-01 一级指标不在目录中 — Unknown 一级 indicator. */
import { LEVEL1 } from '../../catalogue';
import type { Rule } from '../types';
import { cite } from '../cite';
import { departmentLevel1, isDepartmentWide } from './department';

export const HIE01: Rule = {
  id: 'HIE-01',
  meta: {
    title: '一级指标不在目录中',
    titleEn: 'Unknown 一级 indicator',
    description:
      '一级指标只能是 产出指标、效益指标、满意度指标，或（财预〔2021〕101号起）成本指标。部门整体支出绩效表（一级为履职效能、管理效率、运行成本、社会效应等）按其自身框架，不以项目目录衡量。',
    source: cite('HIE-01'),
    evidence: '财预〔2015〕88号 / 财预〔2021〕101号 [R]；docs/domain.md §3 [V secondary]',
    severity: 'error',
    fixable: false,
    messages: {
      unknown: '一级指标“{value}”不是 {allowed} 之一',
      missing: '第 {row} 行没有一级指标',
      noColumn: '表中没有“一级指标”列，无法核对指标层级',
    },
    messagesEn: {
      unknown: '一级 “{value}” is not one of {allowed}',
      missing: 'Row {row} has no 一级 indicator',
      noColumn: 'The table has no 一级指标 column; the hierarchy cannot be checked',
    },
  },
  create(ctx) {
    const p = ctx.project;
    // With no 一级 column, section lines (“一、产出指标”) may still name every row's 一级: checked as written. Where
    // every row's 二级 names its 一级 (数量指标 → 产出指标, “效益-社会效益” → 效益指标), the hierarchy is known: NRM-03 says
    // row by row where each was placed.
    if (p.columns.level1 === undefined && !p.indicators.some((i) => i.level1Text)) {
      if (p.indicators.some((i) => i.level1From !== 'inferred' || !i.level1)) ctx.report({ messageId: 'noColumn', row: p.headerRow, col: ctx.col('level3') });
      return;
    }
    const seen = new Set<string>();
    const dept = isDepartmentWide(p);
    for (let i = 0, list = p.indicators; i < list.length; i++) {
      const ind = list[i];
      if (ind.level1 || (dept && departmentLevel1(ind.level1Text))) continue;
      if (!ind.level1Text) {
        if (ind.level2 || ind.level3) ctx.report({ messageId: 'missing', data: { row: ind.row }, row: ind.row, col: ctx.col('level1') });
        continue;
      }
      // A merged label filled down is reported once, at the cell that holds it.
      if (ind.level1From === 'filled' && seen.has(ind.level1Text)) continue;
      seen.add(ind.level1Text);
      ctx.report({ messageId: 'unknown', data: { value: ind.level1Text, allowed: LEVEL1.join('、') }, row: ind.row, col: ctx.col('level1') });
    }
  },
};
