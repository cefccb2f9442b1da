/**
 * A 年度主要任务 list (任务名称 | 主要内容 | 预算数 | 执行数 | 完成情况, 部门整体 自评表) looks like a funds header — it has a
 * 预算数 and an 执行数 — but each row below it is one task's money, not the project's: its first figure is not the budget.
 * The funds block is the 年度资金总额 line further down.
 */
import { cellText, rowWidth, type Grid } from './grid';
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
