/**
 * A faithful, typed test double of the Excel JavaScript API subset the Office gateway uses.
 *
 *   const xl = createExcelDouble(data, { apiVersion: '1.9' });
 *   await xl.run(async (context) => { … await context.sync(); });
 *   xl.office.context.requirements.isSetSupported('ExcelApi', '1.13'); // false
 *
 * Semantics (see context.ts): proxies, PropertyNotLoaded, queued writes applied at sync, per-sync
 * request/response payload measurement with Excel on the web's 5 MB limit, *OrNullObject, API
 * versions (an API newer than `apiVersion` fails at sync with ApiNotFound), formula evaluation
 * for a small subset (formula.ts), row insertion moving values/formats/merges/notes/references
 * (the references of a run of inserts or deletes rewritten once: row-shifts.ts),
 * document settings, cell-edit mode (delayForCellEdit) and Excel's own undo grouping
 * (mergeUndoGroup, ExcelApi 1.20) with Ctrl+Z (excelUndo) and user actions between batches
 * (userType, userFill, userInsertRows, userDeleteRows), each one entry on Excel's undo stack.
 */
import { type CellValue, type Grid, type Merge } from '../sheet/grid';
import { colLetters, parseRect } from '../sheet/a1';
import { dateToSerial } from '../domain/excel-date';
import { DoubleContext, RunOptionsLike, SyncRecord, versionAtLeast } from './context';
import { Cell, SheetState, WorkbookState, Scalar, normalizeColor, writeInput } from './state';

export { DoubleContext } from './context';
export type { SyncRecord, RunOptionsLike } from './context';

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
}

export interface DoubleWorkbookData {
  sheets: DoubleSheetData[];
  /** Name of the active sheet (default: the first). */
  activeSheet?: string;
  /** Add-in settings persisted in the document. */
  settings?: Record<string, unknown>;
}

export interface ExcelDoubleOptions {
  /** The ExcelApi requirement set the simulated Excel supports, e.g. '1.9' for an LTSC build. Default '1.20'. */
  apiVersion?: string;
  /** Request and response payload limit per sync, bytes. Default 5 MiB (Excel on the web). */
  payloadLimit?: number;
  /** Longest address string getRanges accepts. Default 8192 (larger strings fail in Excel). */
  addressLengthLimit?: number;
  /** Author name given to notes. */
  author?: string;
}

/** What the double offers of the global `Office` object. */
export interface OfficeDouble {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    document: { settings: DocumentSettingsDouble };
  };
}

interface SaveResult {
  status: 'succeeded' | 'failed';
  value: undefined;
  error: { name: string; message: string; code: number } | null;
  asyncContext?: unknown;
}

/** Office.context.document.settings: an in-memory copy, persisted to the document by saveAsync. */
export class DocumentSettingsDouble {
  private mem: Map<string, unknown>;
  constructor(private readonly dbl: ExcelDouble) {
    this.mem = new Map([...dbl.state.settings].map(([k, v]) => [k, clone(v)]));
  }
  get(name: string): unknown {
    return this.mem.has(name) ? clone(this.mem.get(name)) : null;
  }
  set(name: string, value: unknown): void {
    this.mem.set(name, clone(value));
  }
  remove(name: string): void {
    this.mem.delete(name);
  }
  /** Office.Settings.refreshAsync: the in-memory copy replaced by the document's (unsaved changes are lost). */
  refreshAsync(callback?: (r: SaveResult) => void): void {
    this.mem = new Map([...this.dbl.state.settings].map(([k, v]) => [k, clone(v)]));
    setTimeout(() => callback?.({ status: 'succeeded', value: undefined, error: null }), 0);
  }

  saveAsync(a?: unknown, b?: unknown): void {
    const cb = (typeof a === 'function' ? a : b) as ((r: SaveResult) => void) | undefined;
    const asyncContext = typeof a === 'object' && a !== null ? (a as { asyncContext?: unknown }).asyncContext : undefined;
    const state = this.dbl.state;
    state.settings = new Map([...this.mem].map(([k, v]) => [k, clone(v)]));
    this.dbl.settingsSaves++;
    setTimeout(() => cb?.({ status: 'succeeded', value: undefined, error: null, asyncContext }), 0);
  }
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

export class ExcelDouble {
  readonly state = new WorkbookState();
  readonly options: Required<ExcelDoubleOptions>;
  /** Syncs over the double's lifetime (all contexts). */
  syncCount = 0;
  /** Per-sync payload figures, for tests and benchmarks. */
  readonly syncLog: SyncRecord[] = [];
  /** Entries Excel's own undo stack received from add-in batches. */
  excelUndoEntries = 0;
  screenUpdatingSuspensions = 0;
  settingsSaves = 0;
  /** The Office object of the currently open task pane. */
  office: OfficeDouble;
  _cellEdit: Promise<void> | null = null;
  private _endCellEdit: (() => void) | null = null;
  _selection: { sheet: string; rect: { top: number; left: number; bottom: number; right: number } } | null = null;
  private runCounter = 0;
  private undoCounted = new WeakSet<DoubleContext>();

