/** HIE-02 二级指标不在其一级之下 — 二级 not allowed under its 一级. */
import { parentStatus } from '../../catalogue';
import type { Rule } from '../types';
import { cite } from '../cite';
import { isDepartmentWide } from './department';
import { isEvaluationFramework } from '../../framework';

export const HIE02: Rule = {
  id: 'HIE-02',
  meta: {
    title: '二级指标不在其一级之下',
    titleEn: '二级 not allowed under its 一级',
    description:
      '二级指标须属于其一级：数量/质量/时效 属产出；成本指标 属产出（第一代）；经济/社会/生态环境成本 属成本（第二代，置于产出下为混合写法，警告）；经济/社会/生态效益、可持续影响 属效益；服务对象满意度 属满意度。',
    source: cite('HIE-02'),
    evidence: 'docs/domain.md §3.4 [I]，依据 §3.1–3.3 [R]/[V]',
    severity: 'error',
    variants: { hybrid: 'warning' },
    fixable: false,
    messages: {
      unknown: '二级指标“{value}”不在指标目录中',
      wrongParent: '二级指标“{level2}”不应放在一级“{level1}”之下',
      hybrid: '“{level2}”是第二代（101号）成本二级指标，却放在“产出指标”之下（混合写法）',
      missing: '第 {row} 行没有二级指标',
    },
    messagesEn: {
      unknown: '二级 “{value}” is not in the catalogue',
      wrongParent: '二级 “{level2}” does not belong under 一级 “{level1}”',
      hybrid: '“{level2}” is a generation-B cost 二级 placed under 产出指标 (hybrid)',
      missing: 'Row {row} has no 二级 indicator',
    },
  },
  create(ctx) {
    const p = ctx.project;
    if (p.columns.level2 === undefined) return;
    const dept = isDepartmentWide(p);
    // The evaluation framework (framework.ts) names its own 二级 under 产出 / 效益 too (产出数量, 项目效益 …).
    const framework = isEvaluationFramework(p.indicators);
    for (let i = 0, list = p.indicators; i < list.length; i++) {
      const ind = list[i];
      const col = ctx.col('level2');
      if (ind.level2From === 'filled') continue;
      // Under a department-wide 一级 (履职效能 …) the 二级 are the province's own, not the project catalogue's.
      if (dept && (!ind.level1 || framework) && ind.level2Text) continue;
      if (!ind.level2Text) {
        if (ind.level3 || ind.target.kind !== 'missing') ctx.report({ messageId: 'missing', data: { row: ind.row }, row: ind.row, col });
        continue;
      }
      if (!ind.level2) {
        ctx.report({ messageId: 'unknown', data: { value: ind.level2Text }, row: ind.row, col });
        continue;
      }
      if (!ind.level1) continue;
      const st = parentStatus(ind.level1, ind.level2);
      if (st === 'wrong') ctx.report({ messageId: 'wrongParent', data: { level1: ind.level1, level2: ind.level2 }, row: ind.row, col });
      if (st === 'hybrid') ctx.report({ messageId: 'hybrid', variant: 'hybrid', data: { level2: ind.level2 }, row: ind.row, col });
    }
  },
};
