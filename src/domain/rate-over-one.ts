/**
 * A rate typed as a bare number a little over 1 under a % target: 1.2 for 120 %, as Excel keeps a percent (a 增长率 or
 * 完成率 past its target, copied into a General cell). Up to 1.5 — the bound the funds line's 执行率 uses (funds-line.ts,
 * formula-rate.ts) — such a number is read ×100 when that reading is the nearer one to the target by ratio (1.2 under
 * ≥100% is 120 %, not 1.2 %), as scoring.ts fractionActual reads a number ≤ 1. Under a small target (1.2 under ≥5%: 120 %
 * or 1.2 %?) it is read as typed and said (SE-03, info); under a ≤ / < target (1.2 under ≤5%) a low figure is the
 * natural one, read as typed. A number, never a count: a 件 / 个 target is not a % target. Pure.
 */
import type { IndicatorRow } from './model';

/** The largest number a rate can be typed as, as a ratio (150 %): beyond it a bare number is a percent. */
export const RATIO_MAX = 1.5;

const below = (ind: IndicatorRow): boolean => ind.target.op === '≤' || ind.target.op === '<';

/**
 * x in (1, 1.5] under the % target of `ind` (fractionTarget holds): 'sure' when 10·x < A and the target is not an upper
 * bound — read ×100; 'unsure' when it is a lower bound or “=” nearer read as typed; null (read as typed, silently) else.
 */
export function overOne(ind: IndicatorRow, x: number): 'sure' | 'unsure' | null {
  if (!(x > 1 && x <= RATIO_MAX) || below(ind)) return null;
  return x * 10 < Number(ind.target.number) ? 'sure' : 'unsure';
}

/**
 * The test Excel's formula puts to a number cell x under the % target of `ind` (fractionTarget holds) for reading it ×100,
 * as fractionActual and overOne read it: “<=1” always; “<=1.5” when every x up to 1.5 is read so (A > 15); “<A/10” between.
 */
export function fractionTest(ind: IndicatorRow): string {
  const limit = Number(ind.target.number) / 10;
  if (below(ind) || limit <= 1) return '<=1';
  return limit > RATIO_MAX ? `<=${RATIO_MAX}` : `<${limit}`;
}
