/**
 * The Excel-shaped view of a WPS workbook: the subset of Office.js the shared gateway speaks
 * (gateways/office/api.ts), carried out on ET's object model. With it the controller, the
 * snapshot read, applyPlan and the verified safe revert run in WPS unchanged.
 *
 * ET is synchronous: what Office queues until sync() runs here at once, in the same order — a
 * load reads the workbook at its place in the queue, as in Office. A failed action skips the rest
 * of the batch and sync() rejects with it, as Office's batch does. Every write goes through the
 * pipeline's actions (actions.ts): one array per rectangle, formats per multi-area range.
 */
import type {
  XlApplication,
  XlClientResult,
  XlContext,
  XlNote,
  XlNoteCollection,
  XlRange,
  XlRangeAreas,
  XlRangeCollection,
  XlRangeFill,
  XlRangeFont,
  XlRangeFormat,
  XlRunner,
  XlRunOptions,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
} from '../office/api';
import type { Action, CellLook } from '../pipeline/ops';
import type { RestoreValue } from '../pipeline/undo-record';
import { MAX_COLS, MAX_ROWS, qualified, rectAddress, splitSheet, type Rect } from '../../sheet/a1';
import { readFormats, readLooks, rectOf } from './actions';
import { XL_BY_COLUMNS, XL_BY_ROWS, XL_FORMULAS, XL_NEXT, XL_PART, XL_PREVIOUS, type EtApplication, type EtRange, type EtWorksheet } from '../../wps-api/et';
import { READ_BLOCK_CELLS } from './cells';
import { EtSession } from './session';
import { WriteQueue } from './join';
import { FormatReads, type FormatKind } from './reads';

const clip = (a: Rect, b: Rect): Rect | null => {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
};

function failure(e: unknown): Error {
  const m = e instanceof Error ? e.message : String(e);
  return new Error(`WPS 表格未能完成操作：${m}`);
}

export class EtContext implements XlContext {
  readonly workbook: XlWorkbook;
  private failed: unknown = null;
  private readonly pending = new WriteQueue();
  private readonly formats = new FormatReads();
  syncs = 0;

  constructor(readonly s: EtSession) {
    this.workbook = new XWorkbook(this);
  }

  /** Run queued work now; after a failure the rest of the batch is skipped and sync() rejects. */
  /** Reads (and writes outside the queue) run here; a content read must see the queued writes. */
  do(f: () => void): void {
    if (this.pending.size) this.settle();
    this.guard(f);
  }

  private guard(f: () => void): void {
    if (this.failed) return;
    try {
      f();
    } catch (e) {
      this.failed = e;
    }
  }

  /**
   * A format read, delivered before the next write or sync (reads.ts joins them): content writes
   * queued before it go first, as the read must see them.
   */
  deferFormat(sheet: string, kind: FormatKind, rect: Rect, done: (cells: unknown[][]) => void): void {
    if (this.pending.size) this.settle();
    if (!this.failed) this.formats.add(sheet, kind, rect, done);
  }

  /** Run what is queued, in its order: format reads (always queued before any pending write), then writes. */
  private settle(): void {
    if (this.formats.size) {
      this.guard(() => this.formats.resolve((name) => this.s.sheet(name)));
      this.formats.clear();
    }
    this.flush();
  }

  act(a: Action): void {
    if (!this.failed && (a.kind === 'setFormulas' || a.kind === 'copy') && this.pending.fits(a)) {
      if (a.kind === 'setFormulas') return this.pending.add(a);
      if (this.pending.addCopy(a)) return;
    }
    this.run(a);
  }

  /**
   * Queued content writes, joined (join.ts): the shared gateway writes scattered cells as many
   * small rectangles and tiles; here each band of adjacent columns goes as one array (cells
   * between them written back as they are, see writeBlock), so calls do not grow with the pieces.
   */
  private flush(): void {
    if (!this.pending.size) return;
    const sheet = this.pending.sheet;
    const given = this.pending.actions;
    const bands = this.pending.take();
    this.settle();
    this.guard(() => {
      try {
        for (const band of bands) this.s.run({ kind: 'setFormulas', sheet, address: rectAddress(band.rect), values: band.values });
      } catch {
        // A build that refuses the joined array (e.g. over part of a merged area) gets the writes as they were given.
        for (const a of given) this.runNamed(a);
      }
    });
  }

  private run(a: Action): void {
    this.settle();
    this.do(() => this.runNamed(a));
  }

