/**
 * A 年度主要任务 list (任务名称 | 主要内容 | 预算数 | 执行数 | 完成情况, 部门整体 自评表) looks like a funds header — it has a
 * 预算数 and an 执行数 — but each row below it is one task's money, not the project's: its first figure is not the budget.
 * The funds block is the 年度资金总额 line further down — or, where a 目标表 has none, the list's own 合计 line (taskListTotal).
 */
import type { Amount, Funds } from '../domain/model';
import { parseAmount } from '../domain/value';
import { cellText, cellValue, mergeAt, numFormat, rowWidth, type Grid } from './grid';
import { foldHeader } from './headers';

// The whole cell: 任务名称, 主要任务, 年度主要任务, 重点工作任务, 任务内容 — never an indicator's words (任务完成率).
const TASK_HEAD = /^(年度)?(主要|重点)?(工作)?任务(名称|内容)?$/;

/** Whether row r (columns left..right) heads a list of tasks. */
export function headsTaskList(g: Grid, r: number, left: number, right: number): boolean {
  for (let c = left, w = Math.min(right, rowWidth(g, r)); c <= w; c++) {
    const t = cellText(g, r, c);
    if (t && t.length <= 16 && TASK_HEAD.test(foldHeader(t).replace(/\s+/g, ''))) return true;
  }
  return false;
}

/** The task list's money columns: 预算数 / 预算金额 (not merged across sub-columns), or 总额 | 财政拨款 | 其他资金 under it. */
const TOTAL_HEAD = /^(预算数|预算金额|预算资金|资金总额|预算总额|总额|金额|年度预算(数)?)(\(.*\))?$/;
const FISCAL_HEAD = /^(其中[:：]?)?(财政拨款|财政资金)/;
const OTHER_HEAD = /^(其中[:：]?)?其他资金/;
// The closing line: 合计, 总计, 金额合计 (“合    计” folds to 合计).
const SUM_LINE = /^(金额|资金)?(合计|总计)$/;

function amountAt(g: Grid, row: number, col: number): Amount | null {
  const v = cellValue(g, row, col);
  if (v === null || v === '') return null;
  const a = parseAmount(v, numFormat(g, row, col));
  return a.value === null ? null : { value: a.value, number: a.number, row, col };
}

const fold = (t: string) => foldHeader(t).replace(/\s+/g, '');

/**
 * A 部门整体 目标表 with no 年度资金总额 line: its money is the 年度主要任务 list's 合计 line (the tasks together are the
 * department's year), in the list's 预算数 / 总额 column — and 财政拨款 / 其他资金 on that line where the list splits them.
 * Rows [from, to) above the grid; f is filled only where it has no total.
 */
export function taskListTotal(g: Grid, from: number, to: number, left: number, right: number, f: Funds, heads = headsTaskList): void {
  for (let r = from; r < to; r++) {
    if (!heads(g, r, left, right)) continue;
    const cols: { total?: number; fiscal?: number; other?: number } = {};
    for (let rr = r; rr <= r + 1 && rr < to; rr++) {
      for (let c = left, w = Math.min(right, rowWidth(g, rr)); c <= w; c++) {
        const t = fold(cellText(g, rr, c));
        if (!t) continue;
        const across = mergeAt(g, rr, c);
        if (TOTAL_HEAD.test(t) && !(across && across.right > c)) cols.total ??= c;
        else if (FISCAL_HEAD.test(t)) cols.fiscal ??= c;
        else if (OTHER_HEAD.test(t)) cols.other ??= c;
      }
    }
    if (cols.total === undefined) return;
    for (let rr = r + 1; rr < Math.min(to, r + 40); rr++) {
      let label = '';
      for (let c = left; c < cols.total && !label; c++) label = fold(cellText(g, rr, c));
      if (!SUM_LINE.test(label)) continue;
      const total = amountAt(g, rr, cols.total);
      if (!total) return;
      f.total = total;
      if (cols.fiscal !== undefined) f.fiscal = amountAt(g, rr, cols.fiscal) ?? f.fiscal;
      if (cols.other !== undefined) f.other = amountAt(g, rr, cols.other) ?? f.other;
      return;
    }
    return;
  }
}
