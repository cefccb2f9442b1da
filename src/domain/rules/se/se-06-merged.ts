/**
 * SE-06 for one 得分 cell merged down over several indicators (merged-points.ts spreads it as each row's share): the rows'
 * scores summed against the merged cell, once, at that cell — a right total written once for a 二级 is no error in any row.
 */
import type { IndicatorRow } from '../../model';
import type { RuleContext } from '../types';
import { nameOf, num } from '../util';
import { EPS, rowScore } from './shared';

const QUANT_METHODS = new Set(['positive', 'equal', 'reverse', 'date']);

/** The merged 得分 groups of the project, each checked against the sum of its rows' scores. */
export function checkMergedScores(ctx: RuleContext, report: (at: { row: number; col: number }, data: Record<string, string>) => void): void {
  const groups = new Map<string, IndicatorRow[]>();
  for (let i = 0, list = ctx.project.indicators; i < list.length; i++) {
    const ind = list[i];
    if (!ind.scoreFrom || ind.sheetScore === null) continue;
    const key = `${ind.scoreFrom.row}:${ind.scoreFrom.col}`;
    groups.set(key, [...(groups.get(key) ?? []), ind]);
  }
  const tol = ctx.config.tolerance;
  for (const inds of groups.values()) {
    const from = inds[0].scoreFrom!;
    if (inds.length !== from.n) continue;
    const scores = inds.map((ind) => rowScore(ctx, ind));
    // Every row scored by the formula, none left out; else the group says nothing a row could be checked by.
    if (scores.some((rs) => !rs || rs.score === null || !rs.method || !QUANT_METHODS.has(rs.method) || rs.excluded)) continue;
    const sheet = inds[0].sheetScore! * from.n;
    const weights = scores.reduce((s, rs) => s + (rs!.weight ?? Infinity), 0);
    if (sheet < -EPS || sheet > weights + EPS) continue; // SE-07
    const expected = scores.reduce((s, rs) => s + rs!.score!, 0);
    const diff = sheet - expected;
    // 10号 allows a manual deduction for a target set too low (over-achievement): not a formula error.
    if (diff < 0 && scores.some((rs) => rs!.reasonNeeded === 'over')) continue;
    if (Math.abs(diff) <= (inds[0].scoreIsFormula ? tol.computed : tol.typed) + EPS) continue;
    const round = (x: number) => Math.round(x * 1e6) / 1e6;
    report(
      { row: from.row, col: from.col },
      { name: nameOf(inds[0]), n: String(from.n), expected: num(round(expected)), parts: scores.map((rs) => num(rs!.score)).join(' + '), score: num(round(sheet)) },
    );
  }
}
