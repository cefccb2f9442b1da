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
import type { Grid } from '../sheet/grid';
import { parseRect } from '../sheet/a1';
import { DoubleContext } from './context';
import { clone, dataToGrid, loadData, sheetToData, type DoubleSheetData, type DoubleWorkbookData } from './data';
import {
  MERGED_AREAS_LIMIT,
  PAYLOAD_LIMIT,
  SETTINGS_LIMIT,
  XML_PART_LIMIT,
  versionAtLeast,
  type DoubleSession,
  type ExcelDoubleOptions,
  type RunOptionsLike,
  type SyncRecord,
} from './session';
import { WorkbookState, normalizeColor, writeInput, type Cell, type SheetState } from './state';
import { insertWholeRows } from './edits';
import { utf8Length } from '../domain/utf8';

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
    this.dbl.settingsRefreshes++;
    setTimeout(() => callback?.({ status: 'succeeded', value: undefined, error: null }), 0);
  }

  saveAsync(a?: unknown, b?: unknown): void {
    const cb = (typeof a === 'function' ? a : b) as ((r: SaveResult) => void) | undefined;
    const asyncContext = typeof a === 'object' && a !== null ? (a as { asyncContext?: unknown }).asyncContext : undefined;
    const state = this.dbl.state;
    this.dbl.settingsSaves++;
    const bytes = utf8Length(JSON.stringify(Object.fromEntries(this.mem)));
    if (bytes > this.dbl.options.settingsLimit) {
      // As Excel 2021 answered (OfficeDev/office-js#3957): the save fails, the document keeps its copy.
      const error = { name: 'Invalid format error', message: 'The argument is invalid or missing or has an incorrect format.', code: 2006 };
      setTimeout(() => cb?.({ status: 'failed', value: undefined, error, asyncContext }), 0);
      return;
    }
    state.settings = new Map([...this.mem].map(([k, v]) => [k, clone(v)]));
    setTimeout(() => cb?.({ status: 'succeeded', value: undefined, error: null, asyncContext }), 0);
  }
}

export class ExcelDouble implements DoubleSession {
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
  /** Settings.refreshAsync calls (all runtimes): each reads the document's whole settings bag. */
  settingsRefreshes = 0;
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
      payloadLimit: options.payloadLimit ?? PAYLOAD_LIMIT,
      settingsLimit: options.settingsLimit ?? SETTINGS_LIMIT,
      xmlPartLimit: options.xmlPartLimit ?? XML_PART_LIMIT,
      oversizeAsGeneralException: options.oversizeAsGeneralException ?? false,
      wireEscapesNonAscii: options.wireEscapesNonAscii ?? false,
      mergedAreasLimit: options.mergedAreasLimit ?? MERGED_AREAS_LIMIT,
      mergedAreasByTopLeft: options.mergedAreasByTopLeft ?? true,
      addressLengthLimit: options.addressLengthLimit ?? 8192,
      protectedSheetError: options.protectedSheetError ?? 'AccessDenied',
      author: options.author ?? 'Jixiao',
      answerBreakdown: options.answerBreakdown ?? false,
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
      if (state.dirty && state.calculationMode !== 'Manual') state.recalc();
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
    this.user(() => insertWholeRows(s, at, count));
  }

  userDeleteRows(at: number, count: number, sheet?: string): void {
    const s = this.sheetOf(sheet);
    this.user(() => s.deleteRows(at, count));
  }

  /** Review › Protect Sheet (true) or Unprotect Sheet (false): not an entry on Excel's undo stack. */
  userProtect(on = true, sheet?: string): void {
    this.sheetOf(sheet).protected = on;
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
      ...(this.state.xmlParts.size ? { xmlParts: Object.fromEntries([...this.state.xmlParts].map(([id, p]) => [id, p.xml])) } : {}),
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
