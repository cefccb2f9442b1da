/**
 * The 预算执行率 line some 自评表 put inside the indicator grid, under the header
 * (预算执行率 | 100% | 97.6% | 10 | 9.76): the funds' execution 分值, 执行率 and 得分 — not an indicator.
 */
import type { Amount, Project } from '../domain/model';
import { parseAmount } from '../domain/value';
import { cellValue, numFormat, type Grid } from './grid';
import { amount } from './indicator';

/** Fill what the funds block above did not give (a block with only 预算数 | 执行数) from that line. */
export function applyExecLine(g: Grid, p: Project, rows: readonly number[]): void {
  const r = rows.find((x) => p.rows.some((i) => i.row === x && i.role === 'funds'));
  if (r === undefined) return;
  const c = p.columns;
  const f = p.funds;
  const at = (col: number | undefined): Amount | null => {
    const n = col === undefined ? null : amount(cellValue(g, r, col));
    return n === null ? null : { value: n, number: String(n), row: r, col: col! };
  };
  f.weight ??= at(c.weight);
  f.score ??= at(c.score);
  if (f.rate === null && c.actual !== undefined) {
    const a = parseAmount(cellValue(g, r, c.actual), numFormat(g, r, c.actual));
    if (a.value !== null) {
      f.rate = { value: a.value, number: a.number, row: r, col: c.actual };
      // As in the funds block: “97.6%” and 0.976 shown as % are both 0.976.
      f.rateValue = a.percent ? a.value / 100 : a.value > 1.5 ? a.value / 100 : a.value;
    }
  }
}