  private runNamed(a: Action): void {
    try {
      this.s.run(a);
    } catch (e) {
      // Name the step and place: the first thing to look at on a real build.
      const where = 'address' in a ? a.address : 'areas' in a ? a.areas : 'rows' in a ? a.rows : 'target' in a ? a.target : '';
      throw new Error(`${e instanceof Error ? e.message : String(e)}（${a.kind} ${'sheet' in a ? a.sheet : ''}!${where.slice(0, 60)}）`);
    }
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    this.settle();
    this.syncs++;
    if (this.failed) {
      const e = this.failed;
      this.failed = null;
      throw failure(e);
    }
    return passThroughValue as T;
  }
}

/** `Excel.run` for WPS: one session per batch, screen updating off while it runs. */
export class EtRunner implements XlRunner {
  /** Batches run and syncs made, for the bench and tests. */
  batches = 0;
  syncs = 0;
  constructor(readonly app: EtApplication) {}

  async run<T>(_options: XlRunOptions, batch: (context: XlContext) => Promise<T>): Promise<T> {
    const ctx = new EtContext(new EtSession(this.app));
    this.batches++;
    this.app.ScreenUpdating = false;
    try {
      return await batch(ctx);
    } finally {
      this.syncs += ctx.syncs;
      this.app.ScreenUpdating = true;
    }
  }
}

class XWorkbook implements XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly application: XlApplication;
  constructor(ctx: EtContext) {
    this.worksheets = new XSheets(ctx);
    this.application = {
      // ET calculates as it goes; its screen is already held by the runner.
      suspendApiCalculationUntilNextSync: () => undefined,
      suspendScreenUpdatingUntilNextSync: () => undefined,
      calculate: () => ctx.do(() => ctx.s.app.Calculate()),
    };
  }
}

class XSheets implements XlWorksheetCollection {
  items: XlWorksheet[] = [];
  constructor(private ctx: EtContext) {}
  getActiveWorksheet(): XlWorksheet {
    let name = '';
    this.ctx.do(() => void (name = this.ctx.s.activeName()));
    return new XSheet(this.ctx, name, false);
  }
  getItem(key: string): XlWorksheet {
    return new XSheet(this.ctx, key, false);
  }
  getItemOrNullObject(key: string): XlWorksheet {
    let found = false;
    this.ctx.do(() => void (found = this.ctx.s.sheetOrNull(key) !== null));
    return new XSheet(this.ctx, key, !found);
  }
  load(): XlWorksheetCollection {
    this.ctx.do(() => void (this.items = this.ctx.s.sheetNames().map((n) => new XSheet(this.ctx, n, false))));
    return this;
  }
}

class XSheet implements XlWorksheet {
  readonly notes: XlNoteCollection;
  constructor(
    private ctx: EtContext,
    readonly name: string,
    readonly isNullObject: boolean,
  ) {
    this.notes = new XNotes(ctx, name);
  }
  getRange(address?: string): XlRange {
    return new XRange(this.ctx, this.name, address ? rectOf(splitSheet(address).ref) : { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS });
  }
  getRanges(address?: string): XlRangeAreas {
    return new XAreas(
      this.ctx,
      this.name,
      (address ?? '').split(',').map((a) => rectOf(splitSheet(a.trim()).ref)),
    );
  }
  getUsedRange(valuesOnly?: boolean): XlRange {
    const r = this.getUsedRangeOrNullObject(valuesOnly);
    return r.isNullObject ? new XRange(this.ctx, this.name, { top: 1, left: 1, bottom: 1, right: 1 }) : r;
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange {
    return new XRange(this.ctx, this.name, { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS }).getUsedRangeOrNullObject(valuesOnly);
  }
  activate(): void {
    this.ctx.do(() => this.ctx.s.sheet(this.name).Activate());
  }
  load(): XlWorksheet {
    return this;
  }
}

class XRange implements XlRange {
  private loaded: { values?: unknown[][]; formulas?: unknown[][]; numberFormat?: unknown[][]; color?: string | null; pattern?: string | null; bold?: boolean | null } = {};
  readonly format: XlRangeFormat;

  constructor(
    private ctx: EtContext,
    private sheet: string,
    private rect: Rect | null,
    preset?: { values: unknown[][]; formulas: unknown[][] },
  ) {
    if (preset) this.loaded = { ...preset };
    const self = this;
    // load() on fill and font, as Office's sub-objects have: 撤销 reads a run's uniform fill and bold that way.
    const fill = {
      get color(): string {
        return self.loaded.color as string;
      },
      set color(c: string) {
        self.ctx.act({ kind: 'setFill', sheet: self.sheet, areas: self.a1, color: c });
      },
      get pattern(): string | null {
        return self.loaded.pattern ?? null;
      },
      load: () => void self.load('format'),
      clear: () => self.ctx.act({ kind: 'setFill', sheet: self.sheet, areas: self.a1, color: null }),
    } as XlRangeFill;
    const font = {
      get bold(): boolean {
        return self.loaded.bold as boolean;
      },
      set bold(b: boolean) {
        self.ctx.act({ kind: 'setBold', sheet: self.sheet, areas: self.a1, bold: b });
      },
      load: () => void self.load('format'),
    } as XlRangeFont;
    this.format = { fill, font };
  }

