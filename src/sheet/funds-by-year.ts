/**
 * A money table laid out by year (市县 部门预算项目支出绩效目标申报表): 资金来源 | 上年度预算安排 | 上年度实际执行 | 本年度申请金额
 * over 合计 / 财政拨款 / 政府性基金拨款 / 其他资金 / 上年结转 lines. The 目标表 is this year's: its budget is the 本年度 column's
 * 合计 (or its lines' sum when 合计 is blank), its fiscal and other parts that column's lines — the labels beside read the first
 * amount right of 财政拨款, last year's, and added it to 其他资金 (300 + 20 for a year of 350).
 */
import type { Amount, Funds } from '../domain/model';
import { cellText, rowWidth, type Grid } from './grid';
import { foldHeader } from './headers';
import { amountAt, sum as sumKinds } from './funds-kinds';

// Last year's columns, and this year's: 上年度预算安排 | 上年度实际执行 | 本年度申请金额 (or 上年预算数 | 本年预算数, 2023年预算 | 2024年申请).
const LAST = /^(上年度?|上一年度?|前一年度?)/;
const THIS = /^(本年度?|当年|今年)(申请|预算|安排|申报)/;
const YEAR = /^((?:19|20)\d{2})年度?(预算|申请|安排|申报|执行|实际)/;
const TOTAL = /^(合计|总计|小计|资金总额|总额)$/;
const FISCAL = /^(其中[:：]?)?(财政拨款|财政资金|财政补助|一般公共预算|政府性基金|财政专户|国有资本经营|中央|省级|市级|县级|本级)/;
const OTHER = /^(其中[:：]?)?(其他资金|其他|自筹|自有|单位自筹|事业收入|经营收入|事业基金|上年结转|社会资金)/;

// One part is the amount itself (no sumOf), as the year's column may hold only 合计.
const sum = (parts: Amount[]): Amount => (parts.length === 1 ? parts[0] : sumKinds(parts));

/** This year's column on a head row that also heads last year's (by words or by an earlier year), or null. */
function thisYearColumn(g: Grid, r: number, left: number, right: number): number | null {
  let last = false;
  let here: number | null = null;
  const years: [number, number][] = [];
  for (let c = left, w = Math.min(right, rowWidth(g, r)); c <= w; c++) {
    const raw = cellText(g, r, c);
    if (raw.indexOf('年') < 0) continue; // every head it looks for says 年: the lines above each table cost one scan
    const t = foldHeader(raw).replace(/\s+/g, '');
    if (LAST.test(t)) last = true;
    else if (here === null && THIS.test(t)) here = c;
    const y = YEAR.exec(t);
    if (y) years.push([Number(y[1]), c]);
  }
  if (here !== null) return last ? here : null;
  // 2023年预算 | 2023年执行 | 2024年申请: the latest year's first column, when an earlier year stands beside it.
  const top = Math.max(...years.map(([y]) => y));
  return years.some(([y]) => y < top) ? years.find(([y]) => y === top)![1] : null;
}

/** The line's label: its first text left of this year's column. */
function labelOf(g: Grid, r: number, left: number, col: number): string {
  for (let c = left; c < col; c++) {
    const t = foldHeader(cellText(g, r, c)).replace(/\s+/g, '');
    if (t && amountAt(g, r, c) === null) return t;
  }
  return '';
}

const inRows = (a: Amount | null, from: number, to: number): boolean => a === null || (a.row >= from && a.row <= to);

/** Rows [from, to) above the grid; f as readBudgetLabels read it, set to this year's figures where a by-year table holds them. */
export function moneyByYear(g: Grid, from: number, to: number, left: number, right: number, f: Funds): void {
  for (let r = from; r < to; r++) {
    if (!g.values[r - 1]) continue;
    const col = thisYearColumn(g, r, left, right);
    if (col === null) continue;
    let total: Amount | null = null;
    let totalLine = false;
    let otherLine = false;
    const fiscal: Amount[] = [];
    const other: Amount[] = [];
    let end = r;
    for (let rr = r + 1; rr < to; rr++) {
      const label = labelOf(g, rr, left, col);
      const kind = TOTAL.test(label) ? 'total' : FISCAL.test(label) ? 'fiscal' : OTHER.test(label) ? 'other' : null;
      if (!kind) break;
      end = rr;
      const a = amountAt(g, rr, col);
      if (kind === 'total') [total, totalLine] = [total ?? a, true];
      else if (kind === 'other') otherLine = true;
      if (a && kind !== 'total') (kind === 'fiscal' ? fiscal : other).push(a);
    }
    if (!totalLine && fiscal.length === 0) continue;
    if (!inRows(f.total, r, end) || !inRows(f.fiscal, r, end) || !inRows(f.other, r, end)) return;
    const parts = [...fiscal, ...other];
    f.total = total ?? (parts.length ? sum(parts) : null);
    f.fiscal = fiscal.length ? sum(fiscal) : null;
    f.other = other.length ? sum(other) : null;
    if (otherLine) f.otherLine = true;
    return;
  }
}
