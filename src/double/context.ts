/**
 * The client side of the Excel double: proxy objects with Office.js semantics.
 *
 * - Reading a scalar property that was not loaded (or whose load has not been synced yet) throws
 *   a `PropertyNotLoaded` error with Office's message. Setting a property stores the value locally
 *   (as office.js does), so it can be read back.
 * - Setters and method calls are queued; nothing reaches the workbook until `context.sync()`.
 * - `sync()` measures the request (queued actions and the object paths they use, as JSON, UTF-8)
 *   and rejects the whole batch with `RequestPayloadSizeLimitExceeded` above the limit; then runs
 *   the actions in order (a load reads the state at its place in the queue, as in Excel); then
 *   measures the response (all loaded data) and rolls the batch back with
 *   `ResponsePayloadSizeLimitExceeded` above the limit. An action that fails stops the batch with
 *   the actions before it applied, as in Excel.
 */
import { MAX_COLS, MAX_ROWS, Rect, contains, intersects, parseAreas, parseRect, qualified, splitSheet } from '../sheet/a1';
import { utf8Length } from '../domain/utf8';
import { serialToDate } from '../domain/excel-date';
import type { ExcelDouble } from './index';
import { Cell, DoubleError, Fill, SheetState, WorkbookState, Scalar, cellName, normalizeColor, writeInput } from './state';
import { translateFormula } from '../sheet/relative';

// ---------------------------------------------------------------- errors

