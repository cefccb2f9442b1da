/**
 * A funds block written on one line as label | amount pairs (“项目资金 | 年初预算数 | 36 | 全年执行数 |
 * 35.2 | 执行率 | 97.78%”, county 自评表): the labels are not a header over a row of amounts below, each
 * amount stands right of its label — right of the label's merge when the label spans columns (“年度资金总额” over two
 * columns | 193.2, 部门整体 自评表).
 */
import type { Amount, Funds } from '../domain/model';

type Role = 'initial' | 'total' | 'executed' | 'weight' | 'rate' | 'score' | 'reason';

/**
 * Funds read from label | amount pairs on row r, or null when the row is a header (some label has no
 * amount beside it, or amounts stand below the labels).
 */
export function fundsLine(
  roles: ReadonlyMap<Role, number>,
  r: number,
  at: (row: number, col: number) => Amount | null,
  empty: () => Funds,
  labelEnd: (row: number, col: number) => number = (_, col) => col,
  labelled: (row: number, col: number) => boolean = () => false,
): Funds | null {
  const money = (['initial', 'total', 'executed'] as const).filter((k) => roles.has(k));
  const next = (c: number) => labelEnd(r, c) + 1;
  for (let i = 0; i < money.length; i++) {
    const k = money[i];
    const c = roles.get(k)!;
    // An amount under the amount is the next line's when that line has a label of its own (其中：财政拨款 | 80).
    if (!at(r, next(c)) || at(r + 1, c) || (at(r + 1, next(c)) && !labelled(r + 1, c))) return null;
  }
  const beside = (k: Role) => (roles.has(k) ? at(r, next(roles.get(k)!)) : null);
  // No amounts at all (预算执行率 | 96% | 分值 | 10): a line only when the rate stands beside its label.
  if (money.length === 0 && !beside('rate')) return null;
  const f = empty();
  f.headerRow = r;
  f.row = r;
  f.initial = beside('initial');
  f.total = beside('total') ?? f.initial;
  f.executed = beside('executed');
  f.weight = beside('weight');
  f.score = beside('score') ?? unlabelledScore(f.weight, r, at, labelEnd);
  f.rate = beside('rate');
  // A rate shown as a percent reads 97.78; a bare ratio 0.9778.
  if (f.rate?.value != null) f.rateValue = f.rate.value > 1.5 ? f.rate.value / 100 : f.rate.value;
  f.cols = { total: f.total?.col, executed: f.executed?.col, rate: f.rate?.col, weight: f.weight?.col, score: f.score?.col };
  // An empty 得分 cell right of its label is still the line's: fill scores it there (no second block under the table).
  if (f.cols.score === undefined && roles.has('score')) f.cols.score = next(roles.get('score')!);
  return f;
}

/**
 * “… | 分值 | 10 | 10”: a 自评表's one-line funds line whose 得分 has no label of its own stands right after the
 * 分值's amount — an amount no greater than the 分值 there is the execution score.
 */
function unlabelledScore(weight: Amount | null, r: number, at: (row: number, col: number) => Amount | null, labelEnd: (row: number, col: number) => number): Amount | null {
  if (weight?.value == null) return null;
  const a = at(r, labelEnd(r, weight.col) + 1);
  return a?.value != null && a.value >= 0 && a.value <= weight.value ? a : null;
}
