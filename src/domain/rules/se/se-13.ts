/** SE-13 总分或等级不符 — Total or grade does not match. */
import { canonicalName } from '../../text';
import { dec, round } from '../../decimal';
import { gradeOf } from '../../scoring';
import type { Rule, RuleContext } from '../types';
import { cite } from '../cite';
import { EVALUATION_MEASURES_2020 } from '../evidence';
import { applicable, num } from '../util';
import { EPS, weightOf } from './shared';

/** “优秀” → 优, “良好” → 良, “中等”/“合格” → 中, “较差”/“差” → 差. */
function gradeText(s: string): '优' | '良' | '中' | '差' | null {
  const t = canonicalName(s);
  if (/^优/.test(t)) return '优';
  if (/^良/.test(t)) return '良';
  if (/^(中|合格|一般)/.test(t)) return '中';
  if (/差|不合格/.test(t)) return '差';
  return null;
}

/** Σ of the sheet's own scores (rescaled for 不适用 rows), or null when a score is missing. */
function sheetTotal(ctx: RuleContext): number | null {
  const p = ctx.project;
  const rows = p.indicators.filter((x) => applicable(x) && weightOf(ctx, x) !== null);
  if (!rows.length || rows.some((x) => x.sheetScore === null)) return null;
  const exec = p.funds.score?.value ?? null;
  if (exec === null) return null;
  const S = rows.reduce((acc, x) => acc.plus(x.sheetScore!), dec(0)).plus(exec);
  if (!p.indicators.some((x) => !applicable(x))) return round(S, ctx.config.places);
  const W = rows.reduce((acc, x) => acc.plus(weightOf(ctx, x)!), dec(0)).plus(p.funds.weight?.value ?? ctx.score.execution.weight);
  return W.gt(0) ? round(S.div(W).times(100), ctx.config.places) : null;
}

export const SE13: Rule = {
  id: 'SE-13',
  meta: {
    title: '总分或等级不符',
    titleEn: 'Total or grade does not match',
    description: '总分应等于各项得分与预算执行得分之和（±0.01；有不适用指标时按百分制折算）；等级应与总分所在档次一致（默认 优 ≥90、良 ≥80、中 ≥60、差 <60，可配置）。',
    source: cite('SE-13'),
    evidence: `${EVALUATION_MEASURES_2020}；S12 [V]`,
    severity: 'error',
    fixable: false,
    messages: {
      sum: '总分 {total} ≠ 各项得分合计 {expected}',
      grade: '总分 {total} 对应等级“{expected}”，表中为“{grade}”',
    },
    messagesEn: {
      sum: 'The total {total} ≠ the sum of the scores, {expected}',
      grade: 'A total of {total} is graded “{expected}”; the sheet says “{grade}”',
    },
  },
  create(ctx) {
    const t = ctx.project.total;
    if (!t) return;
    const expected = sheetTotal(ctx) ?? ctx.score.total;
    if (t.score !== null && t.scoreCol !== null && expected !== null && Math.abs(t.score - expected) > 0.01 + EPS)
      ctx.report({ messageId: 'sum', data: { total: num(t.score), expected: num(expected) }, row: t.row, col: t.scoreCol });
    const basis = t.score ?? expected;
    if (t.grade && t.gradeCol !== null && basis !== null) {
      const want = gradeOf(basis, ctx.config);
      if (gradeText(t.grade) !== want) ctx.report({ messageId: 'grade', data: { total: num(basis), expected: want, grade: t.grade }, row: t.row, col: t.gradeCol });
    }
  },
};
