/** SE-08 失分未说明原因 — Lost points without a reason. */
import type { Rule } from '../types';
import { cite } from '../cite';
import { EVALUATION_MEASURES_2020 } from '../evidence';
import { applicable, isSelfEval, nameOf } from '../util';
import { EPS, rowScore, weightOf, noReason, cellOf, pointsText } from './shared';

export const SE08: Rule = {
  id: 'SE-08',
  meta: {
    title: '失分未说明原因',
    titleEn: 'Lost points without a reason',
    description:
      '得分低于分值（未完成）的指标，须在“偏差原因分析及改进措施”中说明原因并提出改进措施。得分以表中填写的为准，未填写时用计算值。本工具预填的“（请填写）”草稿视为未填写。',
    source: cite('SE-08'),
    evidence: `${EVALUATION_MEASURES_2020}“分析并说明原因，研究提出改进措施”；巴彦淖尔 2023 [V]；indicator_audit [P]`,
    severity: 'error',
    fixable: false,
    messages: { missing: '“{name}”得分 {score} 低于分值 {weight}，须填写偏差原因分析及改进措施' },
    messagesEn: { missing: '“{name}” scores {score} of {weight}; the deviation reason and improvement measures must be filled in' },
  },
  create(ctx) {
    const p = ctx.project;
    if (!isSelfEval(p)) return;
    for (let i = 0, list = p.indicators; i < list.length; i++) {
      const ind = list[i];
      if (!applicable(ind)) continue;
      const rs = rowScore(ctx, ind);
      // A 得分 written once for a group (a merged cell, a 二级 row: merged-points.ts, level-points.ts) is the group's, checked
      // against its rows' sum (SE-06); each row's even share of it says nothing of that row: its own score does.
      const shared = ind.scoreFrom && ind.scoreFrom.n > 1 && rs?.score != null ? rs.score : null;
      const s = shared ?? ind.sheetScore ?? rs?.score ?? null;
      const w = weightOf(ctx, ind);
      if (s === null || w === null || s >= w - EPS || !noReason(ind.reason)) continue;
      ctx.report({ messageId: 'missing', data: { name: nameOf(ind), score: pointsText(ctx, s), weight: pointsText(ctx, w) }, ...cellOf(ctx, ind, 'reason') });
    }
  },
};
