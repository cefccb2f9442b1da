/** SE-05 定性得分不在档次区间 — Qualitative score outside its band. */
import { dec, round } from '../../decimal';
import { actualGrade, inBand } from '../../scoring';
import type { Rule } from '../types';
import { cite } from '../cite';
import { EVALUATION_MEASURES_2020 } from '../evidence';
import { applicable, nameOf } from '../util';
import { weightOf, cellOf, pointsText } from './shared';

const BAND: Record<string, [number, number, string]> = {
  达成: [0.8, 1, ']'],
  部分达成: [0.6, 0.8, ')'],
  未达成: [0, 0.6, ')'],
};

export const SE05: Rule = {
  id: 'SE-05',
  meta: {
    title: '定性得分不在档次区间',
    titleEn: 'Qualitative score outside its band',
    description: '定性指标按三档计分：达成 [80%, 100%] 分值；部分达成 [60%, 80%)；未达成 [0, 60%)。填写的得分须落在完成值所属档次内。',
    source: cite('SE-05'),
    evidence: `${EVALUATION_MEASURES_2020}；pmkpi selfqualscorecheck [P]`,
    severity: 'error',
    fixable: false,
    messages: { band: '“{name}”实际完成值为“{grade}”，得分应在 [{lo}, {hi}{close} 内，表中为 {score}' },
    messagesEn: { band: '“{name}” is graded “{grade}”; its score must be in [{lo}, {hi}{close}, but the sheet has {score}' },
  },
  create(ctx) {
    for (let i = 0, list = ctx.project.indicators; i < list.length; i++) {
      const ind = list[i];
      const grade = actualGrade(ind);
      if (ind.target.kind !== 'qualitative' || !grade || ind.sheetScore === null || !applicable(ind)) continue;
      const w = weightOf(ctx, ind);
      if (w === null || inBand(grade, ind.sheetScore, w)) continue;
      const lo = BAND[grade][0],
        hi = BAND[grade][1],
        close = BAND[grade][2];
      ctx.report({
        messageId: 'band',
        data: {
          name: nameOf(ind),
          grade,
          score: pointsText(ctx, ind.sheetScore),
          close,
          lo: pointsText(ctx, round(dec(w).times(lo), 2)),
          hi: pointsText(ctx, round(dec(w).times(hi), 2)),
        },
        ...cellOf(ctx, ind, 'score'),
      });
    }
  },
};
