/** The JSON report of `jixiao check --json` (docs/contracts.md §3). Stable fields only grow. */
import type { Columns, Project } from '../domain/model';
import type { Diagnostic } from '../domain/rules/types';
import type { ParsedValue } from '../domain/types';
import { colLetters } from '../sheet/a1';
import { labelCell, labelCells, sheetCell, sheetRowOf } from '../sheet/transposed';
import { halvesCell, halvesRowOf } from '../sheet/two-halves';
import { type Analysis, counts } from './analyse';
import { scoreGaps } from './score-gaps';

export interface JsonValue {
  raw: string;
  op: string | null;
  value: number | null;
  unit: string | null;
  kind: string;
  upper?: number;
}

// The contract: a quantitative target written with no operator (“1个”, “100%”) has op “=” — as it is scored.
function jsonValue(v: ParsedValue | null): JsonValue | null {
  if (!v) return null;
  const op = v.op ?? (v.kind === 'quantitative' ? '=' : null);
  // Added: a range's high bound (“90%-95%” → value 90, op ≥, upper 95).
  const upper = v.upper === undefined ? {} : { upper: Number(v.upper) };
  return { raw: v.raw, op, value: v.value, unit: v.unit, kind: v.kind, ...upper };
}

/** Role → column letter (docs/contracts.md §3 `columns`). */
export function columnLetters(cols: Columns): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [role, c] of Object.entries(cols)) if (c !== undefined) out[role] = colLetters(c);
  return out;
}

function rowsJson(p: Project) {
  // code and data (added): the reason as a stable code and the sheet text it quotes.
  // A table laid across: each row is the sheet's (its 指标值's row), and column (added) the sheet column that holds it.
  const at = p.transposed;
  // A table printed in two halves: each row is the sheet's, column (added) the one holding its 指标值 (the half it is in).
  const hv = p.halves;
  const where = (row: number) => (at ? sheetRowOf(at, row, p.columns.target ?? p.firstCol) : hv ? halvesRowOf(hv, row, p.columns.target ?? p.firstCol) : { row });
  return p.rows.map((r) => ({ ...where(r.row), role: r.role, reason: r.reason, ...(r.code ? { code: r.code } : {}), ...(r.data ? { data: r.data } : {}) }));
}

function incomplete(p: Project, s: Analysis['projects'][number]['score']) {
  const gaps = scoreGaps(p, s);
  return gaps.length ? { incomplete: gaps } : {};
}

export function fileReport(file: string, a: Analysis) {
  return {
    file,
    projects: a.projects.map(({ project: p, score: s }) => ({
      sheet: p.sheet,
      index: p.index,
      name: p.name,
      headerRow: p.headerRow,
      layout: p.layout,
      // A total row left at zero with the figures in its 其中 rows (池州) reports the figures.
      budget: {
        total: s.execution.fromParts ? s.execution.budget : (p.funds.total?.value ?? null),
        fiscal: p.funds.fiscal?.value ?? null,
        other: p.funds.other?.value ?? null,
        executed: s.execution.fromParts ? s.execution.executed : (p.funds.executed?.value ?? null),
        unit: p.money.unit,
      },
      generation: p.generation,
      indicators: p.indicators.map((ind, i) => ({
        // A table laid across: the sheet row holding the 指标值 (contracts.md §3), the same for every indicator.
        row: p.transposed ? sheetCell(p.transposed, ind.row, p.columns.target ?? p.firstCol).row : p.halves ? halvesCell(p.halves, ind.row, p.firstCol).row : ind.row,
        level1: ind.level1 ?? (ind.level1Text || null),
        level2: ind.level2 ?? (ind.level2Text || null),
        level3: ind.level3 || null,
        target: jsonValue(ind.target),
        actual: jsonValue(ind.actual),
        weight: s.rows[i].weight,
        score: s.rows[i].score,
        sheetWeight: ind.sheetWeight,
        sheetScore: ind.sheetScore,
        ...(p.recipients
          ? {
              // A table laid across: the recipient's label cell (A7), as for columns.
              recipients: p.recipients.map((x, k) => ({
                name: x.name,
                column: p.transposed ? labelCell(p.transposed, x.col) : colLetters(x.col),
                target: jsonValue(ind.recipientTargets?.[k] ?? null),
              })),
            }
          : {}),
      })),
      // incomplete (added): why a 自评表's total is not given — what is missing and in which cells / rows (score-gaps.ts).
      score: { execution: s.execution.score, executionRate: s.execution.rate, total: s.total, grade: s.grade, ...incomplete(p, s) },
      // A table laid across names its roles down a column: each role's label cell (A6), not a letter.
      columns: p.transposed ? labelCells(p.transposed, p.columns) : columnLetters(p.columns),
      rows: rowsJson(p),
      doubts: p.doubts,
      doubtCodes: (p.doubtCodes ?? []).map((d) => ({ code: d.code, ...(d.data ? { data: d.data } : {}) })),
      // partOf (added): the index of the 年度 grid's project this long-term grid belongs to; not a project of its own.
      ...(p.partOf !== undefined ? { partOf: p.partOf } : {}),
    })),
    diagnostics: a.diagnostics.map(diagJson),
    emptySheets: a.emptySheets,
  };
}

export function diagJson(d: Diagnostic) {
  return {
    rule: d.rule,
    severity: d.severity,
    sheet: d.sheet,
    cell: d.cell,
    row: d.row,
    project: d.project,
    message: d.message,
    messageEn: d.messageEn,
    source: d.source,
    fixable: d.fixable,
  };
}

export function fullReport(files: { file: string; analysis: Analysis }[]) {
  const all = files.flatMap((f) => f.analysis.diagnostics);
  return { files: files.map((f) => fileReport(f.file, f.analysis)), summary: counts(all) };
}
