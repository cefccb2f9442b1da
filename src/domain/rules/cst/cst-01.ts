/** CST-01 预算数与资金来源不符 — Budget ≠ its sources. */
import { dec } from '../../decimal';
import type { Amount } from '../../model';
import type { Rule } from '../types';
import { cite } from '../cite';
import { TIANJIN_2024_SEED } from '../evidence';
import { EPS, fmt, has, surelyNotOver } from './shared';

// 其中 lines naming where the money comes from (not 基本支出 / 项目支出, which split its use).
const SOURCE = /财政|拨款|结转|一般公共预算|政府性基金|国有资本经营/;

export const CST01: Rule = {
  id: 'CST-01',
  meta: {
    title: '预算数与资金来源不符',
    titleEn: 'Budget ≠ its sources',
    description:
      '预算数应等于财政资金与其他资金之和（±0.01 万元）；表中没有其他资金一行时，其他来源未列明，只检查财政资金不超过预算数。自评表的资金块里，年度资金总额应等于其下“其中”各行之和；总额行全为 0 而其中各行有数（池州 2022 的模板缺陷）时，在总额单元格报告。',
    source: cite('CST-01'),
    evidence: `${TIANJIN_2024_SEED} 预算数/财政资金/其他资金 栏；池州 2022 自评表 [P]；[I]`,
    severity: 'error',
    fixable: false,
    messages: {
      sources: '预算数 {total} 万元 ≠ 财政资金 {fiscal} + 其他资金 {other}（差 {diff}）',
      parts: '年度资金总额 {total} 万元 ≠ 其中各项合计 {sum} 万元（差 {diff}）',
      fiscalOver: '财政资金 {fiscal} 万元超过预算数 {total} 万元（差 {diff}）',
      zeroTotal: '年度资金总额为 0，其中各项却合计全年预算数 {sum} 万元、全年执行数 {executed} 万元（总额行未求和？）',
    },
    messagesEn: {
      sources: 'Budget {total} ≠ fiscal funds {fiscal} + other funds {other} (difference {diff})',
      parts: 'Annual total {total} ≠ the sum of its 其中 rows, {sum} (difference {diff})',
      fiscalOver: 'Fiscal funds {fiscal} exceed the budget {total} (difference {diff})',
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
      // “其中” lists part of the money: without a 其他资金 line, 其中 lines of the sources (财政拨款, 上年结转) below the
      // total leave the rest to sources not listed — absent is not 0. Lines above it are wrong either way.
      const open = !f.otherLine && (f.fiscal !== null || f.parts.some((x) => SOURCE.test(x.label)));
      if (total !== null && (open ? sum.minus(total).gt(EPS) : total.minus(sum).abs().gt(EPS)))
        ctx.report({ messageId: 'parts', data: { total: fmt(total), sum: fmt(sum), diff: fmt(total.minus(sum)) }, ...at(f.total) });
      return;
    }
    if (!has(f.total) || !has(f.fiscal)) return;
    // Budget = fiscal + other on nearly every table: floats settle it far from the line, decimals near it.
    const ft = Number(f.total.number);
    const ff = Number(f.fiscal.number);
    const fo = has(f.other) ? Number(f.other.number) : 0;
    if (Math.abs(ff) < 1e9 && Math.abs(fo) < 1e9 && surelyNotOver(Math.abs(ft - ff - fo), 0)) return;
    const total = dec(f.total.number);
    if (!has(f.other) && !f.otherLine) {
      // No 其他资金 line: the money not from the budget may come from sources the form does not list.
      const over = dec(f.fiscal.number).minus(total);
      if (over.gt(EPS)) ctx.report({ messageId: 'fiscalOver', data: { total: fmt(total), fiscal: f.fiscal.number, diff: fmt(over) }, ...at(f.total) });
      return;
    }
    const other = has(f.other) ? dec(f.other.number) : dec(0);
    const diff = total.minus(dec(f.fiscal.number)).minus(other);
    if (diff.abs().gt(EPS)) ctx.report({ messageId: 'sources', data: { total: fmt(total), fiscal: f.fiscal.number, other: fmt(other), diff: fmt(diff) }, ...at(f.total) });
  },
};
