/**
 * Read the workbook into Grids for the engine, in as few syncs as the payload limit allows.
 *
 * Why this shape (measured with the double on the demo sheet, see test/gateways/office):
 *
 * Sync 1 loads the used range's `formulas` — not `values`. For a constant cell Excel returns the
 * constant in `formulas` (documented: "If a cell has no formula, its value is returned instead"),
 * so one array gives every constant *and* tells which cells hold formulas, for the price of one
 * values read (3.4 MB for 50 000 demo rows × 8 columns). The same sync loads the sheet's merged
 * areas as one address string with their count (ExcelApi 1.13; a few hundred KB for the 16 700
 * merges of 50 000 demo rows) and the notes' contents (ExcelApi 1.18).
 *
 * Sync 2 reads only what sync 1 showed to matter: `values` of formula cells (their cached
 * results; also tells a formula from text that merely starts with '=', such as "=100%" typed with
 * an apostrophe) and `numberFormat` of number and formula cells (the engine needs formats to read
 * percentages and dates; a text cell's format does not matter), plus the notes' locations. Both
 * are read per column as segments: runs joined across short gaps, so that a column of alternating
 * cells costs one action instead of thousands (request) without reading long stretches of
 * irrelevant cells (response). 50 000 demo rows: 133 KB request, 2.0 MB response.
 *
 * Fill colours are not read here: which cells the plan will colour is not known until the engine
 * has run, and reading the fills of a whole 50 000-row sheet (~80 bytes per cell through
 * getCellProperties) would not fit in a sync. applyPlan reads the fills of exactly the cells it
 * colours, in its own first write sync, before it writes (a load sees the state at its place in
 * the queue), so the before-state costs no extra sync.
 *
 * If sync 1's response is still too large (a very wide or very wordy sheet), the reader falls back
 * to reading the used range in row blocks, at the cost of more syncs (reported in `stats`).
 */
import { cellValue, type CellValue, type Grid, type Merge } from '../../sheet/grid';
import { parseAreas, parseRect, splitSheet, type Rect } from './address';
import type { XlContext, XlNote, XlRange, XlRangeAreas, XlWorksheet } from './api';
import { DEFAULT_MAX_BYTES, isPayloadError, segments } from './batching';
import { hostCapabilities, type Capabilities } from './capabilities';

export interface SheetSnapshot {
  name: string;
  grid: Grid;
  /** The used range (values only), or null for an empty sheet. */
  used: Rect | null;
  /** False when merged areas could not be read (ExcelApi < 1.13): grid.merges is then empty. */
  mergesKnown: boolean;
  /** Notes by A1 address (no sheet), or null when notes cannot be read (ExcelApi < 1.18). */
  notes: Map<string, string> | null;
  /** Number formats as read ('General' included), null where not read (text and empty cells). */
  formats: (string | null)[][];
  /** The used range including formatted-but-empty cells: outside it, cells carry no format. */
  formatted?: Rect | null;
}

export interface Snapshot {
  scope: 'sheet' | 'workbook';
  /** The active sheet's name. */
  active: string;
  sheets: SheetSnapshot[];
  /** The sheets' grids, in order (the active sheet only for scope 'sheet'). */
  grids: Grid[];
  capabilities: Capabilities;
  stats: { syncs: number; fallback: boolean };
}

export interface SnapshotOptions {
  scope: 'sheet' | 'workbook';
  capabilities?: Capabilities;
  /** Response budget per sync for the fallback and for sync 2's estimate. */
  maxBytes?: number;
}

/** Estimated response bytes per cell read in sync 2. */
const VALUE_BYTES = 12;
const FORMAT_BYTES = 14;

interface Stage1 {
  ws: XlWorksheet;
  used: XlRange;
  /** Used range with formats counted: the area whose formats an undo could not rebuild. */
  formatted: XlRange;
  merged: XlRangeAreas | null;
  /** Merged areas, from the address or (when that came back incomplete) from the areas. */
  mergeRects?: Rect[];
}

