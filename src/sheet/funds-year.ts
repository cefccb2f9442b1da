/**
 * 项目总投资 14400 | 其中：本年度安排 4800: a form that states the whole investment of a project over several years beside the
 * year's share. The 绩效目标表 is the year's: its budget is the 本年度 amount, not the whole investment.
 */
import type { Amount, Funds } from '../domain/model';
import { parseAmount } from '../domain/value';
import { cellText, cellValue, numFormat, rowWidth, type Grid } from './grid';
import { foldHeader } from './headers';

const INVEST = /^(项目)?总投资(\(.*\))?$/;
const YEAR = /^(其中[:：]?)?(本年度|本年|当年|年度)(安排|预算|资金|投资|预算安排|安排资金)(数|额)?(\(.*\))?$/;

/** The amount in the first filled cell right of (row, col), within three columns. */
function amountRight(g: Grid, row: number, col: number, right: number): Amount | null {
  for (let c = col + 1; c <= Math.min(right, col + 3); c++) {
    const v = cellValue(g, row, c);
    if (v === null || v === '') continue;
    const a = parseAmount(v, numFormat(g, row, c));
    return a.value === null ? null : { value: a.value, number: a.number, row, col: c };
  }
  return null;
}

/** Rows [from, to) above the grid; f as readBudgetLabels read it: its total moves to the year's amount when it was the investment's. */
export function yearOfInvestment(g: Grid, from: number, to: number, left: number, right: number, f: Funds): void {
  if (!f.total) return;
  let invest: Amount | null = null;
  let year: Amount | null = null;
  for (let r = from; r < to; r++) {
    for (let c = left, w = Math.min(right, rowWidth(g, r)); c <= w; c++) {
      const t = foldHeader(cellText(g, r, c));
      if (!t) continue;
      if (!invest && INVEST.test(t)) invest = amountRight(g, r, c, right);
      else if (!year && YEAR.test(t)) year = amountRight(g, r, c, right);
    }
  }
  if (invest && year && invest.row === f.total.row && invest.col === f.total.col && year.value !== null) f.total = year;
}
