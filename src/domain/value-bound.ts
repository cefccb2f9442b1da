/**
 * An actual written as a bound on the wrong side of its target — “超过40套” / “40套以上” under “≤40套”, “低于95%” / “不足95%”
 * under “≥95%”: the figure alone would give full marks (40 ≤ 40), while the words say the actual is past the target, by an
 * amount the sheet does not give. 《项目支出绩效评价管理办法》（财预〔2020〕10号）scores 完成值 against 指标值; a bound is not
 * a 完成值, so it is not scored: the pane says 自评得分需人工判断 (SE-04), as for 约40套 (value-approx.ts), and the formula fill
 * writes leaves the 得分 blank. A bound on the target's own side (≥98% under ≥95%, ≤40套 under ≤40套) is met and scored as
 * before; a figure already past the target (超过50套 under ≤40套) scores as its figure does. Pure.
 */
import type { ParsedValue } from './types';

const LOWER = new Set(['>', '≥']);
const UPPER = new Set(['<', '≤']);

export function boundUnsettled(a: ParsedValue, target: ParsedValue, method: string | null): boolean {
  if (a.kind !== 'quantitative' || a.op === null || a.opImplicit || a.number === null || target.number === null) return false;
  // ≥ / ≤ typed as symbols: the score formula fill writes strips them and scores the figure (SUBSTITUTE(ASC(x),"≥","")),
  // so the pane scores them the same way — the pane and Excel must agree (issue 7 item 6).
  if (/[≥≤]/.test(a.raw)) return false;
  if (a.unit !== target.unit || target.upper !== undefined || a.upper !== undefined) return false;
  const n = Number(a.number);
  const bound = Number(target.number);
  if (method === 'reverse') return LOWER.has(a.op) && n <= bound;
  if (method === 'positive' || method === 'equal') return UPPER.has(a.op) && n >= bound;
  return false;
}
