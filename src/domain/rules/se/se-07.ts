/** SE-07 得分超出 0–分值 — Score outside 0 … weight. */
import type { Rule } from '../types';
import { cite } from '../cite';
import { nameOf, num } from '../util';
import { EPS, weightOf, cellOf, pointsText } from './shared';

export const SE07: Rule = {
  id: 'SE-07',
  meta: {
    title: '得分超出 0–分值',
    titleEn: 'Score outside 0 … weight',
    description: '每项得分应在 0 与该项分值之间；预算执行得分不超过其分值（执行率超过 100% 时也封顶）。',
    source: cite('SE-07'),
    evidence: 'pmkpi 封顶 [P]',
    severity: 'error',
    fixable: false,
    messages: {
      row: '“{name}”得分 {score} 超出 0–{weight}',
      execution: '预算执行得分 {score} 超出 0–{weight}',
    },
    messagesEn: {
      row: 'The score of “{name}”, {score}, is outside 0–{weight}',
      execution: 'The budget-execution score {score} is outside 0–{weight}',
    },
  },
  create(ctx) {
    const p = ctx.project;
    for (let i = 0, list = p.indicators; i < list.length; i++) {
      const ind = list[i];
      const s = ind.sheetScore;
      if (s === null) continue;
      const w = weightOf(ctx, ind);
      if (w === null) continue;
      if (s < -EPS || s > w + EPS)
        ctx.report({ messageId: 'row', data: { name: nameOf(ind), score: pointsText(ctx, s), weight: pointsText(ctx, w) }, ...cellOf(ctx, ind, 'score') });
    }
    const f = p.funds;
    if (f.headerRow === null || !f.score || f.score.value === null) return;
    const cap = ctx.score.execution.weight;
    if (f.score.value < -EPS || f.score.value > cap + EPS)
      ctx.report({ messageId: 'execution', data: { score: num(f.score.value), weight: num(cap) }, row: f.score.row, col: f.score.col });
  },
};
