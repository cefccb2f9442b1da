/**
 * A person's corrections to how a workbook was read: this row is not an indicator, this column
 * is the 指标值, the project's name is in this cell. The CLI reads them from `--map FILE.json`;
 * a Host can keep the same object with the document. Every command reads through them.
 */
import type { Role, RowRole } from '../domain/model';
import type { SheetCorrections } from '../sheet/recognise';
import { colNumber, parseAddress } from '../sheet/a1';

export interface ReadCorrections {
  /** A row's role: 'indicator' forces a row in; any other role keeps it out of counts, rules and scores. */
  rows?: { sheet: string; row: number; role: RowRole; column?: string }[];
  /**
   * The column (letter "F" or number 6) holding a role, in the table whose header is on `headerRow`; in a table
   * laid across, `row` instead: the row of the role's label.
   */
  columns?: { sheet: string; headerRow: number; role: Role; column?: string | number; row?: number }[];
  /** The cell ("B3") holding the name of the project whose header is on `headerRow`. */
  names?: { sheet: string; headerRow: number; cell: string }[];
}

export class CorrectionsError extends Error {}

const ROW_ROLES: readonly RowRole[] = ['indicator', 'placeholder', 'blank', 'subtotal', 'total', 'note', 'header', 'funds'];
const COLUMN_ROLES: readonly Role[] = [
  'level1',
  'level2',
  'level3',
  'description',
  'target',
  'targetPeriod',
  'op',
  'nature',
  'valueType',
  'unit',
  'actual',
  'weight',
  'score',
  'reason',
  'method',
  'projectName',
  'budget',
  'executed',
  'remark',
  'targetText',
  'targetInitial',
  'targetUpper',
];

const isRow = (v: unknown) => Number.isInteger(v) && (v as number) >= 1;
const LETTERS = /^[A-Za-z]{1,3}$/;

/** Check an object read from JSON (or document settings); a bad entry is named in Chinese. */
export function parseCorrections(obj: unknown): ReadCorrections {
  const bad = (why: string) => new CorrectionsError(why);
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw bad('更正应为 JSON 对象（含 rows / columns / names）');
  const o = obj as Record<string, unknown>;
  const list = (k: string) => {
    if (o[k] === undefined) return [];
    if (!Array.isArray(o[k])) throw bad(`${k} 应为数组`);
    return o[k] as Record<string, unknown>[];
  };
  const sheetOf = (x: Record<string, unknown>, where: string) => {
    if (typeof x?.sheet !== 'string' || !x.sheet) throw bad(`${where}缺少工作表名 sheet`);
    return x.sheet;
  };
  const rows = list('rows').map((x, i) => {
    const where = `rows[${i}]：`;
    if (!isRow(x.row)) throw bad(`${where}row 应为行号（1、2、…）`);
    if (!ROW_ROLES.includes(x.role as RowRole)) throw bad(`${where}role 应为 ${ROW_ROLES.join('/')}`);
    // A table laid across: the indicator is a column; `column` names it (the row is its 指标值's).
    if (x.column !== undefined && !(typeof x.column === 'string' && LETTERS.test(x.column))) throw bad(`${where}column 应为列字母（如 E）`);
    return { sheet: sheetOf(x, where), row: x.row as number, role: x.role as RowRole, ...(x.column !== undefined ? { column: (x.column as string).toUpperCase() } : {}) };
  });
  const columns = list('columns').map((x, i) => {
    const where = `columns[${i}]：`;
    if (!isRow(x.headerRow)) throw bad(`${where}headerRow 应为表头行号`);
    if (!COLUMN_ROLES.includes(x.role as Role)) throw bad(`${where}role 应为 ${COLUMN_ROLES.join('/')}`);
    const c = x.column;
    if (c === undefined && isRow(x.row)) return { sheet: sheetOf(x, where), headerRow: x.headerRow as number, role: x.role as Role, row: x.row as number };
    if (!(isRow(c) || (typeof c === 'string' && LETTERS.test(c)))) throw bad(`${where}column 应为列字母（如 F）或列号（横排表用 row：标签所在行）`);
    return { sheet: sheetOf(x, where), headerRow: x.headerRow as number, role: x.role as Role, column: c as string | number };
  });
  const names = list('names').map((x, i) => {
    const where = `names[${i}]：`;
    if (!isRow(x.headerRow)) throw bad(`${where}headerRow 应为表头行号`);
    if (typeof x.cell !== 'string' || !/^[A-Za-z]{1,3}[1-9]\d*$/.test(x.cell)) throw bad(`${where}cell 应为单元格地址（如 B3）`);
    return { sheet: sheetOf(x, where), headerRow: x.headerRow as number, cell: x.cell.toUpperCase() };
  });
  return { rows, columns, names };
}

