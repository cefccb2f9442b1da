/** CST: money — the budget lines and the cost rows against them (domain.md §5.3, §8.2). */
import { dec, type Dec } from '../decimal';
import type { Amount, IndicatorRow, Project } from '../model';
import { isCostName, nameClass } from '../units';
import { formatValue } from '../value';
import type { Rule, RuleContext } from './types';
import { cite } from './cite';
import { TIANJIN_2024_SEED } from './evidence';
import { fixAt, nameOf, rawOf } from './util';

const EPS = 0.01;

const fmt = (d: Dec) => d.round(2).toString();
const has = (a: Amount | null): a is Amount & { value: number; number: string } => !!a && a.value !== null && a.number !== null;

export const CST01: Rule = {
  id: 'CST-01',
  meta: {
    title: '预算数与资金来源不符', titleEn: 'Budget ≠ its sources',
    description: '预算数应等于财政资金与其他资金之和（±0.01 万元）。自评表的资金块里，年度资金总额应等于其下“其中”各行之和；总额行全为 0 而其中各行有数（池州 2022 的模板缺陷）时，在总额单元格报告。',
    source: cite('CST-01'), evidence: `${TIANJIN_2024_SEED} 预算数/财政资金/其他资金 栏；池州 2022 自评表 [P]；[I]`, severity: 'error', fixable: false,
    messages: {
      sources: '预算数 {total} 万元 ≠ 财政资金 {fiscal} + 其他资金 {other}（差 {diff}）',
      parts: '年度资金总额 {total} 万元 ≠ 其中各项合计 {sum} 万元（差 {diff}）',
      zeroTotal: '年度资金总额为 0，其中各项却合计全年预算数 {sum} 万元、全年执行数 {executed} 万元（总额行未求和？）',
    },
    messagesEn: {
      sources: 'Budget {total} ≠ fiscal funds {fiscal} + other funds {other} (difference {diff})',
      parts: 'Annual total {total} ≠ the sum of its 其中 rows, {sum} (difference {diff})',
      zeroTotal: 'The annual total row is 0 while its 其中 rows add up to budget {sum} and executed {executed} (total row not summed?)',
    },
  },
  create(ctx) {
    const f = ctx.project.funds;
    const at = (a: Amount | null) => (a ? { row: a.row, col: a.col } : { row: f.row ?? ctx.project.headerRow, col: 2 });
    if (f.headerRow !== null && f.parts.length) {
      // Self-evaluation funds block: the total row against its 其中 rows.
      const withBudget = f.parts.filter((x) => has(x.total));
      if (!withBudget.length) return;
      const sum = withBudget.reduce((acc, x) => acc.plus(x.total!.number!), dec(0));
      const exec = f.parts.reduce((acc, x) => acc.plus(has(x.executed) ? x.executed.number : 0), dec(0));
      const total = has(f.total) ? dec(f.total.number) : null;
      const zeroExec = !has(f.executed) || dec(f.executed.number).eq(0);
      if ((total === null || total.eq(0)) && zeroExec && (sum.gt(0) || exec.gt(0))) {
        ctx.report({ messageId: 'zeroTotal', data: { sum: fmt(sum), executed: fmt(exec) }, ...at(f.total ?? f.initial) });
        return;
      }
      if (total !== null && total.minus(sum).abs().gt(EPS))
        ctx.report({ messageId: 'parts', data: { total: fmt(total), sum: fmt(sum), diff: fmt(total.minus(sum)) }, ...at(f.total) });
      return;
    }
    if (!has(f.total) || !has(f.fiscal)) return;
    const total = dec(f.total.number);
    const other = has(f.other) ? dec(f.other.number) : dec(0);
    const diff = total.minus(dec(f.fiscal.number)).minus(other);
    if (diff.abs().gt(EPS))
      ctx.report({ messageId: 'sources', data: { total: fmt(total), fiscal: f.fiscal.number, other: fmt(other), diff: fmt(diff) }, ...at(f.total) });
  },
};

/**
 * The budget cost rows are measured against: the target table's 预算数; in a self-evaluation the 年初预算数
 * (targets were approved against it; 全年预算数 may have been cut mid-year, 池州 B). A self-evaluation whose
 * 年初预算数 cell reads 0 (the 池州 all-zero total row) gives no basis: CST-01 reports that row instead.
 */
// Cost rows state 万元; a budget the sheet writes in 元 is compared in 万元.
const PER_WAN: Record<string, number> = { 万元: 1, 元: 10000, 千元: 10, 亿元: 0.0001 };

