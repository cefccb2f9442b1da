/** Human-readable output of the CLI: Chinese first, one line per finding, grouped by project. */
import type { Analysis } from '../engine/analyse';
import { analysisCounts } from '../engine/analyse';
import { incompleteText, scoreGaps } from '../engine/score-gaps';
import type { Diagnostic } from '../domain/rules/types';
import type { Project, Role, RowRole } from '../domain/model';
import { partsBudget } from '../domain/parts-budget';
import { address, colLetters } from '../sheet/a1';
import { labelCells, sheetRowOf } from '../sheet/transposed';
import { halvesPlace } from '../sheet/two-halves';
import { reasonAfterRole } from '../sheet/reasons';
import { goalBlockRows } from '../sheet/goal-blocks';

const MARK = { error: '✖ 错误', warning: '⚠ 警告', info: 'ℹ 提示' } as const;
const ORDER = { error: 0, warning: 1, info: 2 } as const;

export const ROW_ROLE_ZH: Record<RowRole, string> = {
  indicator: '指标',
  placeholder: '占位',
  blank: '空行',
  subtotal: '小计',
  total: '总分',
  note: '说明',
  header: '表头',
  funds: '资金',
};

export const COLUMN_ROLE_ZH: Record<Role, string> = {
  level1: '一级指标',
  level2: '二级指标',
  level3: '三级指标',
  description: '指标解释',
  target: '指标值',
  targetPeriod: '实施周期指标值',
  op: '符号',
  nature: '指标方向',
  valueType: '指标值类型',
  unit: '计量单位',
  actual: '实际完成值',
  weight: '分值',
  score: '得分',
  reason: '偏差原因',
  method: '评分标准',
  projectName: '项目名称',
  budget: '预算数',
  executed: '执行数',
  remark: '备注',
  targetText: '指标值内容',
  targetInitial: '年初目标值',
  targetUpper: '指标值上限',
};

export function projectLine(a: Analysis['projects'][number]): string {
  const p = a.project;
  // Not a project of its own: the self-evaluation is scored against the 年度 grid, so this grid is only checked.
  if (p.partOf !== undefined) return `  项目 ${p.partOf} 的长期绩效指标（工作表“${p.sheet}”，表头第 ${p.headerRow} 行，${p.indicators.length} 个指标）— 只核对，不自评打分`;
  // A total line left at 0 over filled 其中 lines: the budget is their sum, as the JSON report and the execution score say.
  const ex = a.score.execution;
  const budget = ex.fromParts ? ex.budget : p.funds.total?.value;
  const parts = [`工作表“${p.sheet}”`, `表头第 ${p.headerRow} 行`, `${p.indicators.length} 个指标`];
  if (budget !== undefined && budget !== null) parts.push(`预算 ${budget} ${p.money.unit}`);
  const s = a.score;
  const total = s.total !== null ? `自评总分 ${s.total.toFixed(2)}（${s.grade}）` : p.layout === 'selfeval' ? incompleteText(scoreGaps(p, s)) : '待填写实际完成值';
  return `项目 ${p.index}：${p.name}（${parts.join('，')}）— ${total}`;
}

function diagLine(d: Diagnostic): string {
  return `  ${MARK[d.severity]}  ${d.cell.padEnd(5)} ${d.rule}  ${d.message}\n           依据：${d.source}`;
}

/** “已跳过 3 行非指标行（占位 2，小计 1）”: what the reader left out, so nobody wonders where a row went. */
function skippedLine(p: Project): string | null {
  const by = new Map<RowRole, number>();
  for (const r of p.rows) if (r.role === 'placeholder' || r.role === 'subtotal' || r.role === 'note') by.set(r.role, (by.get(r.role) ?? 0) + 1);
  if (!by.size) return null;
  const n = [...by.values()].reduce((x, y) => x + y, 0);
  return `  已跳过 ${n} 行非指标行（${[...by].map(([k, v]) => `${ROW_ROLE_ZH[k]} ${v}`).join('，')}），加 --explain 查看`;
}

/**
 * Each project's lines are joined as soon as they are made: a line is a tree of small strings (its template's
 * pieces), and 30 000 such trees kept until the end were copied by every young-generation collection of a
 * 100 000-row report; one flat string per project is a single object. The bytes are the same.
 */
export function formatCheck(file: string, a: Analysis, verbose: boolean): string {
  const blocks: string[] = [`文件：${file}`];
  for (const r of a.projects) {
    const out: string[] = [projectLine(r)];
    for (const d of r.project.doubts) out.push(`  ？ 读表存疑：${d}`);
    const shown = r.diagnostics.filter((d) => verbose || d.severity !== 'info').sort((x, y) => ORDER[x.severity] - ORDER[y.severity] || x.row - y.row || x.col - y.col);
    for (const d of shown) out.push(diagLine(d));
    const hidden = r.diagnostics.length - shown.length + (r.countedInfos ?? 0);
    if (hidden > 0) out.push(`  另有 ${hidden} 条规范化提示（加 --verbose 查看）`);
    if (!r.diagnostics.length && !r.countedInfos) out.push('  未发现问题');
    const skipped = skippedLine(r.project);
    if (skipped) out.push(skipped);
    blocks.push(out.join('\n'));
  }
  const c = analysisCounts(a);
  blocks.push(`合计：错误 ${c.errors}，警告 ${c.warnings}，提示 ${c.infos}`);
  return blocks.join('\n');
}

