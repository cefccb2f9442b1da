/**
 * Row insertion done the way Excel does it, all of a batch's inserts in one rebuild of each sheet. ExcelJS's own spliceRows (4.4) leaves merges,
 * formulas, notes, validations, conditional formats and shared-formula ranges behind, so the
 * rows are rebuilt from their models here and every row reference in the workbook is shifted.
 */
import * as ExcelJS from 'exceljs';
import { type Merge } from '../../sheet/grid';
import { colLetters, parseAddress } from '../../sheet/a1';
import { MAX_ROW, moveReferences, moveSqref, type RowMap } from '../../sheet/shift-formula';
import type { Batch, FinalInsert } from './batch';
import './fast-merges';

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

/** Where the rows of each sheet go (lower-case name; undefined: unmoved). */
type MapOf = (sheet: string) => RowMap | undefined;

function shiftFormulasIn(ws: ExcelJS.Worksheet, mapOf: MapOf): void {
  const move = (f: string) => moveReferences(f, ws.name, mapOf);
  eachCell(ws, (cell) => {
    if (cell.type !== ExcelJS.ValueType.Formula) return;
    const v = cell.value as Formulaish;
    if (!v.formula) return;
    const formula = move(v.formula);
    // cell.value drops falsy results (0, false, ''); cell.result keeps them.
    if (formula !== v.formula) cell.value = { ...v, formula, result: cell.result } as ExcelJS.CellFormulaValue;
  });
  const seen = new Set<object>();
  const dvs = int(ws).dataValidations.model;
  for (const dv of Object.values(dvs)) {
    if (!dv || seen.has(dv)) continue;
    seen.add(dv);
    dv.formulae = dv.formulae?.map((f) => (typeof f === 'string' ? move(f) : f));
  }
  for (const cf of int(ws).conditionalFormattings ?? []) {
    for (const rule of cf.rules) {
      const r = rule as { formulae?: unknown[] };
      r.formulae = r.formulae?.map((f) => (typeof f === 'string' ? move(f) : f));
    }
  }
}

function shiftAddress(a: string, map: RowMap): string {
  const { row, col } = parseAddress(a);
  return `${colLetters(col)}${map(row)}`;
}

const key = (row: number, col: number) => row * 20000 + col;

/** Rebuilds the rows in their final places, adds the new rows formatted like their sources, re-merges once. */
function moveRows(ws: ExcelJS.Worksheet, map: RowMap, inserts: FinalInsert[]): void {
  const w = int(ws);
  const models: RowModel[] = [];
  const byNumber = new Map<number, RowModel>();
  for (const row of w._rows) {
    const m = row?.model;
    if (!m) continue;
    m.number = map(m.number);
    m.cells = m.cells.map((c) => {
      // Merge cells are re-made below; as models they only carry their own style.
      const cell: CellModel = c.type === ExcelJS.ValueType.Merge ? { address: c.address, type: ExcelJS.ValueType.Null, style: c.style } : c;
      cell.address = shiftAddress(cell.address, map);
      if (typeof cell.ref === 'string') cell.ref = moveSqref(cell.ref, ws.name, map);
      return cell;
    });
    models.push(m);
    byNumber.set(m.number, m);
  }
  const merges: Merge[] = Object.values(w._merges).map((m) => ({ top: map(m.top), left: m.left, bottom: Math.min(map(m.bottom), MAX_ROW), right: m.right }));
  // Which cells are merged, and the one-row merges of each row (the ones new rows copy).
  const taken = new Set<number>();
  const oneRow = new Map<number, Merge[]>();
  const note = (m: Merge) => {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) taken.add(key(r, c));
    if (m.top === m.bottom) (oneRow.get(m.top) ?? oneRow.set(m.top, []).get(m.top)!).push(m);
  };
  merges.forEach(note);
  for (const ins of inserts) {
    const from = byNumber.get(ins.source);
    for (const number of ins.rows) {
      const model: RowModel = {
        number,
        cells: (from?.cells ?? []).map((c) => ({ address: `${colLetters(parseAddress(c.address).col)}${number}`, type: ExcelJS.ValueType.Null, style: clone(c.style) })),
        height: from?.height,
        style: clone(from?.style) ?? {},
        hidden: false,
        outlineLevel: from?.outlineLevel ?? 0,
      };
      models.push(model);
      byNumber.set(number, model);
    }
    // Merges across columns in the format row are copied into each new row, as Excel's fill-format does;
    // a merge that already spans the gap wins over the copied one.
    for (const m of [...(oneRow.get(ins.source) ?? [])]) {
      for (const r of ins.rows) {
        const copy = { ...m, top: r, bottom: r };
        let free = true;
        for (let c = m.left; c <= m.right && free; c++) free = !taken.has(key(r, c));
        if (free) {
          merges.push(copy);
          note(copy);
        }
      }
    }
  }
  models.sort((a, b) => a.number - b.number);
  w._parseRows({ rows: models });
  w._merges = {};
  for (const m of merges) w.mergeCellsWithoutStyle(m.top, m.left, m.bottom, m.right);
}

