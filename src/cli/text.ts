/** Human-readable output of the CLI: Chinese first, one line per finding, grouped by project. */
import type { Analysis } from '../engine/analyse';
import { counts } from '../engine/analyse';
import type { Diagnostic } from '../domain/rules/types';

const MARK = { error: '✖ 错误', warning: '⚠ 警告', info: 'ℹ 提示' } as const;
const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function projectLine(a: Analysis['projects'][number]): string {
  const p = a.project;
  const budget = p.funds.total?.value;
  const parts = [`工作表“${p.sheet}”`, `表头第 ${p.headerRow} 行`, `${p.indicators.length} 个指标`];
  if (budget !== undefined && budget !== null) parts.push(`预算 ${budget} 万元`);
  const s = a.score;
  const total = s.total !== null ? `自评总分 ${s.total.toFixed(2)}（${s.grade}）` : p.layout === 'selfeval' ? '自评得分不完整' : '待填写实际完成值';
  return `项目 ${p.index}：${p.name}（${parts.join('，')}）— ${total}`;
}

function diagLine(d: Diagnostic): string {
  return `  ${MARK[d.severity]}  ${d.cell.padEnd(5)} ${d.rule}  ${d.message}\n           依据：${d.source}`;
}

export function formatCheck(file: string, a: Analysis, verbose: boolean): string {
  const out: string[] = [`文件：${file}`];
  for (const r of a.projects) {
    out.push(projectLine(r));
    const shown = r.diagnostics
      .filter((d) => verbose || d.severity !== 'info')
      .sort((x, y) => ORDER[x.severity] - ORDER[y.severity] || x.row - y.row || x.col - y.col);
    for (const d of shown) out.push(diagLine(d));
    const hidden = r.diagnostics.length - shown.length;
    if (hidden > 0) out.push(`  另有 ${hidden} 条规范化提示（加 --verbose 查看）`);
    if (!r.diagnostics.length) out.push('  未发现问题');
  }
  const c = counts(a.diagnostics);
  out.push(`合计：错误 ${c.errors}，警告 ${c.warnings}，提示 ${c.infos}`);
  return out.join('\n');
}
