/** SE-10 执行率偏低未说明原因 — Low execution rate without a reason. */
import type { Rule } from '../types';
import { cite } from '../cite';
import { pct } from '../util';
import { EPS, noReason } from './shared';

export const SE10: Rule = {
  id: 'SE-10',
  meta: {
    title: '执行率偏低未说明原因',
    titleEn: 'Low execution rate without a reason',
    description: '预算执行率低于 90%（可配置）时须说明原因。资金块有“原因”栏时检查该栏；没有时提示在偏差原因中说明。',
    source: cite('SE-10'),
    evidence: '四川 2023 自评表注 [P]',
    severity: 'warning',
    fixable: false,
    messages: {
      missing: '预算执行率 {rate} 低于 {threshold}，须说明原因',
      noPlace: '预算执行率 {rate} 低于 {threshold}，须说明原因（资金栏没有原因栏，请在偏差原因中说明）',
    },
    messagesEn: {
      missing: 'The execution rate {rate} is below {threshold}; a reason is required',
      noPlace: 'The execution rate {rate} is below {threshold}; a reason is required (the funds block has no reason cell — explain it in the deviation column)',
    },
  },
  create(ctx) {
    const f = ctx.project.funds;
    if (f.headerRow === null || f.row === null) return;
    const rate = ctx.score.execution.rate ?? f.rateValue;
    const threshold = ctx.config.executionReasonBelow;
    if (rate === null || rate >= threshold - EPS) return;
    const data = { rate: pct(rate), threshold: pct(threshold) };
    if (f.reasonCol !== null) {
      if (noReason(f.reason)) ctx.report({ messageId: 'missing', data, row: f.row, col: f.reasonCol });
      return;
    }
    const at = f.rate ?? f.executed ?? f.total;
    ctx.report({ messageId: 'noPlace', data, row: at?.row ?? f.row, col: at?.col ?? 2 });
  },
};
