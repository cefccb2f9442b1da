/**
 * How each table was read (the pane's 识别结果, like `check --explain`): the header, the column
 * roles with their header text, name / budget / money unit with the cells they came from, every
 * row's role and reason, and the reader's doubts. Plain data the pane can render and correct.
 */
import type { Doubt, Project, ReasonData, Role, RowRole, Transposed } from '../domain/model';
import { address, colLetters } from '../sheet/a1';
import { cellText, type Grid } from '../sheet/grid';
import { labelCell, sheetCell, sheetRowOf } from '../sheet/transposed';
import { halvesCell, halvesRowOf } from '../sheet/two-halves';
import { partsBudget } from '../domain/parts-budget';

export interface ReadingColumn {
  role: Role;
  /** Column letter ("F"). */
  column: string;
  /** The header text the role was read from (spaces folded). */
  header: string;
}

export interface ReadingRow {
  row: number;
  /** A table laid across: the sheet column holding this row (an indicator's column; the label column for the header). */
  column?: string;
  role: RowRole;
  /** Why, in Chinese (the recogniser's words). */
  reason: string;
  /** The reason's code and quoted data (src/sheet/reasons.ts), for the English pane. */
  code?: string;
  data?: ReasonData;
  /** What the row says, shortened: “产出指标 › 数量指标 › 资助学生人数 = 1200人” or the row's first cells. */
  text: string;
}

export interface ReadingProject {
  index: number;
  sheet: string;
  name: string;
  /** The cell the name was read from, or null when the sheet name stood in. */
  nameCell: string | null;
  /** The name read from another sheet of the workbook (its 封面): “封面!C3”. */
  nameFrom?: string;
  headerRow: number;
  /** The table's columns, “A–H”; for a table laid across, its cells “A3–E7”. */
  span: string;
  /** A table laid across: its label cells top to bottom (“A3”…), each naming a role as a column would. */
  labels?: string[];
  columns: ReadingColumn[];
  /** Budget in the sheet's unit and where it came from (“C4”, or “C5 + C6” when summed). */
  budget: { value: number; cells: string } | null;
  /** `from` in Chinese; its code and data for the English pane. */
  money: { unit: string; from: string; code?: string; data?: ReasonData };
  doubts: string[];
  /** The doubts with their codes and data (the same Chinese text in `reason`), where the reader gave them. */
  doubtCodes?: Doubt[];
  rows: ReadingRow[];
  /** Rows left out of `rows` (the pane lists at most `limit`). */
  more: number;
}

const TEXT_MAX = 60;

/** A table laid across on the sheet: its label column's first label to its last indicator column's last label. */
function acrossSpan(p: Project, at: Transposed): string {
  let last = at.top;
  for (const r of p.rows) if (r.row > last) last = r.row;
  const end = sheetCell(at, last, Math.max(1, p.lastCol));
  return `${address(at.top, at.col)}–${address(end.row, end.col)}`;
}

function shorten(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > TEXT_MAX ? `${t.slice(0, TEXT_MAX - 1)}…` : t;
}

function rowText(g: Grid | undefined, p: Project, row: number): string {
  if (!g) return '';
  const parts: string[] = [];
  const at = p.transposed;
  for (let c = Math.max(1, p.firstCol); c <= p.lastCol && parts.join(' | ').length < TEXT_MAX; c++) {
    // A table laid across: the upright row is a column of the sheet.
    const cell = at ? sheetCell(at, row, c) : p.halves ? halvesCell(p.halves, row, c) : { row, col: c };
    const t = cellText(g, cell.row, cell.col).trim();
    if (t && parts[parts.length - 1] !== t) parts.push(t); // a merged label is shown once
  }
  return shorten(parts.join(' | '));
}

/**
 * One project's reading. Rows beyond `limit` are counted, not listed (a 50 000-row sheet must not
 * become 50 000 list items); rows that are not indicators are always listed first in their order.
 */
