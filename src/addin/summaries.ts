/** What the pane shows of an analysis: findings with stable ids and project summaries. */
import { isReasonPlaceholder } from '../domain/reason-placeholder';
import type { Diagnostic } from '../domain/rules/types';
import type { Analysis, ProjectResult } from '../engine/analyse';
import { RULES, ruleById } from '../domain/rules';
import { isSafeFix } from '../engine/planner';
import { indicatorNames, lostRows } from '../engine/score-view';
import { cellText, type Grid } from '../sheet/grid';
import { address } from '../sheet/a1';
import type { Finding, ProjectSummary, RuleView } from '../ui/host';

export function findingId(d: Pick<Diagnostic, 'rule' | 'sheet' | 'cell'>): string {
  return `${d.rule}@${d.sheet}!${d.cell}`;
}

export function toFinding(d: Diagnostic, grids: Grid[]): Finding {
  const f: Finding = {
    id: findingId(d),
    rule: d.rule,
    severity: d.severity,
    sheet: d.sheet,
    cell: d.cell,
    project: d.project,
    message: d.message,
    messageEn: d.messageEn,
    source: d.source,
  };
  const meta = ruleById(d.rule)?.meta;
  if (meta) Object.assign(f, { ruleTitle: meta.title, ruleTitleEn: meta.titleEn });
  if (d.fix) {
    const g = grids.find((x) => x.name === d.sheet);
    const before = g ? cellText(g, d.fix.row, d.fix.col) : '';
    const change = { cell: address(d.fix.row, d.fix.col), before, after: String(d.fix.value) };
    // Only a safe fix is applied by 应用; a suggested one is shown for the user to type.
    if (isSafeFix(d)) f.fix = change;
    else f.suggestion = change;
  }
  return f;
}

export function summarise(r: ProjectResult): ProjectSummary {
  const p = r.project;
  let errors = 0,
    warnings = 0,
    infos = 0;
  for (const d of r.diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return {
    index: p.index,
    ...(p.partOf !== undefined ? { partOf: p.partOf } : {}),
    sheet: p.sheet,
    name: p.name,
    layout: p.layout,
    indicators: p.indicators.length,
    errors,
    warnings,
    infos,
    // The 总分 Excel shows: a typed 得分 counts (src/domain/sheet-total.ts), said when it differs from the formulas'.
    total: r.score.sheet ? r.score.sheet.total : r.score.total,
    grade: r.score.sheet ? r.score.sheet.grade : r.score.grade,
    ...(r.score.sheet?.typed && r.score.sheet.total !== r.score.total ? { typedScores: { rows: r.score.sheet.typed, computed: r.score.total } } : {}),
    executionRate: r.score.execution.rate,
    missingActuals: r.score.rows.filter((x) => x.blocked === 'no-actual').length,
    missingReasons: p.indicators.filter((ind, i) => r.score.rows[i].reasonNeeded && (!ind.reason || isReasonPlaceholder(ind.reason))).length,
    lost: lostRows(r),
    names: indicatorNames(r),
  };
}

export function summaries(a: Analysis): ProjectSummary[] {
  return a.projects.map(summarise);
}

/** Every rule with its titles and default severity, for the 设置 tab. */
export function ruleViews(): RuleView[] {
  return RULES.map((r) => ({ id: r.id, title: r.meta.title, titleEn: r.meta.titleEn, severity: r.meta.severity }));
}