/** The corrections for one sheet, in the recogniser's terms; undefined when there are none. */
export function sheetCorrections(c: ReadCorrections | undefined, sheet: string): SheetCorrections | undefined {
  if (!c) return undefined;
  const rows = (c.rows ?? []).filter((x) => x.sheet === sheet);
  const columns = (c.columns ?? []).filter((x) => x.sheet === sheet);
  const names = (c.names ?? []).filter((x) => x.sheet === sheet);
  if (!rows.length && !columns.length && !names.length) return undefined;
  const byColumn = columns.filter((x) => x.column !== undefined);
  // A row named with a column (the pane's rows of a table in two halves, or laid across) names one table's row.
  const cells = rows.filter((x) => x.column).map((x) => ({ row: x.row, col: colNumber(x.column!), role: x.role }));
  return {
    rows: new Map(rows.filter((x) => !x.column).map((x) => [x.row, x.role])),
    cells,
    columns: byColumn.map((x) => ({
      headerRow: x.headerRow,
      role: x.role,
      col: typeof x.column === 'number' ? x.column : colNumber(String(x.column).toUpperCase()),
    })),
    names: names.map((x) => ({ headerRow: x.headerRow, ...parseAddress(x.cell) })),
    across: {
      rows: cells,
      labels: columns.filter((x) => x.column === undefined).map((x) => ({ headerRow: x.headerRow, role: x.role, row: x.row! })),
    },
  };
}

/**
 * Rows inserted above a corrected row move it down (the add-in keeps corrections with the
 * document, and its own inserts — 自评's lines, standard rows — would otherwise point them at
 * the wrong row). Inserts are applied in order, each in the numbering left by the ones before.
 */
export function shiftCorrections(c: ReadCorrections, sheet: string, inserts: { at: number; count: number }[]): ReadCorrections {
  if (!inserts.length) return c;
  const row = (r: number) => inserts.reduce((x, i) => (x >= i.at ? x + i.count : x), r);
  return mapRows(c, sheet, row);
}

/** The inverse: those rows were deleted again (an undo), the corrections below move back up. */
export function unshiftCorrections(c: ReadCorrections, sheet: string, inserts: { at: number; count: number }[]): ReadCorrections {
  if (!inserts.length) return c;
  const row = (r: number) => inserts.reduceRight((x, i) => (x >= i.at + i.count ? x - i.count : x), r);
  return mapRows(c, sheet, row);
}

function mapRows(c: ReadCorrections, sheet: string, row: (r: number) => number): ReadCorrections {
  const cellRow = (a: string) => a.replace(/\d+$/, (n) => String(row(Number(n))));
  return {
    rows: (c.rows ?? []).map((x) => (x.sheet === sheet ? { ...x, row: row(x.row) } : x)),
    columns: (c.columns ?? []).map((x) => (x.sheet === sheet ? { ...x, headerRow: row(x.headerRow), ...(x.row !== undefined ? { row: row(x.row) } : {}) } : x)),
    names: (c.names ?? []).map((x) => (x.sheet === sheet ? { ...x, headerRow: row(x.headerRow), cell: cellRow(x.cell) } : x)),
  };
}

/** How many corrections there are (the pane's “已保存的更正（3）”). */
export function correctionCount(c: ReadCorrections | null | undefined): number {
  return c ? (c.rows?.length ?? 0) + (c.columns?.length ?? 0) + (c.names?.length ?? 0) : 0;
}
