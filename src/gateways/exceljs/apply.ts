/** Applies the engine's Plan to an ExcelJS workbook, edit by edit, in order. */
import * as ExcelJS from 'exceljs';
import type { Merge } from '../../sheet/grid';
import type { Edit, Plan } from '../../sheet/plan';
import { insertRows } from './insert-rows';

type Internals = { _merges: Record<string, Merge>; mergeCellsWithoutStyle(t: number, l: number, b: number, r: number): void };
const int = (ws: ExcelJS.Worksheet) => ws as unknown as Internals;

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
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

function addNote(cell: ExcelJS.Cell, text: string): void {
  const old = cell.note as string | ExcelJS.Comment | undefined;
  if (!old) cell.note = text;
  else if (typeof old === 'string') cell.note = `${old}\n${text}`;
  else cell.note = { ...old, texts: [...(old.texts ?? []), { text: `\n${text}` }] };
}

/** ExcelJS keeps merges as Range objects (getters, not own fields): copy them out plainly. */
function merges(ws: ExcelJS.Worksheet): Merge[] {
  return Object.values(int(ws)._merges).map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
}

function mergeAt(ws: ExcelJS.Worksheet, row: number, col: number): Merge | undefined {
  return merges(ws).find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
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
  for (const o of merges(ws)) if (inside(o)) unmergeKeepingStyles(ws, o);
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
      const from = ws.getCell(e.fromRow, e.fromCol).style;
      ws.getCell(e.row, e.col).style = JSON.parse(JSON.stringify(from ?? {}));
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
      insertRows(wb, ws, e.at, e.count, e.formatFrom);
      return;
  }
}

export function applyPlan(workbook: ExcelJS.Workbook, plan: Plan): void {
  for (const e of plan.edits) applyEdit(workbook, e);
}