  private get r(): Rect {
    if (!this.rect) throw new Error('该区域不存在（空对象）');
    return this.rect;
  }
  private get a1(): string {
    return rectAddress(this.r);
  }
  get isNullObject(): boolean {
    return this.rect === null;
  }
  get address(): string {
    return qualified(this.sheet, this.r);
  }
  get rowIndex(): number {
    return this.r.top - 1;
  }
  get columnIndex(): number {
    return this.r.left - 1;
  }
  get rowCount(): number {
    return this.r.bottom - this.r.top + 1;
  }
  get columnCount(): number {
    return this.r.right - this.r.left + 1;
  }
  get values(): unknown[][] {
    return (this.loaded.values ??= this.ctx.s.read(this.sheet, this.r).values);
  }
  set values(v: unknown[][]) {
    this.ctx.act({ kind: 'setFormulas', sheet: this.sheet, address: this.a1, values: v as (RestoreValue | null)[][] });
  }
  get formulas(): unknown[][] {
    return (this.loaded.formulas ??= this.ctx.s.read(this.sheet, this.r).formulas);
  }
  set formulas(v: unknown[][]) {
    this.ctx.act({ kind: 'setFormulas', sheet: this.sheet, address: this.a1, values: v as (RestoreValue | null)[][] });
  }
  get numberFormat(): unknown[][] {
    return (this.loaded.numberFormat ??= readFormats(this.ctx.s.sheet(this.sheet), this.r));
  }
  set numberFormat(v: unknown[][]) {
    this.ctx.act({ kind: 'setNumberFormat', sheet: this.sheet, address: this.a1, values: v as (RestoreValue | null)[][] });
  }

  /** Reads happen here, at the load's place in the queue (what Office's sync would deliver). */
  load(propertyNames?: string | string[]): XlRange {
    if (!this.rect) return this;
    const names = (Array.isArray(propertyNames) ? propertyNames.join(',') : (propertyNames ?? '')).split(',').map((p) => p.trim());
    if (names.includes('numberFormat')) this.ctx.deferFormat(this.sheet, 'numberFormat', this.r, (g) => void (this.loaded.numberFormat = g));
    this.ctx.do(() => {
      const s = this.ctx.s;
      if (names.includes('values') || names.includes('formulas')) {
        const b = s.read(this.sheet, this.r);
        this.loaded.values = b.values;
        this.loaded.formulas = b.formulas;
      }
      if (names.some((n) => n.startsWith('format'))) {
        const looks = readLooks(s.sheet(this.sheet), this.r).flat();
        const same = <T>(f: (x: (typeof looks)[number]) => T): T | null => (looks.every((x) => f(x) === f(looks[0])) ? f(looks[0]) : null);
        this.loaded.color = same((x) => x.fill.color);
        this.loaded.pattern = same((x) => x.fill.pattern);
        this.loaded.bold = same((x) => x.bold);
      }
    });
    return this;
  }

  getCellProperties(): XlClientResult<Excel.CellProperties[][]> {
    const out: { value: Excel.CellProperties[][] } = { value: [] };
    this.ctx.deferFormat(this.sheet, 'look', this.r, (g) => {
      out.value = (g as CellLook[][]).map((l) =>
        l.map((x) => ({ format: { fill: { color: x.fill.color, pattern: x.fill.pattern as Excel.FillPattern }, font: { bold: x.bold } } })),
      );
    });
    return out;
  }
  setCellProperties(data: Excel.SettableCellProperties[][]): void {
    data.forEach((line, i) =>
      line.forEach((p, j) => {
        const f = p.format?.fill;
        if (!f) return;
        const address = rectAddress({ top: this.r.top + i, bottom: this.r.top + i, left: this.r.left + j, right: this.r.left + j });
        this.ctx.act({ kind: 'setPattern', sheet: this.sheet, address, pattern: String(f.pattern ?? 'Solid'), color: f.color ?? '#FFFFFF' });
      }),
    );
  }
  private rows(): string {
    return `${this.r.top}:${this.r.bottom}`;
  }
  insert(shift: 'Down' | 'Right'): XlRange {
    if (shift !== 'Down' || this.r.left !== 1 || this.r.right !== MAX_COLS) throw new Error('WPS 网关只插入整行');
    this.ctx.act({ kind: 'insertRows', sheet: this.sheet, rows: this.rows() });
    return this;
  }
  delete(shift: 'Up' | 'Left'): void {
    if (shift !== 'Up' || this.r.left !== 1 || this.r.right !== MAX_COLS) throw new Error('WPS 网关只删除整行');
    this.ctx.act({ kind: 'deleteRows', sheet: this.sheet, rows: this.rows() });
  }
  merge(): void {
    this.ctx.act({ kind: 'merge', sheet: this.sheet, address: this.a1 });
  }
  unmerge(): void {
    this.ctx.act({ kind: 'unmerge', sheet: this.sheet, address: this.a1 });
  }