export async function readSnapshot(context: XlContext, options: SnapshotOptions): Promise<Snapshot> {
  const caps = options.capabilities ?? hostCapabilities();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
  };
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load('name');
  let sheets: XlWorksheet[];
  if (options.scope === 'workbook') {
    // The sheet names must be known before the sheets can be read: one more sync.
    const all = context.workbook.worksheets;
    all.load('items/name');
    await sync();
    sheets = all.items;
  } else {
    sheets = [active];
  }

  // ---- sync 1: formulas of the used range, merged areas, note contents
  const stage1 = (ws: XlWorksheet, withFormulas: boolean): Stage1 => {
    ws.load('name');
    const used = ws.getUsedRangeOrNullObject(true);
    used.load(withFormulas ? 'address,rowIndex,columnIndex,rowCount,columnCount,formulas' : 'address,rowIndex,columnIndex,rowCount,columnCount');
    const formatted = ws.getUsedRangeOrNullObject(false);
    formatted.load('rowIndex,columnIndex,rowCount,columnCount');
    let merged: XlRangeAreas | null = null;
    if (caps.mergedAreas) {
      merged = ws.getRange().getMergedAreasOrNullObject();
      merged.load('address,areaCount');
    }
    if (caps.notes) ws.notes.load('items/content');
    return { ws, used, formatted, merged };
  };
  let firsts = sheets.map((ws) => stage1(ws, true));
  let fallback = false;
  const formulasOf = new Map<Stage1, unknown[][]>();
  try {
    await sync();
    for (const s of firsts) if (!s.used.isNullObject) formulasOf.set(s, s.used.formulas);
  } catch (e) {
    if (!isPayloadError(e)) throw e;
    // Too much for one response: dimensions first, then the formulas in row blocks.
    fallback = true;
    firsts = sheets.map((ws) => stage1(ws, false));
    await sync();
    for (const s of firsts) {
      if (s.used.isNullObject) continue;
      formulasOf.set(s, await readBlocks(s, maxBytes, sync));
    }
  }

  // ---- sync 2: values of formula cells, number formats of number/formula cells, note locations
  interface Read {
    col: number;
    top: number;
    bottom: number;
    values: boolean;
    range: XlRange | null;
  }
  interface Plan2 {
    s: Stage1;
    used: Rect | null;
    formulas: unknown[][];
    reads: Read[];
    noteRanges: { note: XlNote; range: XlRange | null }[];
  }
  interface Job {
    resp: number;
    run(): void;
  }
  const plans: Plan2[] = [];
  const jobs: Job[] = [];
  for (const s of firsts) {
    const formulas = formulasOf.get(s) ?? [];
    const used = s.used.isNullObject ? null : usedRect(s.used);
    const plan: Plan2 = { s, used, formulas, reads: [], noteRanges: [] };
    plans.push(plan);
    if (used) {
      const width = used.right - used.left + 1;
      for (let j = 0; j < width; j++) {
        const need: number[] = [];
        const isFormula = new Set<number>();
        formulas.forEach((row, i) => {
          const v = row[j];
          if (typeof v === 'number') need.push(i);
          else if (typeof v === 'string' && v.startsWith('=')) {
            need.push(i);
            isFormula.add(i);
          }
        });
        for (const seg of segments(need, FORMAT_BYTES + VALUE_BYTES, undefined, 100_000)) {
          let hasFormula = false;
          for (let i = seg.top; i <= seg.bottom && !hasFormula; i++) hasFormula = isFormula.has(i);
          const col = used.left + j;
          const read: Read = { col, top: used.top + seg.top, bottom: used.top + seg.bottom, values: hasFormula, range: null };
          plan.reads.push(read);
          const address = rectAddr({ top: read.top, bottom: read.bottom, left: col, right: col });
          jobs.push({
            resp: 60 + (read.bottom - read.top + 1) * (FORMAT_BYTES + (hasFormula ? VALUE_BYTES : 0)),
            run: () => {
              read.range = s.ws.getRange(address);
              read.range.load(hasFormula ? 'numberFormat,values' : 'numberFormat');
            },
          });
        }
      }
    }
    if (s.merged && !s.merged.isNullObject) {
      const merged = s.merged;
      const rects = parseAreas(merged.address).map((a) => a.rect);
      if (rects.length === merged.areaCount) s.mergeRects = rects;
      else {
        // The address string did not list every area (a host that shortens long addresses):
        // read the areas one by one.
        jobs.push({
          resp: merged.areaCount * 60,
          run: () => {
            merged.areas.load('items/address');
          },
        });
      }
    }
    if (caps.notes) {
      for (const note of s.ws.notes.items) {
        const entry: { note: XlNote; range: XlRange | null } = { note, range: null };
        plan.noteRanges.push(entry);
        jobs.push({
          resp: 100,
          run: () => {
            entry.range = note.getLocation();
            entry.range.load('address');
          },
        });
      }
    }
  }
  // Usually one sync; more only when the reads' response would exceed the budget.
  const send = async (batch: Job[]): Promise<void> => {
    for (const j of batch) j.run();
    try {
      await sync();
    } catch (e) {
      if (!isPayloadError(e) || batch.length < 2) throw e;
      const half = Math.ceil(batch.length / 2);
      await send(batch.slice(0, half));
      await send(batch.slice(half));
    }
  };
  let batch: Job[] = [];
  let resp = 0;
  for (const j of jobs) {
    if (batch.length && resp + j.resp > maxBytes) {
      await send(batch);
      batch = [];
      resp = 0;
    }
    batch.push(j);
    resp += j.resp;
  }
  if (batch.length) await send(batch);

  // ---- build the grids
  const out: SheetSnapshot[] = plans.map((p) => buildSheet(p.s, p.used, p.formulas, p.reads, p.noteRanges, caps));
  const activeName = active.name;
  return {
    scope: options.scope,
    active: activeName,
    sheets: out,
    grids: out.map((s) => s.grid),
    capabilities: caps,
    stats: { syncs, fallback },
  };
}