function budgetOf(ctx: RuleContext): { value: Dec; label: string } | null {
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

/** A cost row stating a total amount in 万元 as a cap or an amount (not a ≥ floor, not a per-unit standard). */
function totalCostRows(p: Project): IndicatorRow[] {
  return p.indicators.filter((ind) => {
    const t = ind.target;
    if (t.kind !== 'quantitative' || t.number === null || t.unit !== '万元' || t.range || t.placeholder || t.notApplicable) return false;
    if (!(ind.cost || isCostName(ind.level3))) return false;
    if (nameClass(ind.level3) === 'rateMoney' || PER_UNIT.test(ind.level3)) return false;
    const op = t.opImplicit ? null : t.op;
    return op === null || op === '≤' || op === '<' || op === '=';
  });
}

/** Σ of the cost rows; a row equal to the sum of all the others is their total (乌海 “年度预算总成本”), not another item. */
function costSum(rows: IndicatorRow[]): Dec {
  const all = rows.reduce((acc, x) => acc.plus(x.target.number!), dec(0));
  if (rows.length > 2) {
    const total = rows.find((x) => dec(x.target.number!).times(2).eq(all));
    if (total) return dec(total.target.number!);
  }
  return all;
}

export const CST02: Rule = {
  id: 'CST-02',
  meta: {
    title: '成本指标合计超过预算', titleEn: 'Cost rows exceed the budget',
    description: '以万元计的总成本类指标（≤、= 或无符号；不含单位成本）之和不应超过预算数：成本目标按预算支出标准设定，不得超出预算。自评表按年初预算数比较。',
    source: cite('CST-02'), evidence: 'pmkpi 预算支出标准 [P]；[I]', severity: 'warning', fixable: false,
    messages: { over: '成本指标合计 {sum} 万元（{names}）超过{label} {budget} 万元' },
    messagesEn: { over: 'Cost rows add up to {sum} (10k yuan) ({names}), more than the budget {budget}' },
  },
  create(ctx) {
    const rows = totalCostRows(ctx.project);
    const b = budgetOf(ctx);
    if (!rows.length || !b) return;
    const sum = costSum(rows);
    if (sum.minus(b.value).gt(EPS))
      ctx.report({ messageId: 'over', data: { sum: fmt(sum), budget: fmt(b.value), label: b.label, names: rows.map(nameOf).join('、') }, ...ctx.valueCell(rows[0]) });
  },
};

export const CST03: Rule = {
  id: 'CST-03',
  meta: {
    title: '成本指标合计与预算不一致', titleEn: 'Cost rows differ from the budget',
    description: '总成本类指标之和低于预算数。常见做法是总成本目标等于预算数（公开的目标表中多数如此）；不一致时提示核对，不是错误。',
    source: cite('CST-03'), evidence: `${TIANJIN_2024_SEED}（成本 = 预算数）`, severity: 'info', fixable: false,
    messages: { under: '成本指标合计 {sum} 万元（{names}）与{label} {budget} 万元不一致' },
    messagesEn: { under: 'Cost rows add up to {sum} (10k yuan) ({names}), not the budget {budget}' },
  },
  create(ctx) {
    const rows = totalCostRows(ctx.project);
    const b = budgetOf(ctx);
    if (!rows.length || !b) return;
    const sum = costSum(rows);
    if (b.value.minus(sum).gt(EPS))
      ctx.report({ messageId: 'under', data: { sum: fmt(sum), budget: fmt(b.value), label: b.label, names: rows.map(nameOf).join('、') }, ...ctx.valueCell(rows[0]) });
  },
};

/** v ≈ target within 1 %. */
function near(v: Dec, target: Dec): boolean {
  if (target.lte(0)) return false;
  return v.minus(target).abs().lte(target.times(0.01));
}

export const CST04: Rule = {
  id: 'CST-04',
  meta: {
    fix: 'suggest',
    title: '元与万元混用', titleEn: 'Yuan vs 10k-yuan slip',
    description: '表头单位为万元。成本指标以“元”填写而数值约等于预算数×10000，或以“万元”填写而约等于预算数÷10000，多半是单位写错了量级。前一种情况建议换算为万元（数量不变；由用户确认后手工修改，不自动写入）。',
    source: cite('CST-04'), evidence: '[I]', severity: 'warning', fixable: true,
    messages: {
      yuan: '“{name}”的指标值“{raw}”以元计，约等于预算数 {budget} 万元，宜写作“{fixed}”',
      wan: '“{name}”的指标值“{raw}”约等于预算数 {budget} 的万分之一，量级可能写错（元与万元混用？）',
    },
    messagesEn: {
      yuan: 'The target of “{name}”, “{raw}”, is in yuan and ≈ the budget {budget} (10k yuan); write “{fixed}”',
      wan: 'The target of “{name}”, “{raw}”, is ≈ 1/10000 of the budget {budget}: yuan and 10k yuan mixed up?',
    },
  },
  create(ctx) {
    const b = budgetOf(ctx);
    if (!b) return;
    const p = ctx.project;
    const split = p.columns.unit !== undefined;
    for (const ind of p.indicators) {
      const t = ind.target;
      if (t.kind !== 'quantitative' || t.number === null || t.range || t.placeholder) continue;
      if (!(ind.cost || isCostName(ind.level3))) continue;
      const v = dec(t.number);
      if (t.unit === '元' && near(v, b.value.times(10000))) {
        const fixed = formatValue({ ...t, number: v.div(10000).toString(), unit: '万元' });
        ctx.report({ messageId: 'yuan', data: { name: nameOf(ind), raw: rawOf(t), budget: fmt(b.value), fixed }, ...ctx.valueCell(ind),
          fix: split ? undefined : fixAt(ctx.valueCell(ind), fixed) });
      } else if (t.unit === '万元' && v.gt(0) && near(v, b.value.div(10000))) {
        ctx.report({ messageId: 'wan', data: { name: nameOf(ind), raw: rawOf(t), budget: fmt(b.value) }, ...ctx.valueCell(ind) });
      }
    }
  },
};

export const cstRules: Rule[] = [CST01, CST02, CST03, CST04];
