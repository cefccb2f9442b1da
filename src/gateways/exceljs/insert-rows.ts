/**
 * Row insertion done the way Excel does it. ExcelJS's own spliceRows (4.4) leaves merges,
 * formulas, notes, validations, conditional formats and shared-formula ranges behind, so the
 * rows are rebuilt from their models here and every row reference in the workbook is shifted.
 */
import * as ExcelJS from 'exceljs';
import { colLetter, parseAddress, type Merge } from '../../sheet/grid';
import { shiftFormula, shiftRow, shiftSpan, shiftSqref, type RowShift } from '../../sheet/shift-formula';

/* ExcelJS internals used here: row/cell models are what its own reader and writer use. */
interface CellModel {
  address: string;
  type: number;
  style?: Record<string, unknown>;
  ref?: string;
  master?: string;
  [k: string]: unknown;
}
interface RowModel {
  number: number;
  cells: CellModel[];
  height?: number;
  style?: Record<string, unknown>;
  hidden?: boolean;
  outlineLevel?: number;
  min?: number;
  max?: number;
}
interface Internals {
  _rows: ({ model: RowModel | null } | undefined)[];
  _merges: Record<string, Merge>;
  _parseRows(m: { rows: RowModel[] }): void;
  mergeCellsWithoutStyle(t: number, l: number, b: number, r: number): void;
  rowBreaks: { id: number }[];
  _media: { type: string; range?: { tl?: { nativeRow: number }; br?: { nativeRow: number } } }[];
  tables: Record<string, { table: Record<'ref' | 'tableRef' | 'autoFilterRef', string | undefined> }>;
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
  conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[];
}
const int = (ws: ExcelJS.Worksheet) => ws as unknown as Internals;

type Formulaish = { formula?: string; sharedFormula?: string; shareType?: string; result?: unknown; ref?: string };

const clone = <T>(x: T): T => (x === undefined ? x : JSON.parse(JSON.stringify(x)));

function eachCell(ws: ExcelJS.Worksheet, f: (cell: ExcelJS.Cell) => void): void {
  ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: false }, f));
}

/** Shared formulas become plain ones: their ranges and slide rules do not survive a shift. */
function unshare(ws: ExcelJS.Worksheet): void {
  const cells: [ExcelJS.Cell, string, unknown][] = [];
  eachCell(ws, (cell) => {
    const v = cell.value as Formulaish;
    if (cell.type === ExcelJS.ValueType.Formula && (v.sharedFormula || v.shareType === 'shared') && cell.formula) {
      cells.push([cell, cell.formula, cell.result]);
    }
  });
  for (const [cell, formula, result] of cells) cell.value = { formula, result } as ExcelJS.CellFormulaValue;
}

function shiftFormulasIn(ws: ExcelJS.Worksheet, s: RowShift): void {
  eachCell(ws, (cell) => {
    if (cell.type !== ExcelJS.ValueType.Formula) return;
    const v = cell.value as Formulaish;
    if (!v.formula) return;
    const formula = shiftFormula(v.formula, ws.name, s);
    // cell.value drops falsy results (0, false, ''); cell.result keeps them.
    if (formula !== v.formula) cell.value = { ...v, formula, result: cell.result } as ExcelJS.CellFormulaValue;
  });
  const seen = new Set<object>();
  const dvs = int(ws).dataValidations.model;
  for (const dv of Object.values(dvs)) {
    if (!dv || seen.has(dv)) continue;
    seen.add(dv);
    dv.formulae = dv.formulae?.map((f) => (typeof f === 'string' ? shiftFormula(f, ws.name, s) : f));
  }
  for (const cf of int(ws).conditionalFormattings ?? []) {
    for (const rule of cf.rules) {
      const r = rule as { formulae?: unknown[] };
      r.formulae = r.formulae?.map((f) => (typeof f === 'string' ? shiftFormula(f, ws.name, s) : f));
    }
  }
}

function shiftAddress(a: string, s: RowShift): string {
  const { row, col } = parseAddress(a);
  return `${colLetter(col)}${shiftRow(row, s)}`;
}

