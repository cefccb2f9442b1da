/**
 * Money given only by kind, with no 资金总额 line: a hospital's or school's 资金来源 heads laid across (财政补助资金 | 事业收入 |
 * 其他收入) over one line of amounts, or a 资金性质 | 预算金额 list (一般公共预算 …) closed by its 合计 line. The kinds together
 * are the year's money: the budget is their sum (or the 合计), the fiscal kind its fiscal part — else the first kind read
 * was taken for the whole budget (a hospital's 财政补助 alone, and a false CST-02 on a cost equal to the real budget).
 */
import type { Amount, Funds } from '../domain/model';
import { memoise } from '../domain/memo';
import { parseAmount } from '../domain/value';
import { cellText, cellValue, numFormat, rowWidth, type Grid } from './grid';
import { foldHeader } from './headers';
import { taskListTotal } from './funds-tasks';

// A kind of money a 事业单位 budgets: fiscal (财政补助 / 财政拨款 / 一般公共预算 …) or not (事业收入, 经营收入, 上年结转 …).
const FISCAL = /^(其中[:：]?)?(财政(补助|拨款)(资金|收入)?|财政资金|一般公共预算(资金|拨款)?|政府性基金预算?(资金)?)$/;
const OTHER =
  /^(其中[:：]?)?(事业收入|经营收入|其他收入|上级补助收入|附属单位上缴收入|上年结转(资金)?|单位自有资金|自有资金|自筹资金|单位自筹|其他资金|社会资金|非财政(拨款)?资金)$/;
const kindOf = memoise((t): 'fiscal' | 'other' | null => {
  const f = foldHeader(t).replace(/\s+/g, '');
  return FISCAL.test(f) ? 'fiscal' : OTHER.test(f) ? 'other' : null;
});
// The head of a list of money by kind: 资金性质 | 预算金额（元）, 资金来源 | 金额.
const KIND_LIST = /^(资金|经费)(性质|来源|类别|类型|构成)$/;

/** The amount a cell holds, with where it is (also read by funds-by-year.ts). */
export function amountAt(g: Grid, row: number, col: number): Amount | null {
  const v = cellValue(g, row, col);
  if (v === null || v === '') return null;
  const a = parseAmount(v, numFormat(g, row, col));
  return a.value === null ? null : { value: a.value, number: a.number, row, col };
}

export const sum = (parts: Amount[]): Amount => {
  const value = Math.round(parts.reduce((s, a) => s + a.value!, 0) * 1e6) / 1e6;
  return { value, number: String(value), row: parts[0].row, col: parts[0].col, sumOf: parts };
};

/** Heads of ≥2 kinds on one line, a fiscal one among them, each over one amount (and no second line: not a list). */
function kindsAcross(g: Grid, from: number, to: number, left: number, right: number, f: Funds): boolean {
  for (let r = from; r + 1 < to; r++) {
    const fiscal: Amount[] = [];
    const other: Amount[] = [];
    for (let c = left, w = Math.min(right, rowWidth(g, r)); c <= w; c++) {
      const kind = kindOf(cellText(g, r, c));
      const a = kind ? amountAt(g, r + 1, c) : null;
      if (!kind || !a || (r + 2 < to && amountAt(g, r + 2, c))) continue;
      (kind === 'fiscal' ? fiscal : other).push(a);
    }
    if (fiscal.length === 0 || fiscal.length + other.length < 2) continue;
    f.total = sum([...fiscal, ...other]);
    f.fiscal = fiscal.length === 1 ? fiscal[0] : sum(fiscal);
    if (other.length) [f.other, f.otherLine] = [other.length === 1 ? other[0] : sum(other), true];
    return true;
  }
  return false;
}

const headsKindList = (g: Grid, r: number, left: number, right: number): boolean => {
  for (let c = left, w = Math.min(right, rowWidth(g, r)); c <= w; c++) if (KIND_LIST.test(foldHeader(cellText(g, r, c)).replace(/\s+/g, ''))) return true;
  return false;
};

/** Rows [from, to) above the grid; f as readBudgetLabels read it, filled only where it has no total. */
export function moneyByKind(g: Grid, from: number, to: number, left: number, right: number, f: Funds): void {
  if (f.total || kindsAcross(g, from, to, left, right, f)) return;
  taskListTotal(g, from, to, left, right, f, headsKindList);
}
