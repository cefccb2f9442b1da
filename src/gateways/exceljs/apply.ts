/** Applies the engine's Plan to an ExcelJS workbook: edits in order, row inserts in batches (batch.ts). */
import * as ExcelJS from 'exceljs';
import type { Merge } from '../../sheet/grid';
import type { Edit, Plan } from '../../sheet/plan';
import { batchAt } from './batch';
import { insertBatch } from './insert-rows';
import './fast-merges';

type Internals = { _merges: Record<string, Merge>; mergeCellsWithoutStyle(t: number, l: number, b: number, r: number): void };
const int = (ws: ExcelJS.Worksheet) => ws as unknown as Internals;

// getWorksheet(name) scans the sheet list: a plan over 1 000 sheets asks it once per sheet.
const byName = new WeakMap<ExcelJS.Workbook, Map<string, ExcelJS.Worksheet>>();

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  let names = byName.get(wb);
  if (!names || !names.has(name)) {
    names = new Map(wb.worksheets.map((w) => [w.name, w]));
    byName.set(wb, names);
  }
  const ws = names.get(name);
  if (!ws) throw new Error(`找不到工作表“${name}” / no worksheet "${name}"`);
  return ws;
}

/** Styles read from a file are shared between cells: always replace, never mutate. */
function restyle(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...patch };
}

function argb(color: string): string {
  const hex = color.replace(/^#/, '').toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(hex)) throw new Error(`颜色格式应为 #RRGGBB：${color}`);
  return `FF${hex}`;
}

/** A note that already holds the text (an earlier `fill --highlight` of this file) stays as it is. */
function addNote(cell: ExcelJS.Cell, text: string): void {
  const old = cell.note as string | ExcelJS.Comment | undefined;
  if (!old) cell.note = text;
  else if ((typeof old === 'string' ? old : (old.texts ?? []).map((t) => t.text).join('')).includes(text)) return;
  else if (typeof old === 'string') cell.note = `${old}\n${text}`;
  else cell.note = { ...old, texts: [...(old.texts ?? []), { text: `\n${text}` }] };
}

/** The merge a cell belongs to, found through the cell (its master), not by scanning all merges. */
function mergeAt(ws: ExcelJS.Worksheet, row: number, col: number): Merge | undefined {
  const cell = ws.findCell(row, col);
  const m = cell && int(ws)._merges[cell.master.address];
  // ExcelJS keeps merges as Range objects (getters, not own fields): copy them out plainly.
  return m && { top: m.top, left: m.left, bottom: m.bottom, right: m.right };
}

/** Unmerging in ExcelJS resets the covered cells' styles (borders!); keep them. */
function unmergeKeepingStyles(ws: ExcelJS.Worksheet, m: Merge): void {
  const styles: [ExcelJS.Cell, Partial<ExcelJS.Style>][] = [];
  for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) styles.push([ws.getCell(r, c), ws.getCell(r, c).style]);
  ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  for (const [cell, style] of styles) cell.style = style;
}

function merge(ws: ExcelJS.Worksheet, m: Merge): void {
  const inside = (o: Merge) => o.top >= m.top && o.bottom <= m.bottom && o.left >= m.left && o.right <= m.right;
  // Smaller merges inside the new one are absorbed, as Excel does; a partial overlap is a plan bug.
  const found = new Map<string, Merge>();
  for (let r = m.top; r <= m.bottom; r++) {
    for (let c = m.left; c <= m.right; c++) {
      const o = mergeAt(ws, r, c);
      if (o) found.set(`${o.top},${o.left}`, o);
    }
  }
  for (const o of found.values()) if (inside(o)) unmergeKeepingStyles(ws, o);
  int(ws).mergeCellsWithoutStyle(m.top, m.left, m.bottom, m.right);
}

export function applyEdit(wb: ExcelJS.Workbook, e: Edit): void {
  const ws = sheet(wb, e.sheet);
  switch (e.kind) {
    case 'value': {
      const cell = ws.getCell(e.row, e.col);
      cell.value = e.value;
      if (e.numFormat) restyle(cell, { numFmt: e.numFormat });
      return;
    }
    case 'formula': {
      const cell = ws.getCell(e.row, e.col);
      const result = e.cached === null ? undefined : e.cached;
      cell.value = { formula: e.formula.replace(/^=/, ''), result } as ExcelJS.CellFormulaValue;
      if (e.numFormat) restyle(cell, { numFmt: e.numFormat });
      return;
    }
    case 'fill':
      restyle(ws.getCell(e.row, e.col), { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(e.color) } } });
      return;
    case 'note':
      addNote(ws.getCell(e.row, e.col), e.text);
      return;
    case 'copyFormat': {
      const from = JSON.stringify(ws.getCell(e.fromRow, e.fromCol).style ?? {});
      for (let k = 0, n = e.cols ?? 1; k < n; k++) ws.getCell(e.row, e.col + k).style = JSON.parse(from);
      return;
    }
    case 'bold': {
      const cell = ws.getCell(e.row, e.col);
      restyle(cell, { font: { ...cell.font, bold: true } });
      return;
    }
    case 'merge':
      merge(ws, { top: e.top, left: e.left, bottom: e.bottom, right: e.right });
      return;
    case 'extendMerge': {
      const old = mergeAt(ws, e.row, e.col) ?? { top: e.row, left: e.col, bottom: e.row, right: e.col };
      if (e.bottom <= old.bottom) return;
      merge(ws, { ...old, bottom: e.bottom });
      return;
    }
    case 'insertRows':
      insertBatch(wb, batchAt([e], 0));
      return;
  }
}

export function applyPlan(workbook: ExcelJS.Workbook, plan: Plan): void {
  const edits = plan.edits;
  let i = 0;
  while (i < edits.length) {
    if (edits[i].kind !== 'insertRows') {
      applyEdit(workbook, edits[i++]);
      continue;
    }
    const batch = batchAt(edits, i);
    for (const ins of batch.inserts) sheet(workbook, ins.sheet);
    insertBatch(workbook, batch);
    for (const e of batch.edits) applyEdit(workbook, e);
    i = batch.end;
  }
}
