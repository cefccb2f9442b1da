/**
 * A 年度主要任务 list (部门整体 自评表: 任务名称 | 主要内容 | 预算数 | 执行数 | 完成情况) is not a funds block — each row is
 * one task's money (funds-tasks.ts). But when the sheet has no 年度资金总额 line, the list's own closing 合计 / 总计
 * line is the department's money for the year: its 预算数 is the budget and its 执行数 what was spent. Read only as a
 * last resort (no other funds block above the grid), only from a line whose label is the whole cell 合计 / 总计 (spaces
 * between the characters allowed), and only under the list's 预算数 column. This one reads the line as a funds block (its
 * 执行数 and cells for fill); taskListTotal in funds-tasks.ts reads it as labels (财政拨款 / 其他资金) when no block is found.
 */
import type { Amount, Funds } from '../domain/model';
import { cellText, rowWidth, type Grid } from './grid';
import { foldHeader } from './headers';
import { headsTaskList } from './funds-tasks';

const CLOSING = /^(合计|总计)$/;
// A list of tasks is short; past this many rows the 合计 belongs to something else.
const MAX_TASKS = 30;

type RolesAt = (g: Grid, r: number, left: number, right: number) => Map<string, number> | null;
type AmountAt = (g: Grid, row: number, col: number) => Amount | null;

/** The funds of a task list's 合计 line in rows [from, to), or null. */
export function taskListBlock(g: Grid, from: number, to: number, left: number, right: number, rolesAt: RolesAt, amountAt: AmountAt, empty: () => Funds): Funds | null {
  for (let r = from; r < to; r++) {
    if (!g.values[r - 1]) continue;
    const roles = rolesAt(g, r, left, right);
    if (!roles || !headsTaskList(g, r, left, right)) continue;
    const totalCol = roles.get('total') ?? roles.get('initial');
    if (totalCol === undefined) return null;
    for (let rr = r + 1; rr < Math.min(to, r + 1 + MAX_TASKS); rr++) {
      if (!closes(g, rr, left, Math.min(right, totalCol - 1))) continue;
      const total = amountAt(g, rr, totalCol);
      if (!total) return null;
      const f = empty();
      const exec = roles.get('executed');
      f.headerRow = r;
      f.row = rr;
      f.total = total;
      f.executed = exec === undefined ? null : amountAt(g, rr, exec);
      f.cols = { total: totalCol, executed: exec };
      return f;
    }
    return null;
  }
  return null;
}

/** Whether a cell left of the amounts says 合计 / 总计 and nothing else. */
function closes(g: Grid, row: number, left: number, right: number): boolean {
  for (let c = left, w = Math.min(right, rowWidth(g, row)); c <= w; c++) if (CLOSING.test(foldHeader(cellText(g, row, c)).replace(/\s+/g, ''))) return true;
  return false;
}
