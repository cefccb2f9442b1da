/** The double's workbook as plain data (to open a double, to compare its state) and as the engine's Grid. */
import type { CellValue, Grid, Merge } from '../sheet/grid';
import { colLetters, parseRect } from '../sheet/a1';
import { dateToSerial } from '../domain/excel-date';
import { xmlNamespace } from './xml-part-text';
import { normalizeColor, SheetState, type Cell, type Scalar, type WorkbookState } from './state';

export interface DoubleSheetData {
  name: string;
  /** Cell values; for formula cells, the cached result. null or '' = empty. */
  values: (string | number | boolean | null)[][];
  /** Formulas with their leading '=' (added if missing), null where the cell holds a constant. */
  formulas?: (string | null)[][];
  numberFormats?: (string | null)[][];
  /** Solid fill colours '#RRGGBB', null where there is no fill. */
  fills?: (string | null)[][];
  bold?: (boolean | null)[][];
  merges?: Merge[];
  /** Notes by cell address: { B5: '…' }. */
  notes?: Record<string, string>;
  /** Hidden rows and columns (1-based). */
  hiddenRows?: number[];
  hiddenCols?: number[];
}

export interface DoubleWorkbookData {
  sheets: DoubleSheetData[];
  /** Name of the active sheet (default: the first). */
  activeSheet?: string;
  /** Add-in settings persisted in the document. */
  settings?: Record<string, unknown>;
  /** Custom XML parts kept in the document, by id. */
  xmlParts?: Record<string, string>;
}

export function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

export function loadData(state: WorkbookState, data: DoubleWorkbookData): void {
  let needsCalc = false;
  for (const sd of data.sheets) {
    const s = new SheetState(state, sd.name);
    state.sheets.push(s);
    const rows = Math.max(sd.values.length, sd.formulas?.length ?? 0, sd.numberFormats?.length ?? 0, sd.fills?.length ?? 0, sd.bold?.length ?? 0);
    for (let i = 0; i < rows; i++) {
      const width = Math.max(sd.values[i]?.length ?? 0, sd.formulas?.[i]?.length ?? 0, sd.numberFormats?.[i]?.length ?? 0, sd.fills?.[i]?.length ?? 0, sd.bold?.[i]?.length ?? 0);
      const row: (Cell | undefined)[] = [];
      for (let j = 0; j < width; j++) {
        const v = sd.values[i]?.[j];
        const f = sd.formulas?.[i]?.[j];
        const nf = sd.numberFormats?.[i]?.[j];
        const fill = sd.fills?.[i]?.[j];
        const bold = sd.bold?.[i]?.[j];
        const cell: Cell = { v: v === null || v === undefined ? '' : (v as Scalar) };
        if (f) {
          cell.f = f.startsWith('=') ? f : '=' + f;
          if (v === null || v === undefined) needsCalc = true;
          else cell.cf = cell.f;
        }
        if (nf && nf !== 'General') cell.nf = nf;
        if (fill) cell.fill = { color: normalizeColor(fill), pattern: 'Solid' };
        if (bold) cell.bold = true;
        if (cell.v !== '' || cell.f || cell.nf || cell.fill || cell.bold) row[j] = cell;
      }
      s.rows.push(row);
    }
    s.merges = (sd.merges ?? []).map((m) => ({ ...m }));
    s.hiddenRows = new Set(sd.hiddenRows ?? []);
    s.hiddenCols = new Set(sd.hiddenCols ?? []);
    for (const [addr, text] of Object.entries(sd.notes ?? {})) {
      const r = parseRect(addr);
      if (!r) throw new Error(`bad note address ${addr}`);
      s.notes.set(`${r.top},${r.left}`, { content: text, author: 'Jixiao' });
    }
  }
  if (!state.sheets.length) state.sheets.push(new SheetState(state, 'Sheet1'));
  const active = data.activeSheet ? state.sheets.findIndex((s) => s.name === data.activeSheet) : 0;
  state.active = active < 0 ? 0 : active;
  state.settings = new Map(Object.entries(data.settings ?? {}).map(([k, v]) => [k, clone(v)]));
  state.xmlParts = new Map(Object.entries(data.xmlParts ?? {}).map(([id, xml]) => [id, { ns: xmlNamespace(xml) ?? '', xml }]));
  if (needsCalc) state.recalc();
  state.dirty = false;
  state.recalcCount = 0;
}

