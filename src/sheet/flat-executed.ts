/**
 * A flat 自评 list (several projects' rows under one header, 项目名称 | 预算数 | 执行数 merged down each project): the
 * 执行数 column is the project's spending, read on its first row beside the 预算数 — so the execution score is the
 * project's own (执行数 ÷ 预算数 × 10), not missing.
 */
import type { Project } from '../domain/model';
import { parseAmount } from '../domain/value';
import { cellText, cellValue, type Grid } from './grid';

export function flatExecuted(g: Grid, p: Project): void {
  const col = p.columns.executed;
  const total = p.funds.total;
  if (col === undefined || p.columns.budget === undefined || !total || p.funds.executed) return;
  const first = p.indicators.find((x) => cellText(g, x.row, col).trim());
  if (!first) return;
  const a = parseAmount(cellValue(g, first.row, col));
  if (a.value === null) return;
  p.funds.executed = { value: a.value, number: a.number, row: first.row, col };
  p.funds.cols = { ...p.funds.cols, total: total.col, executed: col };
}