  /** Within this range: the used cells (valuesOnly: those with contents, read now). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange {
    let out: XRange = new XRange(this.ctx, this.sheet, null);
    this.ctx.do(() => {
      const used = this.ctx.s.used(this.sheet);
      const box = used && this.rect ? clip(used, this.rect) : null;
      if (!box) return;
      if (!valuesOnly) return void (out = new XRange(this.ctx, this.sheet, box));
      // A large box (a far cell's band): four searches bound it instead of reading every cell.
      if ((box.bottom - box.top + 1) * (box.right - box.left + 1) > READ_BLOCK_CELLS) {
        const tight = findBounds(this.ctx.s.sheet(this.sheet), box);
        if (tight) out = new XRange(this.ctx, this.sheet, tight);
        return;
      }
      const b = this.ctx.s.read(this.sheet, box);
      let top = Infinity,
        left = Infinity,
        bottom = 0,
        right = 0;
      b.formulas.forEach((line, i) =>
        line.forEach((v, j) => {
          if (v === '') return;
          top = Math.min(top, box.top + i);
          bottom = Math.max(bottom, box.top + i);
          left = Math.min(left, box.left + j);
          right = Math.max(right, box.left + j);
        }),
      );
      if (!bottom) return;
      const tight = { top, left, bottom, right };
      out = new XRange(this.ctx, this.sheet, tight, this.ctx.s.read(this.sheet, tight));
    });
    return out;
  }

  getMergedAreasOrNullObject(): XlRangeAreas {
    let out = new XAreas(this.ctx, this.sheet, []);
    this.ctx.do(() => {
      const r = this.r;
      const found = this.ctx.s.merges(this.sheet, r).filter((m) => clip(m, r) !== null);
      out = new XAreas(this.ctx, this.sheet, found);
    });
    return out;
  }

  copyFrom(sourceRange: string, copyType?: 'All' | 'Formulas' | 'Values' | 'Formats' | 'Link'): void {
    const { sheet, ref } = splitSheet(sourceRange);
    if (sheet && sheet.toLowerCase() !== this.sheet.toLowerCase()) throw new Error('WPS 网关只在同一工作表内复制');
    if (copyType !== 'Formats' && copyType !== 'Formulas') throw new Error(`WPS 网关不支持复制类型 ${copyType}`);
    this.ctx.act({ kind: 'copy', sheet: this.sheet, target: this.a1, source: rectAddress(rectOf(ref)), type: copyType });
  }

  clear(applyTo?: 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks'): void {
    clearAreas(this.ctx, this.sheet, this.a1, applyTo);
  }

  select(): void {
    this.ctx.do(() => this.ctx.s.sheet(this.sheet).Range(this.a1).Select());
  }
}

/**
 * The cells holding something within `box`, by Range.Find('*') in formulas (ET's Find, as Excel's
 * VBA one): searching backwards from the first cell wraps to the last row (by rows) or column (by
 * columns); forwards from the last cell, to the first. Four calls whatever the box's size.
 */
function findBounds(ws: EtWorksheet, box: Rect): Rect | null {
  const range = ws.Range(rectAddress(box));
  const cell = (row: number, col: number) => ws.Range(rectAddress({ top: row, left: col, bottom: row, right: col }));
  const first = cell(box.top, box.left);
  const last = cell(box.bottom, box.right);
  const find = (after: EtRange, order: number, direction: number) => range.Find('*', after, XL_FORMULAS, XL_PART, order, direction);
  const bottom = find(first, XL_BY_ROWS, XL_PREVIOUS);
  if (!bottom) return null;
  const top = find(last, XL_BY_ROWS, XL_NEXT) as EtRange;
  const right = find(first, XL_BY_COLUMNS, XL_PREVIOUS) as EtRange;
  const left = find(last, XL_BY_COLUMNS, XL_NEXT) as EtRange;
  return { top: top.Row, left: left.Column, bottom: bottom.Row, right: right.Column };
}

function clearAreas(ctx: EtContext, sheet: string, areas: string, applyTo?: string): void {
  if (applyTo === 'Hyperlinks' || applyTo === 'RemoveHyperlinks') return;
  if (applyTo !== 'Formats') ctx.act({ kind: 'clear', sheet, areas, what: 'Contents' });
  if (applyTo !== 'Contents') ctx.act({ kind: 'clear', sheet, areas, what: 'Formats' });
}

class XAreas implements XlRangeAreas {
  readonly format: XlRangeFormat;
  readonly areas: XlRangeCollection;
  constructor(
    private ctx: EtContext,
    private sheet: string,
    private rects: Rect[],
  ) {
    const list = (): string => rects.map(rectAddress).join(',');
    this.format = {
      fill: {
        color: '',
        clear: () => ctx.act({ kind: 'setFill', sheet, areas: list(), color: null }),
      } as XlRangeFill,
      font: {} as XlRangeFont,
    };
    Object.defineProperty(this.format.fill, 'color', { set: (c: string) => ctx.act({ kind: 'setFill', sheet, areas: list(), color: c }), get: () => null });
    Object.defineProperty(this.format.font, 'bold', { set: (b: boolean) => ctx.act({ kind: 'setBold', sheet, areas: list(), bold: b }), get: () => null });
    const items = rects.map((r) => new XRange(ctx, sheet, r));
    this.areas = { items, load: () => this.areas };
  }
  get isNullObject(): boolean {
    return this.rects.length === 0;
  }
  get address(): string {
    return this.rects.map((r) => qualified(this.sheet, r)).join(',');
  }
  get areaCount(): number {
    return this.rects.length;
  }
  clear(applyTo?: 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks'): void {
    if (this.rects.length) clearAreas(this.ctx, this.sheet, this.rects.map(rectAddress).join(','), applyTo);
  }
  load(): XlRangeAreas {
    return this;
  }
}

class XNotes implements XlNoteCollection {
  items: XlNote[] = [];
  constructor(
    private ctx: EtContext,
    private sheet: string,
  ) {}
  load(): XlNoteCollection {
    this.ctx.do(() => {
      this.items = [...this.ctx.s.comments(this.sheet)].map(([k, text]) => {
        const [row, col] = k.split(',').map(Number);
        return new XNote(this.ctx, this.sheet, rectAddress({ top: row, bottom: row, left: col, right: col }), text);
      });
    });
    return this;
  }
  add(cellAddress: string, content: unknown): XlNote {
    const a = rectAddress(rectOf(splitSheet(cellAddress).ref));
    this.ctx.act({ kind: 'addNote', sheet: this.sheet, address: a, text: String(content) });
    return new XNote(this.ctx, this.sheet, a, String(content));
  }
  getItem(key: string): XlNote {
    return new XNote(this.ctx, this.sheet, rectAddress(rectOf(splitSheet(key).ref)), undefined);
  }
  getItemOrNullObject(key: string): XlNote {
    const a = rectAddress(rectOf(splitSheet(key).ref));
    const r = rectOf(a);
    let text: string | undefined;
    this.ctx.do(() => void (text = this.ctx.s.comments(this.sheet).get(`${r.top},${r.left}`)));
    const n = new XNote(this.ctx, this.sheet, a, text);
    n.missing = text === undefined;
    return n;
  }
}

class XNote implements XlNote {
  missing = false;
  constructor(
    private ctx: EtContext,
    private sheet: string,
    private a1: string,
    private text: string | undefined,
  ) {}
  get isNullObject(): boolean {
    return this.missing;
  }
  get content(): string {
    return this.text ?? '';
  }
  set content(t: string) {
    this.text = t;
    this.ctx.act({ kind: 'setNote', sheet: this.sheet, address: this.a1, text: t });
  }
  delete(): void {
    this.ctx.act({ kind: 'deleteNote', sheet: this.sheet, address: this.a1 });
  }
  getLocation(): XlRange {
    return new XRange(this.ctx, this.sheet, rectOf(this.a1));
  }
  load(): XlNote {
    return this;
  }
}

// The WPS view satisfies the gateway's view of the Excel API (compile-time check).
type Assignable<A, B> = [A] extends [B] ? true : false;
export const _etFitsGateway: Assignable<EtContext, XlContext> & Assignable<EtRunner, XlRunner> = true;
