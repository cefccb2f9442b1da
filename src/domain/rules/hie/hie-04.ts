/** HIE-04 缺少产出、效益或满意度指标 — Missing 产出, 效益 or 满意度 rows. */
import type { Rule } from '../types';
import { cite } from '../cite';
import { isDepartmentWide } from './department';

export const HIE04: Rule = {
  id: 'HIE-04',
  meta: {
    title: '缺少产出、效益或满意度指标',
    titleEn: 'Missing 产出, 效益 or 满意度 rows',
    description: '绩效指标应包括产出、效益和服务对象满意度；自评时满意度指标承担 10 分。',
    source: cite('HIE-04'),
    evidence: '中发〔2018〕34号 [V]；财预〔2020〕10号 权重 [R]',
    severity: 'warning',
    fixable: false,
    messages: { missing: '表中没有{what}指标' },
    messagesEn: { missing: 'The table has no {what} indicator' },
  },
  create(ctx) {
    const p = ctx.project;
    if (isDepartmentWide(p)) return; // 履职效能 / 管理效率 / 运行成本 …: not the project trio
    // A 长期 / 实施期 half left unfilled beside the year's grid (二级指标(长期) | … blank): the year's grid holds the indicators.
    if (p.partOf !== undefined && p.indicators.length === 0) return;
    const has = new Set(p.indicators.map((x) => x.bucket));
    for (let i = 0, list = ['产出', '效益', '满意度'] as const; i < list.length; i++) {
      const what = list[i];
      if (!has.has(what)) ctx.report({ messageId: 'missing', data: { what }, row: p.headerRow, col: ctx.col('level1') });
    }
  },
};