export function readingOf(p: Project, grid: Grid | undefined, limit = 300, sheetProjects: readonly Project[] = []): ReadingProject {
  const byRow = new Map(p.indicators.map((x) => [x.row, x]));
  // A table laid across shows the sheet's own cells, as --explain and the JSON do (sheetRowOf).
  const at = p.transposed;
  const hv = p.halves;
  // A table beside another on its rows: a row number alone would name the leftmost one's row (fixed-role.ts), so the column says which.
  const col = beside(p, sheetProjects) ? colLetters(p.columns.target ?? Math.max(1, p.firstCol)) : undefined;
  const where = (row: number): { row: number; column?: string } =>
    at ? sheetRowOf(at, row, p.columns.target ?? p.firstCol) : hv ? halvesRowOf(hv, row, p.columns.target ?? p.firstCol) : col ? { row, column: col } : { row };
  const others = p.rows.filter((r) => r.role !== 'indicator');
  const keep = new Set(others.slice(0, limit).map((r) => r.row));
  for (const r of p.rows) if (keep.size < limit && r.role === 'indicator') keep.add(r.row);
  const rows: ReadingRow[] = [];
  for (const r of p.rows) {
    if (!keep.has(r.row)) continue;
    const ind = r.role === 'indicator' ? byRow.get(r.row) : undefined;
    const text = ind
      ? shorten(
          [ind.level1 ?? ind.level1Text, ind.level2 ?? ind.level2Text, ind.level3].filter((x) => x).join(' › ') + (ind.target.raw.trim() ? ` = ${ind.target.raw.trim()}` : ''),
        )
      : rowText(grid, p, r.row);
    rows.push({ ...where(r.row), role: r.role, reason: r.reason, ...(r.code ? { code: r.code } : {}), ...(r.data ? { data: r.data } : {}), text });
  }
  const columns = (Object.entries(p.columns) as [Role, number][])
    .sort((x, y) => x[1] - y[1])
    .map(([role, c]) => ({ role, column: at ? labelCell(at, c) : colLetters(c), header: (p.headerText[c] ?? '').replace(/\s+/g, '') }));
  const t = p.funds.total;
  // A total line left at 0 over filled 其中 lines: their sum, as the reports and the execution score say.
  const parts = partsBudget(p.funds);
  return {
    index: p.index,
    sheet: p.sheet,
    name: p.name,
    nameCell: p.nameCell ? address(p.nameCell.row, p.nameCell.col) : null,
    ...(p.nameFrom ? { nameFrom: `${p.nameFrom.sheet}!${address(p.nameFrom.row, p.nameFrom.col)}` } : {}),
    headerRow: p.headerRow,
    span: at ? acrossSpan(p, at) : `${colLetters(Math.max(1, p.firstCol))}–${colLetters(Math.max(1, p.lastCol))}`,
    ...(at ? { labels: Array.from({ length: p.lastCol - Math.max(1, p.firstCol) + 1 }, (_, i) => labelCell(at, Math.max(1, p.firstCol) + i)) } : {}),
    columns,
    budget: parts
      ? { value: parts.budget, cells: parts.cells.map((x) => address(x.row, x.col)).join(' + ') }
      : t && t.value !== null
        ? { value: t.value, cells: t.sumOf ? t.sumOf.map((x) => address(x.row, x.col)).join(' + ') : address(t.row, t.col) }
        : null,
    money: { ...p.money },
    doubts: [...p.doubts],
    ...(p.doubtCodes ? { doubtCodes: p.doubtCodes.map((d) => ({ ...d })) } : {}),
    rows,
    more: p.rows.length - rows.length,
  };
}

/** The sheet rows a table spans (its header to its last row). */
function rowSpan(p: Project): [number, number] {
  let last = p.headerRow;
  for (const r of p.rows) if (r.row > last) last = r.row;
  return [p.headerRow, last];
}

/** Whether another upright table on p's sheet shares some of p's rows in other columns (tables side by side). */
function beside(p: Project, all: readonly Project[]): boolean {
  if (p.transposed || p.halves) return false;
  const [top, bottom] = rowSpan(p);
  return all.some((q) => {
    if (q === p || q.sheet !== p.sheet || q.transposed) return false;
    const [qt, qb] = rowSpan(q);
    return qt <= bottom && qb >= top && (q.lastCol < p.firstCol || q.firstCol > p.lastCol);
  });
}