/** “；分页重复表头：第 30 行”, and a later goal block's header (goal-blocks.ts) said as such, not as a page-break repeat. */
function headRows(p: Project): string {
  const blocks = goalBlockRows(p);
  const page = p.repeatedHeaders.filter((r) => !blocks.has(r));
  const heads = p.repeatedHeaders.filter((r) => blocks.has(r));
  return (page.length ? `；分页重复表头：第 ${page.join('、')} 行` : '') + (heads.length ? `；绩效目标分块表头：第 ${heads.join('、')} 行` : '');
}

/** `check --explain`: how each table was read — header, column roles, money, every row's role and why. */
export function formatExplain(file: string, a: Analysis): string {
  const out: string[] = [`文件：${file}`];
  for (const r of a.projects) {
    const p = r.project;
    out.push(projectLine(r));
    const name = p.nameCell
      ? `${address(p.nameCell.row, p.nameCell.col)} 单元格`
      : p.nameFrom
        ? `工作表“${p.nameFrom.sheet}”${address(p.nameFrom.row, p.nameFrom.col)} 单元格：本表未写项目名称，取自同一工作簿的另一工作表`
        : '未找到项目名称单元格，用工作表名';
    out.push(`  项目名称：${p.name}（${name}）`);
    const cols = (Object.entries(p.columns) as [Role, number][]).sort((x, y) => x[1] - y[1]);
    // A table laid across: its labels down a column, one indicator per column — said in the sheet's own cells.
    const at = p.transposed;
    const labels = at ? labelCells(at, p.columns) : null;
    out.push(
      at
        ? `  表头（横排）：第 ${colLetters(at.col)} 列，第 ${at.top}–${at.top + Math.max(...cols.map(([, c]) => c)) - 1} 行是各项标签，其右每列一个指标`
        : `  表头：第 ${p.headerRow} 行，${colLetters(Math.max(1, p.firstCol))}–${colLetters(Math.max(1, p.lastCol))} 列${headRows(p)}`,
    );
    const named = (role: Role, c: number) => `${labels ? labels[role] : colLetters(c)} ${COLUMN_ROLE_ZH[role]}（“${(p.headerText[c] ?? '').replace(/\s+/g, '')}”）`;
    out.push(`  ${labels ? '各行标签' : '列'}：${cols.map(([role, c]) => named(role, c)).join('；') || '无'}`);
    const t = p.funds.total;
    const parts = partsBudget(p.funds);
    const budget = parts
      ? `${parts.budget} ${p.money.unit}（“其中”各行之和 ${parts.cells.map((x) => address(x.row, x.col)).join(' + ')}；${t?.value === 0 ? `总额行 ${address(t.row, t.col)} 为 0` : '总额行未填'}）`
      : t && t.value !== null
        ? `${t.value} ${p.money.unit}（${t.sumOf ? t.sumOf.map((x) => address(x.row, x.col)).join(' + ') : address(t.row, t.col)}）`
        : '未找到';
    out.push(`  预算：${budget}；金额单位：${p.money.unit}，依据 ${p.money.from}`);
    if (p.weightScale) out.push(`  分值：按比例填写（合计为 1），按 100 分读，0.3 即 30 分${p.weightScale.scores ? '；得分也按比例填写，同样读' : ''}`);
    for (const d of p.doubts) out.push(`  ？ 存疑：${d}`);
    out.push('  各行：');
    const byRow = new Map(p.indicators.map((x) => [x.row, x]));
    for (const row of p.rows) {
      const ind = row.role === 'indicator' ? byRow.get(row.row) : undefined;
      const what = ind
        ? `：${[ind.level1 ?? ind.level1Text, ind.level2 ?? ind.level2Text, ind.level3].filter((x) => x).join(' › ')}${ind.target.raw.trim() ? `，指标值“${ind.target.raw.trim()}”` : ''}`
        : '';
      const place = at
        ? `第 ${sheetRowOf(at, row.row, p.columns.target ?? p.firstCol).column.padStart(4)} 列`
        : p.halves
          ? halvesPlace(p.halves, row.row, p.columns.target ?? p.firstCol)
          : `第 ${String(row.row).padStart(4)} 行`;
      out.push(`    ${place}  ${ROW_ROLE_ZH[row.role]}  ${reasonAfterRole(ROW_ROLE_ZH[row.role], row.reason)}${what}`);
    }
  }
  return out.join('\n');
}