function rectAddr(r: Rect): string {
  const a = `${colName(r.left)}${r.top}`;
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${colName(r.right)}${r.bottom}`;
}

function colName(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function usedRect(r: XlRange): Rect {
  return { top: r.rowIndex + 1, left: r.columnIndex + 1, bottom: r.rowIndex + r.rowCount, right: r.columnIndex + r.columnCount };
}

/** Fallback: read the used range's formulas in row blocks sized to the budget (halving on failure). */
async function readBlocks(s: Stage1, maxBytes: number, sync: () => Promise<void>): Promise<unknown[][]> {
  const used = usedRect(s.used);
  const width = used.right - used.left + 1;
  let block = Math.max(1, Math.floor(maxBytes / (width * 48)));
  const out: unknown[][] = [];
  let top = used.top;
  while (top <= used.bottom) {
    const bottom = Math.min(used.bottom, top + block - 1);
    const r = s.ws.getRange(rectAddr({ top, bottom, left: used.left, right: used.right }));
    r.load('formulas');
    try {
      await sync();
    } catch (e) {
      if (!isPayloadError(e) || block === 1) throw e;
      block = Math.max(1, Math.floor(block / 2));
      continue;
    }
    for (const row of r.formulas) out.push(row);
    top = bottom + 1;
  }
  return out;
}

function buildSheet(
  s: Stage1,
  used: Rect | null,
  formulas: unknown[][],
  reads: { col: number; top: number; bottom: number; range: XlRange | null; values: boolean }[],
  noteRanges: { note: XlNote; range: XlRange | null }[],
  caps: Capabilities,
): SheetSnapshot {
  const name = s.ws.name;
  const merges: Merge[] = [];
  if (s.merged && !s.merged.isNullObject) {
    const rects = s.mergeRects ?? s.merged.areas.items.map((r) => parseRect(splitSheet(r.address).ref) as Rect);
    for (const r of rects) merges.push({ ...r });
    merges.sort((a, b) => a.top - b.top || a.left - b.left);
  }
  // As the ExcelJS gateway: the grid covers values and merged areas.
  const rows = merges.reduce((n, m) => Math.max(n, m.bottom), used?.bottom ?? 0);
  const cols = merges.reduce((n, m) => Math.max(n, m.right), used?.right ?? 0);
  const values: CellValue[][] = [];
  const fgrid: (string | null)[][] = [];
  const nfs: (string | null)[][] = [];
  for (let r = 1; r <= rows; r++) {
    values.push(new Array<CellValue>(cols).fill(null));
    fgrid.push(new Array<string | null>(cols).fill(null));
    nfs.push(new Array<string | null>(cols).fill(null));
  }
  if (used) {
    formulas.forEach((row, i) => {
      const r = used.top + i;
      row.forEach((v, j) => {
        const c = used.left + j;
        if (typeof v === 'string' && v.startsWith('=')) fgrid[r - 1][c - 1] = v;
        else values[r - 1][c - 1] = v === '' || v === undefined ? null : (v as CellValue);
      });
    });
    for (const rd of reads) {
      const range = rd.range as XlRange;
      const nf = range.numberFormat;
      const vals = rd.values ? range.values : null;
      for (let r = rd.top; r <= rd.bottom; r++) {
        const i = r - rd.top;
        const f = fgrid[r - 1][rd.col - 1];
        const kind = formulas[r - used.top]?.[rd.col - used.left];
        if (typeof kind === 'number' || f !== null) nfs[r - 1][rd.col - 1] = String(nf[i][0]);
        if (f !== null && vals) {
          const v = vals[i][0] as CellValue | '';
          if (v === f) {
            // Text that merely starts with '=' (entered with an apostrophe): not a formula.
            fgrid[r - 1][rd.col - 1] = null;
            values[r - 1][rd.col - 1] = f;
            nfs[r - 1][rd.col - 1] = null;
          } else {
            values[r - 1][rd.col - 1] = v === '' ? null : v;
            fgrid[r - 1][rd.col - 1] = f.slice(1);
          }
        }
      }
    }
  }
  let notes: Map<string, string> | null = null;
  if (caps.notes) {
    notes = new Map();
    for (const { note, range } of noteRanges) {
      const rect = parseRect(splitSheet((range as XlRange).address).ref);
      if (rect) notes.set(`${colName(rect.left)}${rect.top}`, note.content);
    }
  }
  // The engine's view, as the ExcelJS gateway gives it: dates as Date, 'General' as null,
  // formulas / numFormats only when there are any.
  let hasFormula = false;
  let hasFormat = false;
  const gridFormats = nfs.map((row, i) =>
    row.map((nf, j) => {
      if (nf === null || nf === 'General') return null;
      hasFormat = true;
      const v = values[i][j];
      if (typeof v === 'number' && isDateFormat(nf)) values[i][j] = new Date(Math.round((v - 25569) * 86400000));
      return nf;
    }),
  );
  for (const row of fgrid) if (row.some((f) => f !== null)) hasFormula = true;
  const grid: Grid = { name, values, merges, rowCount: rows, colCount: cols };
  if (hasFormula) grid.formulas = fgrid;
  if (hasFormat) grid.numFormats = gridFormats;
  const formatted = s.formatted.isNullObject ? null : usedRect(s.formatted);
  return { name, grid, used, mergesKnown: caps.mergedAreas, notes, formats: nfs, formatted };
}

/** A number format that shows a date or time (ExcelJS reads such cells as Date). */
export function isDateFormat(nf: string): boolean {
  const bare = nf.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare);
}

/** What to write through `formulas` to put a snapshot cell back as it was. */
export function restoreInput(grid: Grid, row: number, col: number): string | number | boolean {
  const f = grid.formulas?.[row - 1]?.[col - 1];
  if (f !== null && f !== undefined) return '=' + f;
  return toInput(cellValue(grid, row, col));
}

/** A CellValue as Office input: text that Excel would convert (numbers, '=', dates…) gets an apostrophe. */
export function toInput(v: CellValue): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.getTime() / 86400000 + 25569;
  return needsApostrophe(v) ? "'" + v : v;
}

export function needsApostrophe(s: string): boolean {
  if (s === '') return false;
  if (/^['=]/.test(s)) return true;
  if (/^[+\-@]./.test(s)) return true;
  const t = s.trim();
  if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d*)?([eE][+-]?\d+)?%?$/.test(t) && /\d/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  if (/^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/.test(t)) return true;
  if (/^\d{4}年\d{1,2}月(\d{1,2}日)?$/.test(t)) return true;
  return false;
}
