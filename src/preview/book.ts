/**
 * A small in-memory workbook for the browser preview: values, formulas (with cached values), fills,
 * notes, bold and merges, with the engine's plan edits applied the way Excel applies them (row
 * insertion shifts rows, merges and formula references). Not the Office gateway: the preview will
 * switch to the Office-backed host running against the Excel test double (see preview-host.ts).
 */
import type { DoubleWorkbookData } from '../double';
import { shiftFormula, shiftRow, shiftSpan, type RowShift } from '../sheet/shift-formula';
import { type CellValue, type Grid, type Merge } from '../sheet/grid';
import { address, parseAddress } from '../sheet/a1';
import type { Edit } from '../sheet/plan';
import type { CellView } from './data';

export type Scalar = string | number | boolean;

export interface BookCell {
  v: Scalar | null;
  /** Formula with its leading '='. */
  f?: string;
  nf?: string;
  fill?: string;
  note?: string;
  bold?: boolean;
  /** Set while the cell carries a validation mark: its fill and note before the mark. */
  mark?: { fill: string | null; note: string | null };
}

export interface BookSheet {
  name: string;
  rows: (BookCell | undefined)[][];
  merges: Merge[];
}

export interface BookState {
  sheets: BookSheet[];
  active: number;
  settings: Record<string, unknown>;
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export function bookFromData(data: DoubleWorkbookData): BookState {
  const sheets = data.sheets.map((sd): BookSheet => {
    const height = Math.max(sd.values.length, sd.formulas?.length ?? 0);
    const rows: (BookCell | undefined)[][] = [];
    for (let i = 0; i < height; i++) {
      const width = Math.max(sd.values[i]?.length ?? 0, sd.formulas?.[i]?.length ?? 0, sd.fills?.[i]?.length ?? 0);
      const row: (BookCell | undefined)[] = [];
      for (let j = 0; j < width; j++) {
        const v = sd.values[i]?.[j];
        const cell: BookCell = { v: v === undefined || v === '' ? null : v };
        const f = sd.formulas?.[i]?.[j];
        if (f) cell.f = f.startsWith('=') ? f : `=${f}`;
        const nf = sd.numberFormats?.[i]?.[j];
        if (nf && nf !== 'General') cell.nf = nf;
        const fill = sd.fills?.[i]?.[j];
        if (fill) cell.fill = fill.toUpperCase();
        if (sd.bold?.[i]?.[j]) cell.bold = true;
        if (cell.v !== null || cell.f || cell.nf || cell.fill || cell.bold) row[j] = cell;
      }
      rows.push(row);
    }
    for (const [a, text] of Object.entries(sd.notes ?? {})) {
      const { row, col } = parseAddress(a);
      put(rows, row, col, { note: text });
    }
    return { name: sd.name, rows, merges: (sd.merges ?? []).map((m) => ({ ...m })) };
  });
  const active = Math.max(0, sheets.findIndex((s) => s.name === data.activeSheet));
  return { sheets, active, settings: clone(data.settings ?? {}) };
}

function put(rows: (BookCell | undefined)[][], row: number, col: number, patch: Partial<BookCell>): BookCell {
  const r = (rows[row - 1] ??= []);
  const cell: BookCell = { v: null, ...r[col - 1], ...patch };
  r[col - 1] = cell;
  return cell;
}

export class Book {
  constructor(public state: BookState) {}

  snapshot(): BookState {
    return clone(this.state);
  }

  restore(s: BookState): void {
    this.state = clone(s);
  }

  get activeSheet(): BookSheet {
    return this.state.sheets[this.state.active];
  }

  sheet(name: string): BookSheet {
    const s = this.state.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`找不到工作表“${name}”`);
    return s;
  }

  cell(sheet: string, row: number, col: number): BookCell | undefined {
    return this.sheet(sheet).rows[row - 1]?.[col - 1];
  }

  set(sheet: string, row: number, col: number, patch: Partial<BookCell>): BookCell {
    return put(this.sheet(sheet).rows, row, col, patch);
  }

  /** The sheet as the engine's Grid. */
  grid(name: string): Grid {
    const s = this.sheet(name);
    let colCount = 0;
    for (const m of s.merges) colCount = Math.max(colCount, m.right);
    for (const r of s.rows) if (r) for (let j = r.length - 1; j >= 0; j--) if (r[j] && (r[j]!.v !== null || r[j]!.f)) { colCount = Math.max(colCount, j + 1); break; }
    let rowCount = s.rows.length;
    while (rowCount > 0 && !(s.rows[rowCount - 1] ?? []).some((c) => c && (c.v !== null || c.f))) rowCount--;
    for (const m of s.merges) rowCount = Math.max(rowCount, m.bottom);
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    const numFormats: (string | null)[][] = [];
    for (let i = 0; i < rowCount; i++) {
      const r = s.rows[i] ?? [];
      values.push(Array.from({ length: colCount }, (_, j) => r[j]?.v ?? null));
      formulas.push(Array.from({ length: colCount }, (_, j) => r[j]?.f?.slice(1) ?? null));
      numFormats.push(Array.from({ length: colCount }, (_, j) => r[j]?.nf ?? null));
    }
    return { name, values, formulas, numFormats, merges: s.merges.map((m) => ({ ...m })), rowCount, colCount };
  }