/** Rebuilds the rows below `at` one step down and adds the new rows formatted like `src`. */
function moveRows(ws: ExcelJS.Worksheet, s: RowShift, src: number): void {
  const w = int(ws);
  const merges = Object.values(w._merges).map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
  const models: RowModel[] = [];
  for (const row of w._rows) {
    const m = row?.model;
    if (!m) continue;
    m.number = shiftRow(m.number, s);
    m.cells = m.cells.map((c) => {
      // Merge cells are re-made below; as models they only carry their own style.
      const cell: CellModel = c.type === ExcelJS.ValueType.Merge ? { address: c.address, type: ExcelJS.ValueType.Null, style: c.style } : c;
      cell.address = shiftAddress(cell.address, s);
      if (typeof cell.ref === 'string') cell.ref = shiftSqref(cell.ref, s);
      return cell;
    });
    models.push(m);
  }
  const from = models.find((m) => m.number === src);
  for (let i = 0; i < s.count; i++) {
    const number = s.at + i;
    models.push({
      number,
      cells: (from?.cells ?? []).map((c) => ({ address: `${colLetter(parseAddress(c.address).col)}${number}`, type: ExcelJS.ValueType.Null, style: clone(c.style) })),
      height: from?.height,
      style: clone(from?.style) ?? {},
      hidden: false,
      outlineLevel: from?.outlineLevel ?? 0,
    });
  }
  models.sort((a, b) => a.number - b.number);
  w._parseRows({ rows: models });
  w._merges = {};
  const next: Merge[] = merges.map((m) => {
    const [top, bottom] = shiftSpan(m.top, m.bottom, s);
    return { ...m, top, bottom };
  });
  // Merges across columns in the format row are copied into each new row, as Excel's fill-format does.
  const hits = (a: Merge, b: Merge) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
  for (const m of next.filter((m) => m.top === src && m.bottom === src)) {
    for (let i = 0; i < s.count; i++) {
      const copy = { ...m, top: s.at + i, bottom: s.at + i };
      // A merge that already spans the gap wins over the copied one.
      if (!next.some((o) => hits(o, copy))) next.push(copy);
    }
  }
  for (const m of next) w.mergeCellsWithoutStyle(m.top, m.left, m.bottom, m.right);
}

/** Validations are stored per cell: move them, and let a validation span the gap like Excel's ranges do. */
function shiftValidations(ws: ExcelJS.Worksheet, s: RowShift): void {
  const holder = int(ws).dataValidations;
  const old = holder.model;
  const next: Record<string, ExcelJS.DataValidation | undefined> = {};
  for (const [key, dv] of Object.entries(old)) {
    if (dv) next[key.includes(':') ? shiftSqref(key, s) : shiftAddress(key, s)] = dv;
  }
  for (const [key, dv] of Object.entries(old)) {
    if (!dv || key.includes(':')) continue;
    const { row, col } = parseAddress(key);
    if (row !== s.at - 1 || old[`${colLetter(col)}${s.at}`] !== dv) continue;
    for (let i = 0; i < s.count; i++) next[`${colLetter(col)}${s.at + i}`] = dv;
  }
  holder.model = next;
}

function shiftNames(wb: ExcelJS.Workbook, s: RowShift): void {
  const names = wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
  names.model = names.model.map((n) => ({ ...n, ranges: n.ranges.map((r) => shiftFormula(r, '', s)) }));
}

/** Print area, print titles, page breaks, frozen panes, filters, pictures and tables. */
function shiftSheetSetup(ws: ExcelJS.Worksheet, s: RowShift): void {
  const w = int(ws);
  const ps = ws.pageSetup as { printArea?: string; printTitlesRow?: string };
  if (ps.printArea) ps.printArea = ps.printArea.split('&&').map((a) => shiftSqref(a, s)).join('&&');
  if (ps.printTitlesRow) ps.printTitlesRow = shiftSqref(ps.printTitlesRow, s);
  // A break after row id sits on top of row id + 1 and travels with it.
  for (const b of w.rowBreaks ?? []) if (b.id + 1 >= s.at) b.id += s.count;
  for (const v of ws.views ?? []) {
    const view = v as { state?: string; ySplit?: number; topLeftCell?: string; activeCell?: string };
    if (view.state === 'frozen' && view.ySplit && s.at <= view.ySplit) {
      view.ySplit += s.count;
      if (view.topLeftCell) view.topLeftCell = shiftAddress(view.topLeftCell, s);
    }
    if (view.activeCell) view.activeCell = shiftAddress(view.activeCell, s);
  }
  if (typeof ws.autoFilter === 'string') ws.autoFilter = shiftSqref(ws.autoFilter, s);
  for (const m of w._media ?? []) {
    // Anchors are 0-based: nativeRow n is Excel row n + 1.
    for (const a of [m.range?.tl, m.range?.br]) if (a && a.nativeRow + 1 >= s.at) a.nativeRow += s.count;
  }
  for (const t of Object.values(w.tables ?? {})) {
    // A table read from a file keeps its range in tableRef; one made in code, in ref.
    for (const k of ['ref', 'tableRef', 'autoFilterRef'] as const) if (t.table[k]) t.table[k] = shiftSqref(t.table[k]!, s);
  }
  for (const cf of int(ws).conditionalFormattings ?? []) cf.ref = shiftSqref(cf.ref, s);
}

/** Inserts `count` rows before row `at` of `ws`; `formatFrom` is in the coordinates before the insert. */
export function insertRows(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, at: number, count: number, formatFrom: number): void {
  if (count <= 0) return;
  const s: RowShift = { sheet: ws.name, at, count };
  for (const sheet of wb.worksheets) unshare(sheet);
  for (const sheet of wb.worksheets) shiftFormulasIn(sheet, s);
  moveRows(ws, s, shiftRow(formatFrom, s));
  shiftValidations(ws, s);
  shiftNames(wb, s);
  shiftSheetSetup(ws, s);
}
