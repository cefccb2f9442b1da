/** Helpers shared by the SE rules. */
import type { IndicatorRow } from '../../model';
import type { RowScore } from '../../scoring';
import { isReasonPlaceholder } from '../../reason-placeholder';
import type { RuleContext } from '../types';
import { num } from '../util';

export const EPS = 1e-9;

/** The scorer's result for a row. A large table is indexed once per score: a search per row would be quadratic. */
const scoreIndex = new WeakMap<RowScore[], Map<number, RowScore>>();

export function rowScore(ctx: RuleContext, ind: IndicatorRow): RowScore | undefined {
  const rows = ctx.score.rows;
  if (rows.length <= 64) {
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (r.row === ind.row) return r;
    }
    return undefined;
  }
  let index = scoreIndex.get(rows);
  if (!index) {
    index = new Map();
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (!index.has(r.row)) index.set(r.row, r);
    } // the first, as a search would find
    scoreIndex.set(rows, index);
  }
  return index.get(ind.row);
}
export const weightOf = (ctx: RuleContext, ind: IndicatorRow): number | null => ind.sheetWeight ?? rowScore(ctx, ind)?.weight ?? null;
export const noReason = (text: string | undefined | null) => !text || !text.trim() || isReasonPlaceholder(text);

/** Cell of a role on an indicator row, falling back to the 指标值 cell. */
export function cellOf(ctx: RuleContext, ind: IndicatorRow, role: 'actual' | 'weight' | 'score' | 'reason') {
  const c = ctx.project.columns[role];
  return c !== undefined ? { row: ind.row, col: c } : ctx.valueCell(ind);
}

/**
 * Points as the sheet writes its 得分, for messages: a 权重 / 分值 column of fractions with the 得分 typed on the same scale
 * (0.28 under 0.3, weight-fractions.ts) is read ×100; its figures are quoted back in the sheet's own terms (0.28, not 28).
 */
export function pointsText(ctx: RuleContext, points: number | null | undefined): string {
  const k = ctx.project.weightScale;
  if (!k?.scores || points === null || points === undefined || !Number.isFinite(points)) return num(points);
  return String(Math.round((points / k.scale) * 1e4) / 1e4);
}