export function propertyNotLoaded(name: string): DoubleError {
  return new DoubleError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function invalidArgument(location?: string): DoubleError {
  return new DoubleError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.', location);
}

function itemNotFound(location?: string): DoubleError {
  return new DoubleError('ItemNotFound', 'The requested resource doesn\'t exist.', location);
}

function notImplemented(what: string): DoubleError {
  return new DoubleError('NotImplemented', `The Excel double does not implement ${what}.`, what);
}

export function versionAtLeast(have: string, want: string): boolean {
  const [a1, a2] = have.split('.').map(Number);
  const [b1, b2] = want.split('.').map(Number);
  return a1 > b1 || (a1 === b1 && (a2 || 0) >= (b2 || 0));
}

// ---------------------------------------------------------------- actions and results

type ActionType = 'SetProperty' | 'Method' | 'Query';

interface Action {
  id: number;
  obj: DObject;
  type: ActionType;
  name: string;
  args: unknown;
  minVersion?: string;
  /** Runs on the workbook state; returns the query result (JSON-able) for Query actions. */
  exec(): unknown;
  /** Delivers a query result to the proxies once the batch succeeded. */
  deliver?(result: unknown): void;
}

export class DClientResult<T> {
  private _v: T | undefined;
  private _set = false;
  _deliver(v: T): void {
    this._v = v;
    this._set = true;
  }
  get value(): T {
    if (!this._set) {
      throw new DoubleError(
        'ValueNotLoaded',
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    }
    return this._v as T;
  }
}

export interface SyncRecord {
  run: number;
  requestBytes: number;
  responseBytes: number;
  actions: number;
  ok: boolean;
  error?: string;
  delayedForCellEdit?: boolean;
}

export interface RunOptionsLike {
  delayForCellEdit?: boolean;
  mergeUndoGroup?: boolean;
}

// ---------------------------------------------------------------- load specs

type LoadSpec = string | string[] | { select?: string | string[]; expand?: string | string[] } | Record<string, unknown> | undefined;

function loadPaths(spec: LoadSpec): string[] | null {
  if (spec === undefined || spec === null) return null; // everything scalar
  if (typeof spec === 'string') return spec.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  const o = spec as Record<string, unknown>;
  if ('select' in o || 'expand' in o) {
    const sel = o.select as string | string[] | undefined;
    const exp = o.expand as string | string[] | undefined;
    const out = sel === undefined ? [] : (loadPaths(sel) ?? []);
    for (const e of exp === undefined ? [] : (loadPaths(exp) ?? [])) out.push(e + '/$all');
    return out;
  }
  const out: string[] = [];
  const walk = (obj: Record<string, unknown>, prefix: string): void => {
    for (const [k, v] of Object.entries(obj)) {
      if (v === true) out.push(prefix + k);
      else if (v && typeof v === 'object') walk(v as Record<string, unknown>, prefix + k + '/');
    }
  };
  walk(o, '');
  return out;
}

// ---------------------------------------------------------------- base object

const NULL = Symbol('null object');

export abstract class DObject {
  readonly _id: number;
  _loaded = new Map<string, unknown>();
  _isNull: boolean | undefined;
  private _cacheSync = -1;
  private _cache: unknown;

  constructor(
    readonly context: DoubleContext,
    readonly _parent: DObject | null,
    readonly _name: string,
    readonly _args: unknown[],
    readonly _nullable = false,
    readonly _minVersion?: string,
  ) {
    this._id = context._newId();
    if (_nullable) context._nullables.add(this);
  }

  get isNullObject(): boolean {
    if (!this._nullable) return false;
    if (this._isNull === undefined) throw propertyNotLoaded('isNullObject');
    return this._isNull;
  }

  /** Resolve to the target in the workbook state (null for a missing *OrNullObject). */
  protected abstract _resolve(): unknown;

  /** Scalar properties: name → getter on the target. */
  protected _scalars(): Record<string, (t: never) => unknown> {
    return {};
  }

  /** Navigation properties: name → child proxy. */
  protected _navs(): Record<string, () => DObject> {
    return {};
  }

  _target(): unknown {
    const ctx = this.context;
    if (this._cacheSync === ctx._syncNo) return this._cache;
    if (this._minVersion) ctx._require(this._minVersion, this._name);
    let t: unknown;
    try {
      if (this._parent && this._parent._target() === NULL) {
        if (!this._nullable) throw itemNotFound(this._name);
        t = NULL;
      } else {
        t = this._resolve();
        if (t === null || t === undefined) {
          if (!this._nullable) throw itemNotFound(this._name);
          t = NULL;
        }
      }
    } catch (e) {
      if (this._nullable && e instanceof DoubleError && e.code === 'ItemNotFound') t = NULL;
      else throw e;
    }
    this._cacheSync = ctx._syncNo;
    this._cache = t;
    return t;
  }

  /** The target for a set or a method: a null object cannot take either. */
  _live<T>(): T {
    const t = this._target();
    if (t === NULL) throw itemNotFound(this._name);
    return t as T;
  }

  protected _get<T>(prop: string): T {
    if (this._loaded.has(prop)) return this._loaded.get(prop) as T;
    throw propertyNotLoaded(prop);
  }

  protected _set<T>(prop: string, value: unknown, apply: (t: T) => void, minVersion?: string): void {
    this._loaded.set(prop, value);
    this.context._enqueue({
      obj: this,
      type: 'SetProperty',
      name: prop,
      args: [value],
      minVersion,
      exec: () => apply(this._live<T>()),
    });
  }

  protected _call<T>(name: string, args: unknown[], apply: (t: T) => void, minVersion?: string): void {
    this.context._enqueue({
      obj: this,
      type: 'Method',
      name,
      args,
      minVersion,
      exec: () => apply(this._live<T>()),
    });
  }

  protected _callResult<T, R>(name: string, args: unknown[], compute: (t: T) => R, minVersion?: string): DClientResult<R> {
    const result = new DClientResult<R>();
    this.context._enqueue({
      obj: this,
      type: 'Method',
      name,
      args,
      minVersion,
      exec: () => compute(this._live<T>()),
      deliver: (v) => result._deliver(v as R),
    });
    return result;
  }

  /** Queue a load; `this` is returned, as in office.js. */
  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    const own: string[] = [];
    const nested = new Map<string, string[]>();
    const scalars = this._scalars();
    const navs = this._navs();
    for (const p of paths ?? Object.keys(scalars)) {
      if (p === '$all') {
        own.push(...Object.keys(scalars));
        continue;
      }
      const slash = p.indexOf('/');
      const head = slash < 0 ? p : p.slice(0, slash);
      const rest = slash < 0 ? '' : p.slice(slash + 1);
      if (navs[head]) {
        const list = nested.get(head) ?? [];
        list.push(rest || '$all');
        nested.set(head, list);
      } else if (scalars[head]) {
        own.push(head);
      } else {
        // Office rejects an unknown property at sync time.
        this.context._enqueue({
          obj: this,
          type: 'Query',
          name: 'load',
          args: { Select: [p] },
          exec: () => {
            throw new DoubleError('PropertyNotLoaded', `The property '${p}' does not exist on this object.`, p);
          },
        });
      }
    }
    for (const [head, rest] of nested) navs[head]().load(rest);
    if (own.length || !nested.size) this._queueQuery([...new Set(own)]);
    return this;
  }

  protected _queueQuery(props: string[]): void {
    const scalars = this._scalars();
    this.context._enqueue({
      obj: this,
      type: 'Query',
      name: 'load',
      args: { Select: props },
      exec: () => {
        const t = this._target();
        const out: Record<string, unknown> = {};
        if (this._nullable) out._IsNull = t === NULL;
        for (const p of props) {
          if (t === NULL) out[p] = null;
          else {
            if (p === 'values' || p === 'text') this.context._ensureCalculated();
            out[p] = (scalars[p] as (x: unknown) => unknown)(t);
          }
        }
        return out;
      },
      deliver: (r) => {
        const o = r as Record<string, unknown>;
        for (const p of props) this._loaded.set(p, o[p]);
      },
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

// ---------------------------------------------------------------- targets

interface RangeT {
  sheet: SheetState;
  rect: Rect;
}
interface AreasT {
  sheet: SheetState;
  rects: Rect[];
}
interface NoteT {
  sheet: SheetState;
  row: number;
  col: number;
}

function rectsOf(t: RangeT | AreasT): Rect[] {
  return 'rect' in t ? [t.rect] : t.rects;
}

function eachCell(rects: Rect[], f: (row: number, col: number) => void): void {
  for (const r of rects) for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) f(i, j);
}

/** Clip whole rows/columns to what the sheet uses, for reads that return per-cell arrays. */
function readable(t: RangeT): Rect {
  const r = t.rect;
  const cells = (r.bottom - r.top + 1) * (r.right - r.left + 1);
  if (cells > 5_000_000) throw new DoubleError('RangeExceedsLimit', 'The number of cells in the range has exceeded the maximum supported number. See the article Excel specifications and limits.');
  return r;
}

function grid<T>(t: RangeT, f: (c: Cell | undefined, row: number, col: number) => T): T[][] {
  const r = readable(t);
  const out: T[][] = [];
  for (let i = r.top; i <= r.bottom; i++) {
    const row: T[] = [];
    const hr = t.sheet.rows[i - 1];
    for (let j = r.left; j <= r.right; j++) row.push(f(hr?.[j - 1], i, j));
    out.push(row);
  }
  return out;
}

function uniform<T>(rects: Rect[], sheet: SheetState, f: (c: Cell | undefined) => T): T | null {
  let first = true;
  let v: T | null = null;
  let mixed = false;
  eachCell(rects, (i, j) => {
    if (mixed) return;
    const x = f(sheet.get(i, j));
    if (first) {
      v = x;
      first = false;
    } else if (x !== v) mixed = true;
  });
  return mixed ? null : v;
}

function check2D(rect: Rect, value: unknown): unknown[][] {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (!Array.isArray(value) || value.length !== rows || value.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw new DoubleError('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  }
  return value as unknown[][];
}

/** Excel's displayed text for a value under a number format (the subset the double needs). */
export function formatText(v: Scalar, nf: string | undefined): string {
  if (v === '') return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const f = nf ?? 'General';
  if (f === 'General' || f === '@') return String(Number(v.toPrecision(11)));
  const pct = /^0(\.(0+))?%$/.exec(f);
  if (pct) return (v * 100).toFixed(pct[2]?.length ?? 0) + '%';
  const fixed = /^(#,##)?0(\.(0+))?$/.exec(f);
  if (fixed) {
    const s = v.toFixed(fixed[3]?.length ?? 0);
    if (!fixed[1]) return s;
    const [a, b] = s.split('.');
    return a.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (b ? '.' + b : '');
  }
  if (/y/i.test(f) && /d/i.test(f)) {
    const d = serialToDate(v);
    const y = d.getUTCFullYear();
    const m = String(d.getUTCMonth() + 1).padStart(2, '0');
    const day = String(d.getUTCDate()).padStart(2, '0');
    return f.includes('年') ? `${y}年${Number(m)}月${Number(day)}日` : `${y}-${m}-${day}`;
  }
  return String(v);
}

function noFillProps(): Fill {
  return { color: '#FFFFFF', pattern: 'None' };
}

// ---------------------------------------------------------------- context

export class DoubleContext {
  readonly workbook: DWorkbook;
  readonly application: DApplication;
  syncCount = 0;
  _syncNo = 0;
  _queue: Action[] = [];
  _nullables = new Set<DObject>();
  private _nextId = 1;
  private _calcSuspended = false;
  readonly _runId: number;

  constructor(
    readonly _double: ExcelDouble,
    readonly _runOptions: RunOptionsLike = {},
  ) {
    this._runId = _double._nextRunId();
    this.workbook = new DWorkbook(this);
    this.application = this.workbook.application;
  }

  get _state(): WorkbookState {
    return this._double.state;
  }

  _newId(): number {
    return this._nextId++;
  }

  _enqueue(a: Omit<Action, 'id'>): void {
    this._queue.push({ ...a, id: this._newId() });
  }

  _require(version: string, what: string): void {
    if (!versionAtLeast(this._double.options.apiVersion, version)) {
      throw new DoubleError(
        'ApiNotFound',
        'The API you are trying to use could not be found. It may be available in a newer version of Excel. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/reference/requirement-sets/excel-api-requirement-sets".',
        what,
      );
    }
  }

  _suspendCalculation(): void {
    this._calcSuspended = true;
  }

  _ensureCalculated(): void {
    if (this._state.dirty && !this._calcSuspended) this._state.recalc();
  }

  /** ClientRequestContext.load(object, option). */
  load(object: DObject, option?: LoadSpec): void {
    object.load(option);
  }

  get pendingActions(): number {
    return this._queue.length;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const dbl = this._double;
    const actions = this._queue;
    this._queue = [];
    const nullables = [...this._nullables];
    this._nullables.clear();
    let delayed = false;
    if (dbl._cellEdit) {
      if (!this._runOptions.delayForCellEdit) {
        this.syncCount++;
        dbl.syncCount++;
        dbl.syncLog.push({ run: this._runId, requestBytes: 0, responseBytes: 0, actions: actions.length, ok: false, error: 'InvalidOperationInCellEditMode' });
        throw new DoubleError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.');
      }
      delayed = true;
      await dbl._cellEdit;
    }
    await Promise.resolve();
    this.syncCount++;
    dbl.syncCount++;
    const limit = dbl.options.payloadLimit;
    const record: SyncRecord = { run: this._runId, requestBytes: 0, responseBytes: 0, actions: actions.length, ok: false };
    if (delayed) record.delayedForCellEdit = true;
    dbl.syncLog.push(record);

    // Request: actions plus the object paths they use.
    const paths: Record<number, unknown> = {};
    const addPath = (o: DObject | null): void => {
      while (o && !paths[o._id]) {
        paths[o._id] = { Id: o._id, ParentId: o._parent?._id ?? 0, Name: o._name, Args: o._args };
        o = o._parent;
      }
    };
    for (const a of actions) addPath(a.obj);
    for (const o of nullables) addPath(o);
    const request = {
      Actions: actions.map((a) => ({ Id: a.id, ObjectPathId: a.obj._id, ActionType: a.type, Name: a.name, Args: a.args })),
      ObjectPaths: paths,
    };
    record.requestBytes = utf8Length(JSON.stringify(request));
    if (record.requestBytes > limit) {
      record.error = 'RequestPayloadSizeLimitExceeded';
      throw new DoubleError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".');
    }

    const state = this._state;
    this._syncNo++;
    this._calcSuspended = false;
    state.begin();
    const results: { action: Action; value: unknown }[] = [];
    let mutated = false;
    try {
      for (const a of actions) {
        if (a.minVersion) this._require(a.minVersion, a.name);
        if (!keepsFormulas(a)) state.flushShifts();
        const v = a.exec();
        if (a.type !== 'Query') mutated = true;
        if (a.deliver) results.push({ action: a, value: v });
      }
      state.flushShifts();
      if (!this._calcSuspended) this._ensureCalculated();
    } catch (e) {
      // As in Excel: the actions before the failing one stay applied.
      state.flushShifts();
      const steps = state.commit();
      if (mutated) dbl._countUndo(this, steps);
      this._calcSuspended = false;
      record.error = e instanceof DoubleError ? e.code : String(e);
      throw e;
    }
    const nullResults = nullables.map((o) => {
      let isNull: boolean;
      try {
        isNull = o._target() === NULL;
      } catch {
        isNull = true;
      }
      return { o, isNull };
    });
    const response = {
      Results: results.map((r) => ({ ActionId: r.action.id, Value: r.value })),
      Nulls: nullResults.map((n) => ({ Id: n.o._id, IsNull: n.isNull })),
    };
    record.responseBytes = utf8Length(JSON.stringify(response));
    if (record.responseBytes > limit) {
      state.rollback();
      this._calcSuspended = false;
      record.error = 'ResponsePayloadSizeLimitExceeded';
      throw new DoubleError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".');
    }
    const steps = state.commit();
    this._calcSuspended = false;
    if (mutated) dbl._countUndo(this, steps);
    for (const n of nullResults) n.o._isNull = n.isNull;
    for (const r of results) r.action.deliver?.(r.value);
    record.ok = true;
    return passThroughValue as T;
  }
}

/** Actions that neither read nor write formulas: row shifts may stay pending across them. */
function keepsFormulas(a: Action): boolean {
  if (a.name === 'insert' || a.name === 'delete' || a.name.startsWith('suspend')) return true;
  return a.name === 'copyFrom' && (a.args as unknown[])[1] === 'Formats';
}

// ---------------------------------------------------------------- workbook & application

export class DWorkbook extends DObject {
  readonly application: DApplication;
  readonly worksheets: DWorksheetCollection;
  readonly settings: DSettingCollection;
  private _notes?: DNoteCollection;
  constructor(ctx: DoubleContext) {
    super(ctx, null, 'Workbook', []);
    this.application = new DApplication(ctx, this);
    this.worksheets = new DWorksheetCollection(ctx, this);
    this.settings = new DSettingCollection(ctx, this);
  }
  get notes(): DNoteCollection {
    return (this._notes ??= new DNoteCollection(this.context, this, null));
  }
  protected _resolve(): unknown {
    return this.context._state;
  }
  protected override _navs(): Record<string, () => DObject> {
    return { application: () => this.application, worksheets: () => this.worksheets, settings: () => this.settings, notes: () => this.notes };
  }
  getSelectedRange(): DRange {
    return new DRange(this.context, this, 'getSelectedRange', [], () => {
      const sel = this.context._double._selection;
      const state = this.context._state;
      if (sel) {
        const s = state.sheet(sel.sheet);
        if (s) return { sheet: s, rect: sel.rect };
      }
      return { sheet: state.sheets[state.active], rect: { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }
}

export class DApplication extends DObject {
  constructor(ctx: DoubleContext, parent: DObject) {
    super(ctx, parent, 'application', []);
  }
  protected _resolve(): unknown {
    return this.context._state;
  }
  protected override _scalars(): Record<string, (t: never) => unknown> {
    return { calculationMode: () => 'Automatic' };
  }
  get calculationMode(): string {
    return this._get('calculationMode');
  }
  calculate(calculationType: string): void {
    this._call<WorkbookState>('calculate', [calculationType], (h) => h.recalc());
  }
  suspendApiCalculationUntilNextSync(): void {
    this._call('suspendApiCalculationUntilNextSync', [], () => this.context._suspendCalculation(), '1.6');
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._call('suspendScreenUpdatingUntilNextSync', [], () => {
      this.context._double.screenUpdatingSuspensions++;
    }, '1.9');
  }
}

// ---------------------------------------------------------------- collections

abstract class DCollection<T extends DObject> extends DObject {
  protected _items: T[] | undefined;
  get items(): T[] {
    if (!this._items) throw propertyNotLoaded('items');
    return this._items;
  }
  /** Host keys of the items, at execution time. */
  protected abstract _keys(): unknown[];
  protected abstract _item(key: unknown): T;

  override load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    const item = (k: unknown): T => this._item(k);
    // Collection loads name item properties, with or without an "items/" prefix.
    const props = (paths ?? ['$all']).map((p) => (p.startsWith('items/') ? p.slice(6) : p === 'items' ? '$all' : p));
    const probe = item(undefined);
    const scalars = (probe as unknown as { _scalars(): Record<string, (t: never) => unknown> })._scalars();
    const wanted = props.includes('$all') ? Object.keys(scalars) : props.filter((p) => scalars[p]);
    const nested = props.filter((p) => p.includes('/'));
    if (nested.length) throw notImplemented(`nested collection loads (${nested.join(', ')})`);
    this.context._enqueue({
      obj: this,
      type: 'Query',
      name: 'load',
      args: { Select: wanted.map((w) => 'items/' + w) },
      exec: () => {
        this._live();
        return this._keys().map((k) => {
          const o = item(k);
          const t = (o as unknown as { _resolveFor(): unknown })._resolveFor();
          const out: Record<string, unknown> = {};
          for (const w of wanted) out[w] = (scalars[w] as (x: unknown) => unknown)(t);
          return { key: k, props: out };
        });
      },
      deliver: (r) => {
        this._items = (r as { key: unknown; props: Record<string, unknown> }[]).map(({ key, props: p }) => {
          const o = item(key);
          for (const [k, v] of Object.entries(p)) o._loaded.set(k, v);
          return o;
        });
      },
    });
    return this;
  }
}

export class DWorksheetCollection extends DCollection<DWorksheet> {
  constructor(ctx: DoubleContext, parent: DObject) {
    super(ctx, parent, 'worksheets', []);
  }
  protected _resolve(): unknown {
    return this.context._state;
  }
  protected _keys(): unknown[] {
    return this.context._state.sheets.map((s) => s.name);
  }
  protected _item(key: unknown): DWorksheet {
    return new DWorksheet(this.context, this, 'getItem', [key], () => this.context._state.sheet(String(key)));
  }
  getActiveWorksheet(): DWorksheet {
    return new DWorksheet(this.context, this, 'getActiveWorksheet', [], () => {
      const h = this.context._state;
      return h.sheets[h.active];
    });
  }
  getItem(key: string): DWorksheet {
    return new DWorksheet(this.context, this, 'getItem', [key], () => this.context._state.sheet(key));
  }
  getItemOrNullObject(key: string): DWorksheet {
    return new DWorksheet(this.context, this, 'getItemOrNullObject', [key], () => this.context._state.sheet(key) ?? null, true, '1.4');
  }
  getCount(): DClientResult<number> {
    return this._callResult<WorkbookState, number>('getCount', [], (h) => h.sheets.length, '1.4');
  }
  add(name?: string): DWorksheet {
    let chosen: string | undefined = name;
    const ws = new DWorksheet(this.context, this, 'add', [name ?? null], () => {
      const h = this.context._state;
      return h.sheet(chosen ?? '') ?? null;
    });
    this._call<WorkbookState>('add', [name ?? null], (h) => {
      if (!chosen) {
        let i = h.sheets.length + 1;
        while (h.sheet(`Sheet${i}`)) i++;
        chosen = `Sheet${i}`;
      }
      if (h.sheet(chosen)) throw new DoubleError('ItemAlreadyExists', 'A resource with the same name or identifier already exists.');
      h.addSheet(chosen);
    });
    return ws;
  }
}

// ---------------------------------------------------------------- worksheet

export class DWorksheet extends DObject {
  private _notes?: DNoteCollection;
  constructor(
    ctx: DoubleContext,
    parent: DObject,
    name: string,
    args: unknown[],
    private readonly _find: () => SheetState | null | undefined,
    nullable = false,
    minVersion?: string,
  ) {
    super(ctx, parent, name, args, nullable, minVersion);
  }
  protected _resolve(): unknown {
    return this._find() ?? null;
  }
  _resolveFor(): unknown {
    return this._find();
  }
  protected override _scalars(): Record<string, (t: never) => unknown> {
    return {
      name: (s: SheetState) => s.name,
      position: (s: SheetState) => s.wb.sheets.indexOf(s),
      id: (s: SheetState) => `{${s.name}}`,
    };
  }
  protected override _navs(): Record<string, () => DObject> {
    return { notes: () => this.notes };
  }
  get name(): string {
    return this._get('name');
  }
  get position(): number {
    return this._get('position');
  }
  get notes(): DNoteCollection {
    return (this._notes ??= new DNoteCollection(this.context, this, this));
  }
  activate(): void {
    this._call<SheetState>('activate', [], (s) => {
      s.wb.active = s.wb.sheets.indexOf(s);
    });
  }
  getRange(address?: string): DRange {
    return new DRange(this.context, this, 'getRange', [address ?? null], () => {
      const s = this._live<SheetState>();
      if (address === undefined || address === '') return { sheet: s, rect: { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS } };
      const { sheet, ref } = splitSheet(address);
      if (sheet !== null && sheet.toLowerCase() !== s.name.toLowerCase()) throw invalidArgument('Worksheet.getRange');
      const rect = parseRect(ref);
      if (!rect) throw invalidArgument('Worksheet.getRange');
      return { sheet: s, rect };
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): DRange {
    return new DRange(this.context, this, 'getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => {
      if (rowCount < 1 || columnCount < 1) throw invalidArgument('Worksheet.getRangeByIndexes');
      return { sheet: this._live<SheetState>(), rect: { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount } };
    });
  }
  getRanges(address?: string): DRangeAreas {
    return new DRangeAreas(this.context, this, 'getRanges', [address ?? null], () => {
      const s = this._live<SheetState>();
      const a = address ?? '';
      if (a.length > this.context._double.options.addressLengthLimit) throw invalidArgument('Worksheet.getRanges');
      let areas;
      try {
        areas = parseAreas(a);
      } catch {
        throw invalidArgument('Worksheet.getRanges');
      }
      if (areas.some((x) => x.sheet !== null && x.sheet.toLowerCase() !== s.name.toLowerCase())) throw invalidArgument('Worksheet.getRanges');
      return { sheet: s, rects: areas.map((x) => x.rect) };
    }, false, '1.9');
  }
  getUsedRange(valuesOnly?: boolean): DRange {
    return new DRange(this.context, this, 'getUsedRange', [valuesOnly ?? false], () => {
      const s = this._live<SheetState>();
      return { sheet: s, rect: s.extent(!!valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): DRange {
    return new DRange(
      this.context,
      this,
      'getUsedRangeOrNullObject',
      [valuesOnly ?? false],
      () => {
        const s = this._live<SheetState>();
        const rect = s.extent(!!valuesOnly);
        return rect ? { sheet: s, rect } : null;
      },
      true,
      '1.4',
    );
  }
}

// ---------------------------------------------------------------- range

export class DRange extends DObject {
  private _format?: DRangeFormat;
  constructor(
    ctx: DoubleContext,
    parent: DObject,
    name: string,
    args: unknown[],
    private readonly _find: () => RangeT | null,
    nullable = false,
    minVersion?: string,
  ) {
    super(ctx, parent, name, args, nullable, minVersion);
  }
  protected _resolve(): unknown {
    return this._find();
  }
  _resolveFor(): unknown {
    return this._find();
  }
  protected override _scalars(): Record<string, (t: never) => unknown> {
    return {
      address: (t: RangeT) => qualified(t.sheet.name, t.rect),
      addressLocal: (t: RangeT) => qualified(t.sheet.name, t.rect),
      rowIndex: (t: RangeT) => t.rect.top - 1,
      columnIndex: (t: RangeT) => t.rect.left - 1,
      rowCount: (t: RangeT) => t.rect.bottom - t.rect.top + 1,
      columnCount: (t: RangeT) => t.rect.right - t.rect.left + 1,
      cellCount: (t: RangeT) => (t.rect.bottom - t.rect.top + 1) * (t.rect.right - t.rect.left + 1),
      values: (t: RangeT) => grid(t, (c) => (c ? c.v : '')),
      formulas: (t: RangeT) => grid(t, (c) => (c ? (c.f ?? c.v) : '')),
      numberFormat: (t: RangeT) => grid(t, (c) => c?.nf ?? 'General'),
      text: (t: RangeT) => grid(t, (c) => (c ? formatText(c.v, c.nf) : '')),
      valueTypes: (t: RangeT) =>
        grid(t, (c) => {
          const v = c?.v ?? '';
          if (v === '') return 'Empty';
          if (typeof v === 'number') return 'Double';
          if (typeof v === 'boolean') return 'Boolean';
          return /^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!)$/.test(v) && c?.f ? 'Error' : 'String';
        }),
    };
  }
  protected override _navs(): Record<string, () => DObject> {
    return { format: () => this.format, worksheet: () => this.worksheet };
  }

  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get text(): string[][] {
    return this._get('text');
  }
  get valueTypes(): string[][] {
    return this._get('valueTypes');
  }
  get values(): unknown[][] {
    return this._get('values');
  }
  set values(v: unknown[][]) {
    this._set<RangeT>('values', v, (t) => this._write(t, v));
  }
  get formulas(): unknown[][] {
    return this._get('formulas');
  }
  set formulas(v: unknown[][]) {
    this._set<RangeT>('formulas', v, (t) => this._write(t, v));
  }
  get numberFormat(): unknown[][] {
    return this._get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this._set<RangeT>('numberFormat', v, (t) => {
      const a = check2D(t.rect, v);
      a.forEach((row, i) =>
        row.forEach((nf, j) => {
          if (nf === null || nf === undefined) return;
          if (typeof nf !== 'string') throw invalidArgument('Range.numberFormat');
          const r = t.rect.top + i;
          const c = t.rect.left + j;
          const old = t.sheet.get(r, c);
          const next: Cell = { ...(old ?? { v: '' }) };
          if (nf === 'General') delete next.nf;
          else next.nf = nf;
          t.sheet.set(r, c, next.v === '' && !next.f && !next.nf && !next.fill && !next.bold && !next.qp ? undefined : next);
        }),
      );
    });
  }

  private _write(t: RangeT, v: unknown[][]): void {
    const a = check2D(t.rect, v);
    a.forEach((row, i) =>
      row.forEach((x, j) => {
        const r = t.rect.top + i;
        const c = t.rect.left + j;
        const old = t.sheet.get(r, c);
        const next = writeInput(old, x);
        if (next !== old) t.sheet.set(r, c, next);
      }),
    );
  }

  get format(): DRangeFormat {
    return (this._format ??= new DRangeFormat(this.context, this));
  }
  get worksheet(): DWorksheet {
    return new DWorksheet(this.context, this, 'worksheet', [], () => (this._live<RangeT>()).sheet);
  }

  private _derived(name: string, args: unknown[], f: (t: RangeT) => Rect): DRange {
    return new DRange(this.context, this, name, args, () => {
      const t = this._live<RangeT>();
      const rect = f(t);
      if (rect.top < 1 || rect.left < 1 || rect.bottom > MAX_ROWS || rect.right > MAX_COLS || rect.bottom < rect.top || rect.right < rect.left) {
        throw invalidArgument(`Range.${name}`);
      }
      return { sheet: t.sheet, rect };
    });
  }
  getCell(row: number, column: number): DRange {
    return this._derived('getCell', [row, column], (t) => ({ top: t.rect.top + row, left: t.rect.left + column, bottom: t.rect.top + row, right: t.rect.left + column }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): DRange {
    return this._derived('getOffsetRange', [rowOffset, columnOffset], (t) => ({
      top: t.rect.top + rowOffset,
      bottom: t.rect.bottom + rowOffset,
      left: t.rect.left + columnOffset,
      right: t.rect.right + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): DRange {
    return this._derived('getResizedRange', [deltaRows, deltaColumns], (t) => ({ ...t.rect, bottom: t.rect.bottom + deltaRows, right: t.rect.right + deltaColumns }));
  }
  getRow(row: number): DRange {
    return this._derived('getRow', [row], (t) => ({ ...t.rect, top: t.rect.top + row, bottom: t.rect.top + row }));
  }
  getColumn(column: number): DRange {
    return this._derived('getColumn', [column], (t) => ({ ...t.rect, left: t.rect.left + column, right: t.rect.left + column }));
  }
  getEntireRow(): DRange {
    return this._derived('getEntireRow', [], (t) => ({ top: t.rect.top, bottom: t.rect.bottom, left: 1, right: MAX_COLS }));
  }

  getCellProperties(options: {
    address?: boolean;
    format?: { fill?: { color?: boolean; pattern?: boolean; patternColor?: boolean }; font?: { bold?: boolean } };
  }): DClientResult<Record<string, unknown>[][]> {
    return this._callResult<RangeT, Record<string, unknown>[][]>(
      'getCellProperties',
      [options],
      (t) =>
        grid(t, (c, row, col) => {
          const out: Record<string, unknown> = {};
          if (options.address) out.address = qualified(t.sheet.name, { top: row, left: col, bottom: row, right: col });
          const fo = options.format;
          if (fo) {
            const format: Record<string, unknown> = {};
            if (fo.fill) {
              const fill = c?.fill ?? noFillProps();
              const f: Record<string, unknown> = {};
              if (fo.fill.color) f.color = fill.color;
              if (fo.fill.pattern) f.pattern = fill.pattern;
              if (fo.fill.patternColor) f.patternColor = fill.patternColor ?? '#000000';
              format.fill = f;
            }
            if (fo.font) {
              const f: Record<string, unknown> = {};
              if (fo.font.bold) f.bold = !!c?.bold;
              format.font = f;
            }
            out.format = format;
          }
          return out;
        }),
      '1.9',
    );
  }

  setCellProperties(data: { format?: { fill?: { color?: string; pattern?: string; patternColor?: string }; font?: { bold?: boolean } } }[][]): void {
    this._call<RangeT>(
      'setCellProperties',
      [data],
      (t) => {
        const a = check2D(t.rect, data) as typeof data;
        a.forEach((row, i) =>
          row.forEach((p, j) => {
            if (!p?.format) return;
            const r = t.rect.top + i;
            const c = t.rect.left + j;
            const old = t.sheet.get(r, c);
            const next: Cell = { ...(old ?? { v: '' }) };
            const fill = p.format.fill;
            if (fill) {
              if (fill.pattern === 'None') delete next.fill;
              else {
                const base = next.fill ?? { color: '#FFFFFF', pattern: 'Solid' };
                const nf: Fill = { ...base };
                if (fill.color !== undefined) nf.color = normalizeColor(fill.color);
                if (fill.pattern !== undefined) nf.pattern = fill.pattern;
                else if (!next.fill) nf.pattern = 'Solid';
                if (fill.patternColor !== undefined) nf.patternColor = normalizeColor(fill.patternColor);
                next.fill = nf;
              }
            }
            if (p.format.font?.bold !== undefined) {
              if (p.format.font.bold) next.bold = true;
              else delete next.bold;
            }
            t.sheet.set(r, c, next);
          }),
        );
      },
      '1.9',
    );
  }

  insert(shift: string): DRange {
    let inserted: RangeT | null = null;
    this._call<RangeT>('insert', [shift], (t) => {
      const wholeRows = t.rect.left === 1 && t.rect.right === MAX_COLS;
      if (shift !== 'Down' || !wholeRows) throw notImplemented(`Range.insert("${shift}") on ${cellName(t.rect.top, t.rect.left)} (only whole rows, shifted down)`);
      t.sheet.insertRows(t.rect.top, t.rect.bottom - t.rect.top + 1);
      inserted = { sheet: t.sheet, rect: t.rect };
    });
    return new DRange(this.context, this, 'insert', [shift], () => inserted ?? this._live<RangeT>());
  }

  delete(shift: string): void {
    this._call<RangeT>('delete', [shift], (t) => {
      const wholeRows = t.rect.left === 1 && t.rect.right === MAX_COLS;
      if (shift !== 'Up' || !wholeRows) throw notImplemented(`Range.delete("${shift}") (only whole rows, shifted up)`);
      t.sheet.deleteRows(t.rect.top, t.rect.bottom - t.rect.top + 1);
    });
  }

  merge(across?: boolean): void {
    this._call<RangeT>('merge', [across ?? false], (t) => {
      const targets: Rect[] = across
        ? Array.from({ length: t.rect.bottom - t.rect.top + 1 }, (_, i) => ({ ...t.rect, top: t.rect.top + i, bottom: t.rect.top + i }))
        : [t.rect];
      for (const target of targets) mergeRect(t.sheet, target);
    });
  }

  unmerge(): void {
    this._call<RangeT>('unmerge', [], (t) => {
      t.sheet.setMerges(t.sheet.merges.filter((m) => !intersects(m, t.rect)));
    });
  }

  /** The used cells within this range (ExcelApi 1.4): their bounding box, or a null object. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): DRange {
    return new DRange(
      this.context,
      this,
      'getUsedRangeOrNullObject',
      [valuesOnly ?? false],
      () => {
        const t = this._live<RangeT>();
        const rect = t.sheet.extent(!!valuesOnly, t.rect);
        return rect ? { sheet: t.sheet, rect } : null;
      },
      true,
      '1.4',
    );
  }

  getMergedAreasOrNullObject(): DRangeAreas {
    return new DRangeAreas(
      this.context,
      this,
      'getMergedAreasOrNullObject',
      [],
      () => {
        const t = this._live<RangeT>();
        const rects = t.sheet.merges.filter((m) => intersects(m, t.rect)).sort((a, b) => a.top - b.top || a.left - b.left);
        return rects.length ? { sheet: t.sheet, rects } : null;
      },
      true,
      '1.13',
    );
  }

  select(): void {
    this._call<RangeT>('select', [], (t) => {
      this.context._double._selection = { sheet: t.sheet.name, rect: t.rect };
    });
  }

  clear(applyTo?: string): void {
    this._call<RangeT>('clear', [applyTo ?? 'All'], (t) => clearRects(t.sheet, [t.rect], applyTo ?? 'All'));
  }

  copyFrom(sourceRange: DRange | DRangeAreas | string, copyType?: string, skipBlanks?: boolean, transpose?: boolean): void {
    const type = copyType ?? 'All';
    this._call<RangeT>('copyFrom', [typeof sourceRange === 'string' ? sourceRange : { ObjectPathId: sourceRange._id }, type, !!skipBlanks, !!transpose], (t) => {
      if ((type !== 'Formats' && type !== 'Formulas') || skipBlanks || transpose) throw notImplemented(`Range.copyFrom(…, "${type}") (only "Formats" and "Formulas")`);
      let src: RangeT;
      if (typeof sourceRange === 'string') {
        const { sheet, ref } = splitSheet(sourceRange);
        // As in Excel: an address without a sheet is read on the active sheet, not the target's.
        const state = this.context._state;
        const s = sheet === null ? state.sheets[state.active] : state.sheet(sheet);
        const rect = parseRect(ref);
        if (!s || !rect) throw invalidArgument('Range.copyFrom');
        src = { sheet: s, rect };
      } else if (sourceRange instanceof DRange) src = sourceRange._live<RangeT>();
      else throw notImplemented('Range.copyFrom from RangeAreas');
      if (type === 'Formats') copyFormats(src, t);
      else copyContents(src, t);
    }, '1.9');
  }
}

function mergeRect(sheet: SheetState, target: Rect): void {
  // Merging over existing merged areas takes them in (their bounding box), as Excel's UI does.
  let box = { ...target };
  for (;;) {
    const hit = sheet.merges.filter((m) => intersects(m, box) && !contains(box, m));
    if (!hit.length) break;
    for (const m of hit) box = { top: Math.min(box.top, m.top), left: Math.min(box.left, m.left), bottom: Math.max(box.bottom, m.bottom), right: Math.max(box.right, m.right) };
  }
  if (box.top === box.bottom && box.left === box.right) return;
  // Only the upper-left value is kept.
  for (let i = box.top; i <= box.bottom; i++) {
    for (let j = box.left; j <= box.right; j++) {
      if (i === box.top && j === box.left) continue;
      const c = sheet.get(i, j);
      if (c && (c.v !== '' || c.f !== undefined)) {
        const next: Cell = { ...c, v: '' };
        delete next.f;
        delete next.cf;
        delete next.qp;
        sheet.set(i, j, next);
      }
    }
  }
  sheet.setMerges([...sheet.merges.filter((m) => !intersects(m, box)), box]);
}

function clearRects(sheet: SheetState, rects: Rect[], applyTo: string): void {
  const contents = applyTo === 'All' || applyTo === 'Contents';
  const formats = applyTo === 'All' || applyTo === 'Formats';
  if (!contents && !formats) throw notImplemented(`clear("${applyTo}")`);
  for (const r of rects) {
    const bottom = Math.min(r.bottom, sheet.rows.length);
    for (let i = r.top; i <= bottom; i++) {
      const row = sheet.rows[i - 1];
      if (!row) continue;
      const right = Math.min(r.right, row.length);
      for (let j = r.left; j <= right; j++) {
        const c = row[j - 1];
        if (!c) continue;
        const next: Cell = { ...c };
        if (contents) {
          next.v = '';
          delete next.f;
          delete next.cf;
          delete next.qp;
        }
        if (formats) {
          delete next.nf;
          delete next.fill;
          delete next.bold;
        }
        sheet.set(i, j, next.v === '' && next.f === undefined && !next.nf && !next.fill && !next.bold && !next.qp ? undefined : next);
      }
    }
    if (formats) sheet.setMerges(sheet.merges.filter((m) => !intersects(m, r)));
  }
}

/** The destination blocks a paste fills: a destination smaller than the source grows to the source's size; a multiple of it tiles. */
function pasteBlocks(sr: Rect, dr: Rect): { tilesR: number; tilesC: number; sh: number; sw: number; whole: Rect } {
  const sh = sr.bottom - sr.top + 1;
  const sw = sr.right - sr.left + 1;
  const dh = dr.bottom - dr.top + 1;
  const dw = dr.right - dr.left + 1;
  const tilesR = dh >= sh && dh % sh === 0 ? dh / sh : 1;
  const tilesC = dw >= sw && dw % sw === 0 ? dw / sw : 1;
  return { tilesR, tilesC, sh, sw, whole: { top: dr.top, left: dr.left, bottom: dr.top + sh * tilesR - 1, right: dr.left + sw * tilesC - 1 } };
}

/**
 * Paste Special › Formulas: contents only (constants as they are, formulas with their relative
 * references moved), the destination's formats kept; a blank source cell clears the destination's.
 */
function copyContents(src: RangeT, dst: RangeT): void {
  const sr = src.rect;
  const { tilesR, tilesC, sh, sw, whole } = pasteBlocks(sr, dst.rect);
  if (dst.sheet.merges.some((m) => intersects(m, whole) && !contains(whole, m))) {
    throw new DoubleError('MergedRangeConflict', "We can't do that to a merged cell.", 'Range.copyFrom');
  }
  const cells: (Cell | undefined)[][] = [];
  for (let i = 0; i < sh; i++) {
    cells.push([]);
    for (let j = 0; j < sw; j++) cells[i].push(src.sheet.get(sr.top + i, sr.left + j));
  }
  for (let ti = 0; ti < tilesR; ti++) {
    for (let tj = 0; tj < tilesC; tj++) {
      const top = whole.top + ti * sh;
      const left = whole.left + tj * sw;
      for (let i = 0; i < sh; i++) {
        for (let j = 0; j < sw; j++) {
          const s = cells[i][j];
          const old = dst.sheet.get(top + i, left + j);
          const next: Cell = { v: '' };
          if (old?.nf !== undefined) next.nf = old.nf;
          if (old?.fill) next.fill = old.fill;
          if (old?.bold) next.bold = true;
          if (s?.f !== undefined) {
            next.f = '=' + translateFormula(s.f.slice(1), top - sr.top, left - sr.left);
            next.v = 0; // stale until calculated, as for a typed formula
          } else if (s) {
            next.v = s.v;
            if (s.qp) next.qp = true;
          }
          dst.sheet.set(top + i, left + j, next.v === '' && next.f === undefined && !next.nf && !next.fill && !next.bold && !next.qp ? undefined : next);
        }
      }
    }
  }
}

function copyFormats(src: RangeT, dst: RangeT): void {
  const sr = src.rect;
  const { tilesR, tilesC, sh, sw, whole } = pasteBlocks(sr, dst.rect);
  const top = dst.rect.top;
  const left = dst.rect.left;
  // Read the source first (source and destination may overlap).
  const srcRows = src.sheet.rows.slice(sr.top - 1, sr.bottom).map((r) => (r ? r.slice(sr.left - 1, sr.right) : []));
  const srcMerges = src.sheet.merges.filter((m) => contains(sr, m));
  // Excel will not paste over part of a merged cell.
  if (dst.sheet.merges.some((m) => intersects(m, whole) && !contains(whole, m))) {
    throw new DoubleError('MergedRangeConflict', "We can't do that to a merged cell.", 'Range.copyFrom');
  }
  for (let ti = 0; ti < tilesR; ti++) {
    for (let tj = 0; tj < tilesC; tj++) {
      const block = { top: top + ti * sh, bottom: top + (ti + 1) * sh - 1, left: left + tj * sw, right: left + (tj + 1) * sw - 1 };
      for (let i = 0; i < sh; i++) {
        const r = block.top + i;
        const destRow = dst.sheet.rows[r - 1];
        // Cells past both the source row's and the destination row's last cell have no formats.
        const width = Math.min(sw, Math.max(srcRows[i]?.length ?? 0, (destRow?.length ?? 0) - block.left + 1));
        for (let j = 0; j < width; j++) {
          const s = srcRows[i]?.[j];
          const c = block.left + j;
          const old = dst.sheet.get(r, c);
          if (!old && !s) continue;
          const next: Cell = { ...(old ?? { v: '' }) };
          if (s?.nf !== undefined) next.nf = s.nf;
          else delete next.nf;
          if (s?.fill) next.fill = s.fill;
          else delete next.fill;
          if (s?.bold) next.bold = true;
          else delete next.bold;
          dst.sheet.set(r, c, next.v === '' && next.f === undefined && !next.nf && !next.fill && !next.bold && !next.qp ? undefined : next);
        }
      }
      const dy = block.top - sr.top;
      const dx = block.left - sr.left;
      const kept = dst.sheet.merges.filter((m) => !intersects(m, block));
      dst.sheet.setMerges([...kept, ...srcMerges.map((m) => ({ top: m.top + dy, bottom: m.bottom + dy, left: m.left + dx, right: m.right + dx }))]);
    }
  }
}

// ---------------------------------------------------------------- range areas & formats

export class DRangeAreas extends DObject {
  private _format?: DRangeFormat;
  private _areas?: DRangeCollection;
  constructor(
    ctx: DoubleContext,
    parent: DObject,
    name: string,
    args: unknown[],
    private readonly _find: () => AreasT | null,
    nullable = false,
    minVersion?: string,
  ) {
    super(ctx, parent, name, args, nullable, minVersion);
  }
  protected _resolve(): unknown {
    return this._find();
  }
  protected override _scalars(): Record<string, (t: never) => unknown> {
    return {
      address: (t: AreasT) => t.rects.map((r) => qualified(t.sheet.name, r)).join(', '),
      areaCount: (t: AreasT) => t.rects.length,
      cellCount: (t: AreasT) => t.rects.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0),
    };
  }
  protected override _navs(): Record<string, () => DObject> {
    return { format: () => this.format, areas: () => this.areas };
  }
  get address(): string {
    return this._get('address');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get format(): DRangeFormat {
    return (this._format ??= new DRangeFormat(this.context, this));
  }
  get areas(): DRangeCollection {
    return (this._areas ??= new DRangeCollection(this.context, this));
  }
  clear(applyTo?: string): void {
    this._call<AreasT>('clear', [applyTo ?? 'All'], (t) => clearRects(t.sheet, t.rects, applyTo ?? 'All'));
  }
}

export class DRangeCollection extends DCollection<DRange> {
  constructor(
    ctx: DoubleContext,
    private readonly _owner: DRangeAreas,
  ) {
    super(ctx, _owner, 'areas', []);
  }
  protected _resolve(): unknown {
    return this._owner._target();
  }
  protected _keys(): unknown[] {
    const t = this._owner._target() as AreasT;
    return t.rects.map((r) => ({ sheet: t.sheet.name, rect: r }));
  }
  protected _item(key: unknown): DRange {
    const k = key as { sheet: string; rect: Rect } | undefined;
    return new DRange(this.context, this, '_item', [k ? qualified(k.sheet, k.rect) : null], () => {
      if (!k) return null;
      const s = this.context._state.sheet(k.sheet);
      return s ? { sheet: s, rect: k.rect } : null;
    });
  }
}

export class DRangeFormat extends DObject {
  readonly fill: DRangeFill;
  readonly font: DRangeFont;
  constructor(ctx: DoubleContext, parent: DRange | DRangeAreas) {
    super(ctx, parent, 'format', []);
    this.fill = new DRangeFill(ctx, this);
    this.font = new DRangeFont(ctx, this);
  }
  protected _resolve(): unknown {
    return this._parent?._target();
  }
  protected override _navs(): Record<string, () => DObject> {
    return { fill: () => this.fill, font: () => this.font };
  }
}

export class DRangeFill extends DObject {
  constructor(ctx: DoubleContext, parent: DRangeFormat) {
    super(ctx, parent, 'fill', []);
  }
  protected _resolve(): unknown {
    return this._parent?._target();
  }
  protected override _scalars(): Record<string, (t: never) => unknown> {
    return {
      color: (t: RangeT | AreasT) => uniform(rectsOf(t), t.sheet, (c) => (c?.fill ?? noFillProps()).color),
      pattern: (t: RangeT | AreasT) => uniform(rectsOf(t), t.sheet, (c) => (c?.fill ?? noFillProps()).pattern),
    };
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set<RangeT | AreasT>('color', v, (t) => {
      const color = normalizeColor(v);
      eachCell(rectsOf(t), (i, j) => {
        const old = t.sheet.get(i, j);
        t.sheet.set(i, j, { ...(old ?? { v: '' }), fill: { color, pattern: 'Solid' } });
      });
    });
  }
  get pattern(): string {
    return this._get('pattern');
  }
  clear(): void {
    this._call<RangeT | AreasT>('clear', [], (t) => {
      eachCell(rectsOf(t), (i, j) => {
        const old = t.sheet.get(i, j);
        if (!old?.fill) return;
        const next: Cell = { ...old };
        delete next.fill;
        t.sheet.set(i, j, next.v === '' && next.f === undefined && !next.nf && !next.bold && !next.qp ? undefined : next);
      });
    });
  }
}

export class DRangeFont extends DObject {
  constructor(ctx: DoubleContext, parent: DRangeFormat) {
    super(ctx, parent, 'font', []);
  }
  protected _resolve(): unknown {
    return this._parent?._target();
  }
  protected override _scalars(): Record<string, (t: never) => unknown> {
    return { bold: (t: RangeT | AreasT) => uniform(rectsOf(t), t.sheet, (c) => !!c?.bold) };
  }
  get bold(): boolean {
    return this._get('bold');
  }
  set bold(v: boolean) {
    this._set<RangeT | AreasT>('bold', v, (t) => {
      eachCell(rectsOf(t), (i, j) => {
        const old = t.sheet.get(i, j);
        const next: Cell = { ...(old ?? { v: '' }) };
        if (v) next.bold = true;
        else delete next.bold;
        t.sheet.set(i, j, next.v === '' && next.f === undefined && !next.nf && !next.fill && !next.bold && !next.qp ? undefined : next);
      });
    });
  }
}

// ---------------------------------------------------------------- notes (ExcelApi 1.18)

function noteCell(ctx: DoubleContext, scope: DWorksheet | null, key: string): NoteT {
  const { sheet, ref } = splitSheet(key);
  const state = ctx._state;
  let s: SheetState | undefined;
  if (scope) {
    s = scope._live<SheetState>();
    if (sheet !== null && sheet.toLowerCase() !== s.name.toLowerCase()) throw new DoubleError('InvalidCellAddress', 'The cell address is invalid.');
  } else s = sheet === null ? state.sheets[state.active] : state.sheet(sheet);
  const rect = parseRect(ref);
  if (!s || !rect || rect.top !== rect.bottom || rect.left !== rect.right) throw new DoubleError('InvalidCellAddress', 'The cell address is invalid.');
  return { sheet: s, row: rect.top, col: rect.left };
}

export class DNoteCollection extends DCollection<DNote> {
  constructor(
    ctx: DoubleContext,
    parent: DObject,
    private readonly _scope: DWorksheet | null,
  ) {
    super(ctx, parent, 'notes', [], false, '1.18');
  }
  protected _resolve(): unknown {
    return this._scope ? this._scope._target() : this.context._state;
  }
  protected _keys(): unknown[] {
    const sheets = this._scope ? [this._scope._live<SheetState>()] : this.context._state.sheets;
    return sheets.flatMap((s) => s.noteList().map((n) => qualified(s.name, { top: n.row, left: n.col, bottom: n.row, right: n.col })));
  }
  protected _item(key: unknown): DNote {
    return new DNote(this.context, this, '_item', [key ?? null], () => (key === undefined ? null : noteCell(this.context, this._scope, String(key))));
  }
  add(cellAddress: DRange | string, content: unknown): DNote {
    let where: NoteT | null = null;
    this._call('add', [typeof cellAddress === 'string' ? cellAddress : { ObjectPathId: cellAddress._id }, content], () => {
      let cell: NoteT;
      if (typeof cellAddress === 'string') cell = noteCell(this.context, this._scope, cellAddress);
      else {
        const t = cellAddress._live<RangeT>();
        if (t.rect.top !== t.rect.bottom || t.rect.left !== t.rect.right) throw new DoubleError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
        cell = { sheet: t.sheet, row: t.rect.top, col: t.rect.left };
      }
      if (cell.sheet.getNote(cell.row, cell.col)) throw new DoubleError('InvalidArgument', 'The cell already has a note.', 'NoteCollection.add');
      cell.sheet.setNote(cell.row, cell.col, { content: String(content), author: this.context._double.options.author });
      where = cell;
    });
    return new DNote(this.context, this, 'add', [], () => where);
  }
  getItem(key: string): DNote {
    return new DNote(this.context, this, 'getItem', [key], () => {
      const c = noteCell(this.context, this._scope, key);
      return c.sheet.getNote(c.row, c.col) ? c : null;
    });
  }
  getItemOrNullObject(key: string): DNote {
    return new DNote(
      this.context,
      this,
      'getItemOrNullObject',
      [key],
      () => {
        const c = noteCell(this.context, this._scope, key);
        return c.sheet.getNote(c.row, c.col) ? c : null;
      },
      true,
    );
  }
  getCount(): DClientResult<number> {
    return this._callResult('getCount', [], () => this._keys().length);
  }
}

export class DNote extends DObject {
  constructor(
    ctx: DoubleContext,
    parent: DObject,
    name: string,
    args: unknown[],
    private readonly _find: () => NoteT | null,
    nullable = false,
  ) {
    super(ctx, parent, name, args, nullable, '1.18');
  }
  protected _resolve(): unknown {
    return this._find();
  }
  _resolveFor(): unknown {
    return this._find();
  }
  protected override _scalars(): Record<string, (t: never) => unknown> {
    return {
      content: (t: NoteT) => t.sheet.getNote(t.row, t.col)?.content ?? null,
      authorName: (t: NoteT) => t.sheet.getNote(t.row, t.col)?.author ?? null,
    };
  }
  get content(): string {
    return this._get('content');
  }
  set content(v: string) {
    this._set<NoteT>('content', v, (t) => {
      const n = t.sheet.getNote(t.row, t.col);
      if (!n) throw itemNotFound('Note.content');
      t.sheet.setNote(t.row, t.col, { ...n, content: String(v) });
    });
  }
  get authorName(): string {
    return this._get('authorName');
  }
  delete(): void {
    this._call<NoteT>('delete', [], (t) => {
      if (!t.sheet.getNote(t.row, t.col)) throw itemNotFound('Note.delete');
      t.sheet.setNote(t.row, t.col, undefined);
    });
  }
  getLocation(): DRange {
    return new DRange(this.context, this, 'getLocation', [], () => {
      const t = this._live<NoteT>();
      return { sheet: t.sheet, rect: { top: t.row, left: t.col, bottom: t.row, right: t.col } };
    });
  }
}

// ---------------------------------------------------------------- settings (ExcelApi 1.4)

export class DSettingCollection extends DCollection<DSetting> {
  constructor(ctx: DoubleContext, parent: DObject) {
    super(ctx, parent, 'settings', [], false, '1.4');
  }
  protected _resolve(): unknown {
    return this.context._state;
  }
  protected _keys(): unknown[] {
    return [...this.context._state.settings.keys()];
  }
  protected _item(key: unknown): DSetting {
    return new DSetting(this.context, this, '_item', [key ?? null], String(key));
  }
  add(key: string, value: unknown): DSetting {
    this._call<WorkbookState>('add', [key, value], (h) => h.setSetting(key, JSON.parse(JSON.stringify(value))));
    return new DSetting(this.context, this, 'add', [key], key);
  }
  getItem(key: string): DSetting {
    return new DSetting(this.context, this, 'getItem', [key], key);
  }
  getItemOrNullObject(key: string): DSetting {
    return new DSetting(this.context, this, 'getItemOrNullObject', [key], key, true);
  }
}

export class DSetting extends DObject {
  constructor(
    ctx: DoubleContext,
    parent: DObject,
    name: string,
    args: unknown[],
    private readonly _key: string,
    nullable = false,
  ) {
    super(ctx, parent, name, args, nullable, '1.4');
  }
  protected _resolve(): unknown {
    return this.context._state.settings.has(this._key) ? this._key : null;
  }
  _resolveFor(): unknown {
    return this._key;
  }
  protected override _scalars(): Record<string, (t: never) => unknown> {
    return { key: (k: string) => k, value: (k: string) => this.context._state.settings.get(k) ?? null };
  }
  get key(): string {
    return this._get('key');
  }
  get value(): unknown {
    return this._get('value');
  }
  set value(v: unknown) {
    this._set<string>('value', v, (k) => this.context._state.setSetting(k, JSON.parse(JSON.stringify(v))));
  }
  delete(): void {
    this._call<string>('delete', [], (k) => this.context._state.setSetting(k, undefined));
  }
}