  constructor(data: DoubleWorkbookData, options: ExcelDoubleOptions = {}) {
    this.options = {
      apiVersion: options.apiVersion ?? '1.20',
      payloadLimit: options.payloadLimit ?? 5 * 1024 * 1024,
      addressLengthLimit: options.addressLengthLimit ?? 8192,
      author: options.author ?? 'Jixiao',
    };
    loadData(this.state, data);
    this.office = this.openPane();
  }

  _nextRunId(): number {
    return ++this.runCounter;
  }

  /** Excel's undo stack: one entry per add-in sync, or per run with mergeUndoGroup (1.20); user actions too. */
  private undoStack: { ctx: DoubleContext | null; steps: (() => void)[] }[] = [];

  _countUndo(ctx: DoubleContext, steps: (() => void)[] = []): void {
    if (ctx._runOptions.mergeUndoGroup && versionAtLeast(this.options.apiVersion, '1.20')) {
      const top = this.undoStack[this.undoStack.length - 1];
      if (this.undoCounted.has(ctx)) {
        // Still one entry for the whole run when nothing else came between.
        // A loop, not push(...steps): 自评 at 50 000 rows has more steps than a call takes arguments.
        if (top?.ctx === ctx) for (const s of steps) top.steps.push(s);
        else this.undoStack.push({ ctx, steps });
        return;
      }
      this.undoCounted.add(ctx);
    }
    this.excelUndoEntries++;
    this.undoStack.push({ ctx, steps });
  }

  /** Ctrl+Z in Excel: reverts the last entry of Excel's undo stack (an add-in's batch or a user action). False when empty. */
  excelUndo(): boolean {
    const e = this.undoStack.pop();
    if (!e) return false;
    for (let i = e.steps.length - 1; i >= 0; i--) e.steps[i]();
    this.state.dirty = false;
    return true;
  }

  /** A user action in the grid, as one entry on Excel's undo stack, followed by automatic calculation. */
  private user(action: () => void): void {
    const state = this.state;
    state.begin();
    try {
      action();
      state.flushShifts();
      if (state.dirty) state.recalc();
    } catch (e) {
      state.rollback();
      throw e;
    }
    this.undoStack.push({ ctx: null, steps: state.commit() });
  }

  /** The user types into a cell (a formula with '=', text, a number; '' clears its contents). */
  userType(address: string, input: string | number, sheet?: string): void {
    const r = parseRect(address);
    if (!r) throw new Error(address);
    const s = this.sheetOf(sheet);
    this.user(() => s.set(r.top, r.left, input === '' ? clearContents(s.get(r.top, r.left)) : writeInput(s.get(r.top, r.left), input)));
  }

  /** The user colours a cell (null: no fill). */
  userFill(address: string, color: string | null, sheet?: string): void {
    const r = parseRect(address);
    if (!r) throw new Error(address);
    const s = this.sheetOf(sheet);
    this.user(() => {
      const old = s.get(r.top, r.left);
      const next: Cell = { ...(old ?? { v: '' }) };
      if (color) next.fill = { color: normalizeColor(color), pattern: 'Solid' };
      else delete next.fill;
      s.set(r.top, r.left, next);
    });
  }

  /** The user inserts or deletes whole rows (Home › Insert / Delete sheet rows). */
  userInsertRows(at: number, count: number, sheet?: string): void {
    const s = this.sheetOf(sheet);
    this.user(() => s.insertRows(at, count));
  }

  userDeleteRows(at: number, count: number, sheet?: string): void {
    const s = this.sheetOf(sheet);
    this.user(() => s.deleteRows(at, count));
  }

  /** Excel.run(batch) / Excel.run(options, batch). */
  run<T>(batch: (context: DoubleContext) => Promise<T>): Promise<T>;
  run<T>(options: RunOptionsLike, batch: (context: DoubleContext) => Promise<T>): Promise<T>;
  async run<T>(a: RunOptionsLike | ((context: DoubleContext) => Promise<T>), b?: (context: DoubleContext) => Promise<T>): Promise<T> {
    const options = typeof a === 'function' ? {} : a;
    const batch = (typeof a === 'function' ? a : b) as (context: DoubleContext) => Promise<T>;
    const ctx = new DoubleContext(this, options);
    const value = await batch(ctx);
    // Excel.run flushes what the batch left queued.
    if (ctx._queue.length) await ctx.sync();
    return value;
  }