  apply(e: Edit): void {
    switch (e.kind) {
      case 'value':
      case 'formula': {
        // Like the ExcelJS gateway: a value written into a merged area lands in its top-left cell.
        const m = this.sheet(e.sheet).merges.find((x) => e.row >= x.top && e.row <= x.bottom && e.col >= x.left && e.col <= x.right);
        if (m && (m.top !== e.row || m.left !== e.col)) {
          this.apply({ ...e, row: m.top, col: m.left });
          return;
        }
        if (e.kind === 'formula') {
          this.set(e.sheet, e.row, e.col, { v: e.cached instanceof Date ? e.cached.toISOString().slice(0, 10) : e.cached, f: `=${e.formula.replace(/^=/, '')}`, ...(e.numFormat ? { nf: e.numFormat } : {}) });
          return;
        }
        this.set(e.sheet, e.row, e.col, { v: e.value instanceof Date ? e.value.toISOString().slice(0, 10) : e.value, f: undefined, ...(e.numFormat ? { nf: e.numFormat } : {}) });
        return;
      }
      case 'fill':
        this.set(e.sheet, e.row, e.col, { fill: e.color.toUpperCase() });
        return;
      case 'note': {
        const old = this.cell(e.sheet, e.row, e.col)?.note;
        this.set(e.sheet, e.row, e.col, { note: old ? `${old}\n${e.text}` : e.text });
        return;
      }
      case 'copyFormat': {
        const from = this.cell(e.sheet, e.fromRow, e.fromCol);
        const fill = from?.mark ? from.mark.fill : from?.fill;
        this.set(e.sheet, e.row, e.col, { fill: fill ?? undefined, bold: from?.bold, nf: from?.nf });
        return;
      }
      case 'bold':
        this.set(e.sheet, e.row, e.col, { bold: true });
        return;
      case 'insertRows':
        this.insertRows(e.sheet, e.at, e.count, e.formatFrom);
        return;
      case 'merge':
        this.merge(e.sheet, { top: e.top, left: e.left, bottom: e.bottom, right: e.right });
        return;
      case 'extendMerge': {
        const s = this.sheet(e.sheet);
        const old = s.merges.find((m) => e.row >= m.top && e.row <= m.bottom && e.col >= m.left && e.col <= m.right) ?? { top: e.row, left: e.col, bottom: e.row, right: e.col };
        if (e.bottom > old.bottom) this.merge(e.sheet, { ...old, bottom: e.bottom });
        return;
      }
    }
  }

  private merge(sheet: string, m: Merge): void {
    const s = this.sheet(sheet);
    const inside = (o: Merge) => o.top >= m.top && o.bottom <= m.bottom && o.left >= m.left && o.right <= m.right;
    s.merges = [...s.merges.filter((o) => !inside(o)), m];
    // Excel keeps the top-left value only.
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if ((r !== m.top || c !== m.left) && s.rows[r - 1]?.[c - 1]) s.rows[r - 1][c - 1]!.v = null;
  }

  /** Inserts rows before `at` (formatFrom in the coordinates before the insert), as Excel does. */
  insertRows(sheet: string, at: number, count: number, formatFrom: number): void {
    if (count <= 0) return;
    const shift: RowShift = { sheet, at, count };
    for (const other of this.state.sheets)
      for (const r of other.rows) for (const c of r ?? []) if (c?.f) c.f = `=${shiftFormula(c.f.slice(1), other.name, shift)}`;
    const s = this.sheet(sheet);
    const src = shiftRow(formatFrom, shift);
    while (s.rows.length < at - 1) s.rows.push([]);
    s.rows.splice(at - 1, 0, ...Array.from({ length: count }, () => [] as (BookCell | undefined)[]));
    const from = s.rows[src - 1] ?? [];
    for (let i = 0; i < count; i++) {
      s.rows[at - 1 + i] = from.map((c) => {
        if (!c) return undefined;
        const fill = c.mark ? c.mark.fill : c.fill;
        const copy: BookCell = { v: null };
        if (fill) copy.fill = fill;
        if (c.bold) copy.bold = true;
        if (c.nf) copy.nf = c.nf;
        return copy;
      });
    }
    const next = s.merges.map((m) => {
      const [top, bottom] = shiftSpan(m.top, m.bottom, shift);
      return { ...m, top, bottom };
    });
    const hits = (a: Merge, b: Merge) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
    for (const m of next.filter((m) => m.top === src && m.bottom === src)) {
      for (let i = 0; i < count; i++) {
        const copy = { ...m, top: at + i, bottom: at + i };
        if (!next.some((o) => hits(o, copy))) next.push(copy);
      }
    }
    s.merges = next;
  }

  /** The active sheet as the preview grid shows it. */
  view(): CellView[][] {
    const s = this.activeSheet;
    const g = this.grid(s.name);
    const rowCount = Math.max(g.rowCount, s.rows.length);
    const colCount = Math.max(g.colCount, ...s.rows.map((r) => r?.length ?? 0));
    const out: CellView[][] = [];
    for (let r = 1; r <= rowCount; r++) {
      const line: CellView[] = [];
      for (let c = 1; c <= colCount; c++) {
        const cell = s.rows[r - 1]?.[c - 1];
        const m = s.merges.find((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right);
        const anchor = !m || (m.top === r && m.left === c);
        line.push({
          address: address(r, c),
          text: cell ? displayText(cell.v, cell.nf) : '',
          formula: cell?.f ?? null,
          fill: cell?.fill ?? null,
          note: cell?.note ?? null,
          bold: !!cell?.bold,
          rowSpan: m && anchor ? m.bottom - m.top + 1 : 1,
          colSpan: m && anchor ? m.right - m.left + 1 : 1,
          covered: !anchor,
        });
      }
      out.push(line);
    }
    return out;
  }
}

/** A cell value as Excel would show it, for the formats the engine writes (0.00, 0.00%, General). */
export function displayText(v: Scalar | null, nf?: string): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const places = /0\.(0+)/.exec(nf ?? '')?.[1].length ?? null;
  if (nf && nf.includes('%')) return `${(v * 100).toFixed(places ?? 0)}%`;
  if (places !== null) return v.toFixed(places);
  return String(Number(v.toPrecision(12)));
}
