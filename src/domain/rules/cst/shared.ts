/** Helpers shared by the CST rules. */
import { dec, type Dec } from '../../decimal';
import type { Amount, IndicatorRow, Project } from '../../model';
import { isCostName, nameClass } from '../../units';
import { unitFactor } from '../../unit-scale';
import type { RuleContext } from '../types';

export const EPS = 0.01;

export const fmt = (d: Dec) => d.round(2).toString();
export const has = (a: Amount | null): a is Amount & { value: number; number: string } => !!a && a.value !== null && a.number !== null;

/**
 * The budget cost rows are measured against: the target table's 预算数; in a self-evaluation the 年初预算数
 * (targets were approved against it; 全年预算数 may have been cut mid-year, 池州 B). A self-evaluation whose
 * 年初预算数 cell reads 0 (the 池州 all-zero total row) gives no basis: CST-01 reports that row instead.
 */
// Cost rows state 万元; a budget the sheet writes in 元 is compared in 万元.
const PER_WAN: Record<string, number> = { 万元: 1, 元: 10000, 千元: 10, 亿元: 0.0001 };

/** Each project's budget, made once for the rules that ask (CST-02, 03, 04). */
const budgets = new WeakMap<Project, { value: Dec; label: string } | null>();

export function budgetOf(ctx: RuleContext): { value: Dec; label: string } | null {
  let b = budgets.get(ctx.project);
  if (b === undefined) budgets.set(ctx.project, (b = budgetFor(ctx)));
  return b;
}

/**
 * Whether a − b > EPS is surely false, decided in floats: amounts under 10⁹ added a few at a time are off by
 * less than 10⁻⁵, so a float difference that far below EPS settles it; anything near the line goes the exact way.
 */
export function surelyNotOver(a: number, b: number): boolean {
  return Math.abs(a) < 1e9 && Math.abs(b) < 1e9 && a - b < EPS - 1e-4;
}

/** The cost rows' sum as a float when costSum would be their plain sum (two rows or fewer, each under 10⁹), else null. */
export function floatCostSum(rows: IndicatorRow[]): number | null {
  if (rows.length > 2) return null;
  let s = 0;
  for (let i = 0; i < rows.length; i++) {
    const x = rows[i];
    const v = Number(wan(x));
    if (!(Math.abs(v) < 1e9)) return null;
    s += v;
  }
  return s;
}

function budgetFor(ctx: RuleContext): { value: Dec; label: string } | null {
  // A long-term grid's costs span the whole period; the budget beside it is the year's.
  if (ctx.project.partOf !== undefined) return null;
  const b = budgetInSheetUnit(ctx);
  const k = PER_WAN[ctx.project.money?.unit ?? '万元'] ?? 1;
  return b && k !== 1 ? { value: b.value.div(k), label: b.label } : b;
}

function budgetInSheetUnit(ctx: RuleContext): { value: Dec; label: string } | null {
  const p = ctx.project;
  const f = p.funds;
  if (p.layout === 'selfeval' && f.headerRow !== null) {
    if (has(f.initial) && f.initial !== f.total) return f.initial.value > 0 ? { value: dec(f.initial.number), label: '年初预算数' } : null;
    return has(f.total) && f.total.value > 0 ? { value: dec(f.total.number), label: '全年预算数' } : null;
  }
  if (has(f.total) && f.total.value > 0) return { value: dec(f.total.number), label: '预算数' };
  return null;
}

const PER_UNIT = /(单位|生均|人均|户均|单价|每)/;

const costRows = new WeakMap<Project, IndicatorRow[]>();

/** The project's total-cost rows (see totalCostRowsOf), found once for CST-02 and CST-03. */
export function totalCostRows(p: Project): IndicatorRow[] {
  let rows = costRows.get(p);
  if (!rows) costRows.set(p, (rows = totalCostRowsOf(p)));
  return rows;
}

// Money written at another scale than 万元 (≤0.16亿元, ≤3000千元, ≤1,200,000元) is restated in 万元 before it is summed.
const MONEY = new Set(['元', '千元', '万元', '百万元', '亿元']);

/** A cost row's target in 万元, as exact decimal text. */
export function wan(ind: IndicatorRow): string {
  const t = ind.target;
  const f = t.unit === '万元' ? null : unitFactor(t.unit!, '万元');
  return f ? dec(t.number!).times(f.mul).div(f.div).toString() : t.number!;
}

/** Cost rows stating a total amount of money as a cap or an amount (not a ≥ floor, not a per-unit standard). */
function totalCostRowsOf(p: Project): IndicatorRow[] {
  return p.indicators.filter((ind) => {
    const t = ind.target;
    if (t.kind !== 'quantitative' || t.number === null || !MONEY.has(t.unit ?? '') || t.range || t.placeholder || t.notApplicable) return false;
    if (!(ind.cost || isCostName(ind.level3))) return false;
    if (nameClass(ind.level3) === 'rateMoney' || PER_UNIT.test(ind.level3)) return false;
    const op = t.opImplicit ? null : t.op;
    return op === null || op === '≤' || op === '<' || op === '=';
  });
}

/** Σ of the cost rows; a row equal to the sum of all the others is their total (乌海 “年度预算总成本”), not another item. */
export function costSum(rows: IndicatorRow[]): Dec {
  const all = rows.reduce((acc, x) => acc.plus(wan(x)), dec(0));
  if (rows.length > 2) {
    const total = rows.find((x) => dec(wan(x)).times(2).eq(all));
    if (total) return dec(wan(total));
  }
  return all;
}
