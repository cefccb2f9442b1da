/**
 * A 权重 / 分值 column of fractions (0.3, 0.2, 0.05 … adding up to 1, or to 0.9 beside the 0.1 or 10 分 of 预算执行率):
 * the weights are shares of the 100 points, as 《项目支出绩效评价管理办法》（财预〔2020〕10号）scores a project on 100.
 * They are read as points (0.3 → 30) so the sheet's totals, bounds and grade work on one scale; the typed 得分 too when
 * every one of them lies within its row's fraction (0.28 under 0.3). Anything else — fractions that do not add up — is
 * left as typed, and SE-01 says what the total is.
 */
import { dec } from '../domain/decimal';
import type { Amount, Project } from '../domain/model';

const SCALE = 100;
const near = (x: ReturnType<typeof dec>, y: number) => x.minus(y).abs().lte(0.001);
const times = (x: number) => Number(dec(x).times(SCALE).toString());
const scaled = (a: Amount | null): Amount | null => (a && a.value !== null ? { ...a, value: times(a.value), number: String(times(a.value)) } : a);

/** Reads `p`'s fraction weights as points, in place, and returns it. */
export function fractionWeights(p: Project): Project {
  const weighted = p.indicators.filter((x) => x.sheetWeight !== null);
  if (weighted.length < 2 || weighted.some((x) => x.sheetWeight! < 0 || x.sheetWeight! > 1)) return p;
  const sum = weighted.reduce((acc, x) => acc.plus(x.sheetWeight!), dec(0));
  const fw = p.funds.weight?.value ?? null;
  const fundsShare = fw !== null && fw > 0 && fw < 1 && near(sum.plus(fw), 1);
  if (!fundsShare && !near(sum, 1) && !(near(sum, 0.9) && (fw === null || fw === 10))) return p;
  const typed = weighted.filter((x) => x.sheetScore !== null && !x.scoreIsFormula);
  const scores = typed.length > 0 && typed.every((x) => x.sheetScore! >= 0 && x.sheetScore! <= x.sheetWeight! + 1e-9);
  for (const x of weighted) {
    x.sheetWeight = times(x.sheetWeight!);
    if (scores && x.sheetScore !== null && !x.scoreIsFormula) x.sheetScore = times(x.sheetScore);
  }
  if (fundsShare) {
    const fs = p.funds.score?.value ?? null;
    if (fs !== null && fs >= 0 && fs <= fw + 1e-9) p.funds.score = scaled(p.funds.score);
    p.funds.weight = scaled(p.funds.weight);
  }
  const t = p.total;
  if (t && t.weight !== null && t.weight <= 1) t.weight = times(t.weight);
  if (t && scores && t.score !== null && t.score <= 1) t.score = times(t.score);
  p.weightScale = { scale: SCALE, scores };
  return p;
}