export function sheetToData(s: SheetState): DoubleSheetData {
  const values: (string | number | boolean | null)[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const fills: (string | null)[][] = [];
  const bold: (boolean | null)[][] = [];
  let width = 0;
  for (const r of s.rows) {
    if (!r) continue;
    let w = r.length;
    while (w > width && !r[w - 1]) w--;
    if (w > width) width = w;
  }
  // Trim trailing empty rows.
  let height = s.rows.length;
  while (height > 0 && !(s.rows[height - 1] ?? []).some((c) => c)) height--;
  for (let i = 0; i < height; i++) {
    const r = s.rows[i] ?? [];
    const vr: (string | number | boolean | null)[] = [];
    const fr: (string | null)[] = [];
    const nr: (string | null)[] = [];
    const flr: (string | null)[] = [];
    const br: (boolean | null)[] = [];
    for (let j = 0; j < width; j++) {
      const c = r[j];
      vr.push(c && c.v !== '' ? c.v : null);
      fr.push(c?.f ?? null);
      nr.push(c?.nf ?? null);
      flr.push(c?.fill?.color ?? null);
      br.push(c?.bold ? true : null);
    }
    values.push(vr);
    formulas.push(fr);
    numberFormats.push(nr);
    fills.push(flr);
    bold.push(br);
  }
  const notes: Record<string, string> = {};
  for (const n of s.noteList()) notes[`${colLetters(n.col)}${n.row}`] = n.note.content;
  const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
  return {
    name: s.name,
    values,
    formulas,
    numberFormats,
    fills,
    bold,
    merges: s.merges.map((m) => ({ ...m })).sort((a, b) => a.top - b.top || a.left - b.left),
    notes,
    ...(s.hiddenRows.size ? { hiddenRows: sorted(s.hiddenRows) } : {}),
    ...(s.hiddenCols.size ? { hiddenCols: sorted(s.hiddenCols) } : {}),
  };
}

/** A sheet's data as the engine's Grid. */
export function dataToGrid(d: DoubleSheetData): Grid {
  const values: CellValue[][] = d.values.map((r) => r.map((v) => (v === '' || v === undefined ? null : v)));
  let colCount = 0;
  for (const r of values) if (r.length > colCount) colCount = r.length;
  const formulas = d.formulas?.map((r) => r.map((f) => (f ? f.replace(/^=/, '') : null)));
  return {
    name: d.name,
    values,
    formulas,
    numFormats: d.numberFormats?.map((r) => r.map((f) => f ?? 'General')),
    merges: (d.merges ?? []).map((m) => ({ ...m })),
    rowCount: values.length,
    colCount,
    ...(d.hiddenRows?.length ? { hiddenRows: [...d.hiddenRows] } : {}),
    ...(d.hiddenCols?.length ? { hiddenCols: [...d.hiddenCols] } : {}),
  };
}

/** Workbook data for one or more Grids (formulas get their '='; cached values are the grid's values). */
export function fromGrid(grid: Grid | Grid[]): DoubleWorkbookData {
  const grids = Array.isArray(grid) ? grid : [grid];
  return {
    sheets: grids.map((g) => ({
      name: g.name,
      values: g.values.map((r) =>
        r.map((v) => {
          if (v instanceof Date) return Math.round(dateToSerial(v));
          return v;
        }),
      ),
      formulas: g.formulas?.map((r) => r.map((f) => (f ? '=' + f.replace(/^=/, '') : null))),
      numberFormats: g.numFormats?.map((r) => r.map((f) => f ?? null)),
      merges: g.merges.map((m) => ({ ...m })),
      ...(g.hiddenRows?.length ? { hiddenRows: [...g.hiddenRows] } : {}),
      ...(g.hiddenCols?.length ? { hiddenCols: [...g.hiddenCols] } : {}),
    })),
  };
}
