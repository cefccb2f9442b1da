/**
 * The preview grid's picture of one sheet of the Excel test double: each cell's shown text, formula,
 * fill, note, bold and merge span (what GridView draws and the e2e test reads).
 */
import type { DoubleSheetData } from '../double';
import { address, parseAddress } from '../sheet/a1';
import type { CellView } from './data';

type Scalar = string | number | boolean;

interface Cell {
  v: Scalar | null;
  f?: string;
  nf?: string;
  fill?: string;
  note?: string;
  bold?: boolean;
}

function cellsOf(sd: DoubleSheetData): (Cell | undefined)[][] {
  const height = Math.max(sd.values.length, sd.formulas?.length ?? 0);
  const rows: (Cell | undefined)[][] = [];
  for (let i = 0; i < height; i++) {
    const width = Math.max(sd.values[i]?.length ?? 0, sd.formulas?.[i]?.length ?? 0, sd.fills?.[i]?.length ?? 0);
    const row: (Cell | undefined)[] = [];
    for (let j = 0; j < width; j++) {
      const v = sd.values[i]?.[j];
      const cell: Cell = { v: v === undefined || v === '' ? null : v };
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
    const r = (rows[row - 1] ??= []);
    r[col - 1] = { v: null, ...r[col - 1], note: text };
  }
  // Rows below the last one filled stay empty arrays (a note far down still counts).
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

/** The sheet as the preview grid shows it: every row and column up to the last cell or merge in use. */
export function sheetView(sd: DoubleSheetData): CellView[][] {
  const rows = cellsOf(sd);
  const merges = sd.merges ?? [];
  let rowCount = rows.length;
  let colCount = 0;
  for (const m of merges) {
    rowCount = Math.max(rowCount, m.bottom);
    colCount = Math.max(colCount, m.right);
  }
  for (const r of rows) colCount = Math.max(colCount, r.length);
  const out: CellView[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const line: CellView[] = [];
    for (let c = 1; c <= colCount; c++) {
      const cell = rows[r - 1]?.[c - 1];
      const m = merges.find((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right);
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