  /** A context outside Excel.run (like `new Excel.RequestContext()`). */
  context(options: RunOptionsLike = {}): DoubleContext {
    return new DoubleContext(this, options);
  }

  /** Simulate (re)opening the task pane: a fresh Office object whose settings come from the document. */
  openPane(): OfficeDouble {
    const version = this.options.apiVersion;
    this.office = {
      context: {
        requirements: {
          isSetSupported: (name: string, minVersion?: string) => name === 'ExcelApi' && (minVersion === undefined || versionAtLeast(version, String(minVersion))),
        },
        document: { settings: new DocumentSettingsDouble(this) },
      },
    };
    return this.office;
  }

  /**
   * Another runtime on the same document (the ribbon's function file beside the pane): its own
   * Office object and in-memory settings; `office` (the pane's) is not replaced.
   */
  runtime(): OfficeDouble {
    const pane = this.office;
    const other = this.openPane();
    this.office = pane;
    return other;
  }

  /** The user starts editing a cell: batches fail (or wait, with delayForCellEdit) until endCellEdit(). */
  beginCellEdit(): void {
    if (this._cellEdit) return;
    this._cellEdit = new Promise((resolve) => {
      this._endCellEdit = resolve;
    });
  }

  endCellEdit(): void {
    const end = this._endCellEdit;
    this._cellEdit = null;
    this._endCellEdit = null;
    end?.();
  }

  get inCellEdit(): boolean {
    return this._cellEdit !== null;
  }

  private sheetOf(name?: string): SheetState {
    const s = name === undefined ? this.state.sheets[this.state.active] : this.state.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** The current state of one sheet, in the data format. */
  sheetData(name?: string): DoubleSheetData {
    return sheetToData(this.sheetOf(name));
  }

  /** The whole workbook, e.g. to reopen it in a new double. */
  data(): DoubleWorkbookData {
    return {
      sheets: this.state.sheets.map(sheetToData),
      activeSheet: this.state.sheets[this.state.active]?.name,
      settings: Object.fromEntries([...this.state.settings].map(([k, v]) => [k, clone(v)])),
    };
  }

  /** The sheet as the engine's Grid (values, formulas without '=', number formats, merges). */
  toGrid(name?: string): Grid {
    return dataToGrid(this.sheetData(name));
  }

  /** Fill colour of a cell ('#RRGGBB') or null. */
  fillAt(address: string, sheet?: string): string | null {
    const r = parseRect(address);
    if (!r) throw new Error(address);
    return this.sheetOf(sheet).get(r.top, r.left)?.fill?.color ?? null;
  }

  /** The payload figures of the last `n` syncs. */
  lastSyncs(n: number): SyncRecord[] {
    return this.syncLog.slice(-n);
  }
}

function clearContents(c: Cell | undefined): Cell | undefined {
  if (!c) return undefined;
  const out: Cell = { v: '' };
  if (c.nf !== undefined) out.nf = c.nf;
  if (c.fill) out.fill = c.fill;
  if (c.bold) out.bold = c.bold;
  return out.nf !== undefined || out.fill || out.bold ? out : undefined;
}

export function createExcelDouble(workbookData: DoubleWorkbookData, options?: ExcelDoubleOptions): ExcelDouble {
  return new ExcelDouble(workbookData, options);
}

// ---------------------------------------------------------------- data ↔ workbook state

function loadData(state: WorkbookState, data: DoubleWorkbookData): void {
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
  if (needsCalc) state.recalc();
  state.dirty = false;
  state.recalcCount = 0;
}

function sheetToData(s: SheetState): DoubleSheetData {
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
  return {
    name: s.name,
    values,
    formulas,
    numberFormats,
    fills,
    bold,
    merges: s.merges.map((m) => ({ ...m })).sort((a, b) => a.top - b.top || a.left - b.left),
    notes,
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
    })),
  };
}

// The double satisfies the gateway's view of the Excel API (compile-time check).
type Assignable<A, B> = [A] extends [B] ? true : false;
export const _doubleFitsGateway: Assignable<DoubleContext, import('../gateways/office/api').XlContext> &
  Assignable<ExcelDouble, import('../gateways/office/api').XlRunner> = true;
