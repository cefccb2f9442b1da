/**
 * Why a 自评 score is incomplete (issue 7: every finding says what, where and why): “自评得分不完整” alone leaves the
 * accountant hunting; this names what is missing — 全年执行数未填（E5）, 实际完成值未填（第 8、9 行） — in the sheet's own cells.
 */
import { breakdownRows } from '../domain/breakdown-rows';
import type { Project } from '../domain/model';
import type { ProjectScore } from '../domain/scoring';
import { address } from '../sheet/a1';
import { sheetCell } from '../sheet/transposed';
import { halvesCell } from '../sheet/two-halves';

/** One reason the total is not given: `what` a stable code, `cells` the sheet cells (or rows, “8”) concerned, `text` for people. */
export interface ScoreGap {
  what: string;
  cells: string[];
  text: string;
}

const ROW_GAP: Record<string, string> = {
  'no-target': '指标值未填',
  'no-weight': '分值未定',
  'no-actual': '实际完成值未填',
  'not-number': '实际完成值无法按数值评分',
  unit: '实际完成值与指标值计量单位不一致',
  'no-grade': '实际完成值无法评定等级',
  approx: '实际完成值为约数，无法评分',
};

const SHOWN = 5;

/** The sheet's cell of a stacked-table cell (a table laid across or printed in two halves), as findings name it. */
function onSheet(p: Project, row: number, col: number): { row: number; col: number } {
  return p.transposed ? sheetCell(p.transposed, row, col) : p.halves ? halvesCell(p.halves, row, col) : { row, col };
}

function rowsText(rows: number[]): string {
  const shown = rows.slice(0, SHOWN).join('、');
  return rows.length > SHOWN ? `第 ${shown} 等 ${rows.length} 行` : `第 ${shown} 行`;
}

function executionGaps(p: Project, s: ProjectScore): ScoreGap[] {
  const ex = s.execution;
  if (ex.score !== null) return [];
  const f = p.funds;
  // A flat list (项目名称 | 预算数 | 执行数 | 一级指标 …) has no funds row: its amounts stand on the project's first row.
  const c = p.columns;
  const flatRow = f.row === null && c.budget !== undefined ? (f.total?.col === c.budget ? f.total.row : p.indicators[0]?.row) : undefined;
  const cell = (col: number | undefined, flatCol: number | undefined) => {
    const at = f.row !== null && col !== undefined ? onSheet(p, f.row, col) : flatRow !== undefined && flatCol !== undefined ? onSheet(p, flatRow, flatCol) : null;
    return at ? [address(at.row, at.col)] : [];
  };
  const out: ScoreGap[] = [];
  if (ex.budget === null) {
    const cells = cell(f.cols.total, c.budget);
    out.push({ what: 'budget', cells, text: cells.length ? `全年预算数未填（${cells[0]}）` : '未找到全年预算数' });
  } else if (ex.budget <= 0) {
    const cells = cell(f.cols.total, c.budget);
    out.push({ what: 'budget', cells, text: `全年预算数为 ${ex.budget}${cells.length ? `（${cells[0]}）` : ''}，无法计算预算执行率` });
  }
  if (ex.executed === null) {
    const cells = cell(f.cols.executed, c.executed);
    out.push({ what: 'executed', cells, text: cells.length ? `全年执行数未填（${cells[0]}）` : '未读到全年执行数（执行数），无法计算预算执行率' });
  }
  if (!out.length) out.push({ what: 'rate', cells: [], text: '预算执行率无法计算' });
  return out;
}

/** What keeps a 自评表's total from being given; empty when there is a total or the table is a 目标表 (nothing to score yet). */
export function scoreGaps(p: Project, s: ProjectScore): ScoreGap[] {
  if (s.total !== null || p.layout !== 'selfeval' || p.partOf !== undefined) return [];
  const parts = breakdownRows(p.indicators);
  const byWhat = new Map<string, number[]>();
  s.rows.forEach((r, i) => {
    if (r.excluded || parts.has(i)) return;
    const why = r.weight === null ? 'no-weight' : r.blocked === 'no-target' ? 'no-target' : r.score === null ? (r.blocked ?? 'no-actual') : null;
    if (why === null) return;
    const ind = p.indicators[i];
    const row = onSheet(p, ind.row, p.columns.target ?? p.firstCol).row;
    const rows = byWhat.get(why);
    if (rows) rows.push(row);
    else byWhat.set(why, [row]);
  });
  const rows = [...byWhat].map(([what, rs]) => ({ what, cells: rs.map(String), text: `${ROW_GAP[what] ?? '无法评分'}（${rowsText(rs)}）` }));
  return [...executionGaps(p, s), ...rows];
}

/** “自评得分不完整：全年执行数未填（E5）；实际完成值未填（第 8 行）”. */
export function incompleteText(gaps: ScoreGap[]): string {
  return gaps.length ? `自评得分不完整：${gaps.map((g) => g.text).join('；')}` : '自评得分不完整';
}
