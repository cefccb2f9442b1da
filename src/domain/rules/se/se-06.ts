/** SE-06 定量得分与公式不符 — Quantitative score does not match the formula. */
import { dec, min, round } from '../../decimal';
import type { Rule } from '../types';
import { cite } from '../cite';
import { EVALUATION_MEASURES_2020 } from '../evidence';
import { nameOf, num, pct } from '../util';
import { EPS, rowScore, cellOf, pointsText } from './shared';
import { checkMergedScores } from './se-06-merged';

const QUANT_METHODS = new Set(['positive', 'equal', 'reverse', 'date']);

export const SE06: Rule = {
  id: 'SE-06',
  meta: {
    title: '定量得分与公式不符',
    titleEn: 'Quantitative score does not match the formula',
    description:
      '定量指标得分：完成指标值记满分，未完成按完成值/指标值（反向指标按指标值/完成值）比例记分；预算执行得分 = min(执行率, 100%) × 分值。我们写入的公式须相差不超过 0.01，手填的不超过 0.1。超额完成后按偏离度调减的手工扣分不在此列（见 SE-09）。',
    source: cite('SE-06'),
    evidence: `${EVALUATION_MEASURES_2020}；自评表注释 [V copy]；pmkpi [P]；indicator_audit 容差 0.1 [P]`,
    severity: 'error',
    fixable: false,
    messages: {
      row: '“{name}”得分应为 {expected}（完成 {completion}，分值 {weight}），表中为 {score}',
      execution: '预算执行得分应为 {expected}（执行率 {rate}{note}，分值 {weight}），表中为 {score}',
      executionOwn: '预算执行得分 {score} ≠ 执行率 {rate} × 分值 {weight} = {expected}',
      group: '“{name}”等 {n} 项合并得分应为 {expected}（各行 {parts}），表中为 {score}',
    },
    messagesEn: {
      row: 'The score of “{name}” should be {expected} (completion {completion}, weight {weight}); the sheet has {score}',
      execution: 'The budget-execution score should be {expected} (execution rate {rate}{note}, weight {weight}); the sheet has {score}',
      executionOwn: 'The budget-execution score {score} ≠ rate {rate} × weight {weight} = {expected}',
      group: 'The score merged over “{name}” and {n} rows in all should be {expected} ({parts}); the sheet has {score}',
    },
  },
  create(ctx) {
    const p = ctx.project;
    const tol = ctx.config.tolerance;
    for (let i = 0, list = p.indicators; i < list.length; i++) {
      const ind = list[i];
      if (ind.sheetScore === null || ind.scoreFrom) continue; // a merged 得分: its rows' sum, below
      const rs = rowScore(ctx, ind);
      if (!rs || rs.score === null || !rs.method || !QUANT_METHODS.has(rs.method) || rs.excluded) continue;
      if (ind.sheetScore < -EPS || (rs.weight !== null && ind.sheetScore > rs.weight + EPS)) continue; // SE-07
      const diff = ind.sheetScore - rs.score;
      // 10号 allows a manual deduction for a target set too low (over-achievement): not a formula error.
      if (rs.reasonNeeded === 'over' && diff < 0 && ind.sheetScore >= 0) continue;
      if (Math.abs(diff) <= (ind.scoreIsFormula ? tol.computed : tol.typed) + EPS) continue;
      ctx.report({
        messageId: 'row',
        data: {
          name: nameOf(ind),
          expected: pointsText(ctx, rs.score),
          score: pointsText(ctx, ind.sheetScore),
          weight: pointsText(ctx, rs.weight),
          completion: rs.completion === null ? '—' : pct(rs.completion),
        },
        ...cellOf(ctx, ind, 'score'),
      });
    }
    checkMergedScores(ctx, (at, data) => ctx.report({ messageId: 'group', data, ...at }));
    const f = p.funds;
    const ex = ctx.score.execution;
    if (f.headerRow === null || !f.score || f.score.value === null) return;
    const at = { row: f.score.row, col: f.score.col };
    const sheetScore = f.score.value;
    if (sheetScore < -EPS || sheetScore > ex.weight + EPS) return; // SE-07
    if (ex.score !== null && Math.abs(sheetScore - ex.score) > tol.typed + EPS) {
      ctx.report({
        messageId: 'execution',
        data: {
          expected: num(ex.score),
          rate: pct(ex.rate),
          weight: num(ex.weight),
          score: num(sheetScore),
          note: ex.fromParts ? '，按“其中”各行计算' : '',
        },
        ...at,
      });
      return;
    }
    // The row against itself: 得分 = min(执行率, 1) × 分值 as printed (江西 “分值 100 | 100% | 得分 10”).
    const rate = f.rateValue ?? ex.rate;
    const w = f.weight?.value ?? null;
    if (rate === null || w === null) return;
    const own = round(min(dec(rate), dec(1)).times(w), ctx.config.places);
    if (Math.abs(sheetScore - own) > tol.typed + EPS)
      ctx.report({ messageId: 'executionOwn', data: { score: num(sheetScore), rate: pct(rate), weight: num(w), expected: num(own) }, ...at });
  },
};