/** Validations are stored per cell: move them, and let a validation span the gap like Excel's ranges do. */
function shiftValidations(ws: ExcelJS.Worksheet, map: RowMap, inserts: FinalInsert[]): void {
  const holder = int(ws).dataValidations;
  const next: Record<string, ExcelJS.DataValidation | undefined> = {};
  const byRow = new Map<number, [number, ExcelJS.DataValidation][]>();
  const put = (row: number, col: number, dv: ExcelJS.DataValidation) => {
    next[`${colLetters(col)}${row}`] = dv;
    (byRow.get(row) ?? byRow.set(row, []).get(row)!).push([col, dv]);
  };
  for (const [k, dv] of Object.entries(holder.model)) {
    if (!dv) continue;
    if (k.includes(':')) next[moveSqref(k, ws.name, map)] = dv;
    else {
      const { row, col } = parseAddress(k);
      put(map(row), col, dv);
    }
  }
  for (const ins of inserts) {
    for (const [col, dv] of [...(byRow.get(ins.above) ?? [])]) {
      if (next[`${colLetters(col)}${ins.below}`] !== dv) continue;
      for (const r of ins.rows) put(r, col, dv);
    }
  }
  holder.model = next;
}

function shiftNames(wb: ExcelJS.Workbook, mapOf: MapOf): void {
  const names = wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
  names.model = names.model.map((n) => ({ ...n, ranges: n.ranges.map((r) => moveReferences(r, '', mapOf)) }));
}

/** Print area, print titles, page breaks, frozen panes, filters, pictures and tables. */
function shiftSheetSetup(ws: ExcelJS.Worksheet, map: RowMap): void {
  const w = int(ws);
  const ps = ws.pageSetup as { printArea?: string; printTitlesRow?: string };
  if (ps.printArea)
    ps.printArea = ps.printArea
      .split('&&')
      .map((a) => moveSqref(a, ws.name, map))
      .join('&&');
  if (ps.printTitlesRow) ps.printTitlesRow = moveSqref(ps.printTitlesRow, ws.name, map);
  // A break after row id sits on top of row id + 1 and travels with it.
  for (const b of w.rowBreaks ?? []) b.id = map(b.id + 1) - 1;
  for (const v of ws.views ?? []) {
    const view = v as { state?: string; ySplit?: number; topLeftCell?: string; activeCell?: string };
    if (view.state === 'frozen' && view.ySplit) {
      // Rows inserted inside the frozen rows grow them (row ySplit moves when at <= ySplit).
      const grown = map(view.ySplit) - view.ySplit;
      view.ySplit += grown;
      if (grown && view.topLeftCell) {
        const { row, col } = parseAddress(view.topLeftCell);
        view.topLeftCell = `${colLetters(col)}${row + grown}`;
      }
    }
    if (view.activeCell) view.activeCell = shiftAddress(view.activeCell, map);
  }
  if (typeof ws.autoFilter === 'string') ws.autoFilter = moveSqref(ws.autoFilter, ws.name, map);
  for (const m of w._media ?? []) {
    // Anchors are 0-based: nativeRow n is Excel row n + 1.
    for (const a of [m.range?.tl, m.range?.br]) if (a) a.nativeRow = map(a.nativeRow + 1) - 1;
  }
  for (const t of Object.values(w.tables ?? {})) {
    // A table read from a file keeps its range in tableRef; one made in code, in ref.
    for (const k of ['ref', 'tableRef', 'autoFilterRef'] as const) if (t.table[k]) t.table[k] = moveSqref(t.table[k]!, ws.name, map);
  }
  for (const cf of int(ws).conditionalFormattings ?? []) cf.ref = moveSqref(cf.ref, ws.name, map);
}

/** Does a batch's inserts (see batch.ts): every sheet's formulas and names once, each sheet with inserts rebuilt once. */
export function insertBatch(wb: ExcelJS.Workbook, batch: Pick<Batch, 'inserts' | 'maps'>): void {
  if (!batch.inserts.length) return;
  const mapOf: MapOf = (k) => batch.maps.get(k);
  for (const sheet of wb.worksheets) unshare(sheet);
  for (const sheet of wb.worksheets) shiftFormulasIn(sheet, mapOf);
  for (const ws of wb.worksheets) {
    const map = batch.maps.get(ws.name.toLowerCase());
    if (!map) continue;
    const inserts = batch.inserts.filter((i) => i.sheet.toLowerCase() === ws.name.toLowerCase());
    moveRows(ws, map, inserts);
    shiftValidations(ws, map, inserts);
    shiftSheetSetup(ws, map);
  }
  shiftNames(wb, mapOf);
}
