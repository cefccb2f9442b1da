/**
 * The workbook state of the Excel double: what the Excel application holds.
 * The proxies (proxy/) never touch it directly; the actions they queue do, when `context.sync()` runs.
 * Every mutation is journaled while a batch runs so a batch can be rolled back entirely (the
 * payload-limit checks reject a batch as a whole).
 */
import { MAX_COLS, MAX_ROWS, Rect, qualified } from '../sheet/a1';
import { FormulaError, Unsupported, Val, parse, rewriteRefs } from './formula';
import { evaluate } from './formula-eval';
import { RowShiftRun } from './row-shifts';
import { DoubleError } from './errors';
import { tablesDeleteRows, tablesInsertRows, type TableState } from './tables';

export type Scalar = number | string | boolean;

export interface Fill {
  color: string;
  pattern: string;
  patternColor?: string;
}

/** One cell. Cells are immutable values: a change replaces the object. */
export interface Cell {
  /** The value ('' when empty); for a formula cell, its cached result. */
  v: Scalar;
  /** Formula text with its leading '='. */
  f?: string;
  /** The formula text the cached value was computed for (to keep values of unsupported formulas). */
  cf?: string;
  /** Number format; absent = "General". */
  nf?: string;
  fill?: Fill;
  bold?: boolean;
  /** Text entered with a leading apostrophe (Excel's quote prefix). */
  qp?: boolean;
  /** Tests only: a label that moves with the cell (row shifts, recalculation) and is lost when it is written. */
  tag?: string;
}

export interface NoteState {
  content: string;
  author: string;
}

/** A threaded comment (ExcelApi 1.10): the cell's one annotation, as a note would be. */
export interface CommentState {
  id: string;
  content: string;
  author: string;
}

/** Excel.CalculationMode. */
export type CalculationMode = 'Automatic' | 'AutomaticExceptTables' | 'Manual';

export function isEmptyCell(c: Cell | undefined): boolean {
  return !c || (c.v === '' && c.f === undefined && c.nf === undefined && !c.fill && !c.bold);
}

function hasContent(c: Cell | undefined): boolean {
  return !!c && (c.v !== '' || c.f !== undefined);
}

function noteKey(row: number, col: number): string {
  return `${row},${col}`;
}

export class SheetState {
  rows: (Cell | undefined)[][] = [];
  merges: Rect[] = [];
  notes = new Map<string, NoteState>();
  comments = new Map<string, CommentState>();
  /** Hidden rows and columns (1-based). Not cells: they widen no used range. */
  hiddenRows = new Set<number>();
  hiddenCols = new Set<number>();
  /** Review › Protect Sheet, every cell locked (Excel's default): the API may read, not change it (protection.ts). */
  protected = false;
  /** Excel tables (ListObjects): tables.ts. */
  tables: TableState[] = [];
  constructor(
    readonly wb: WorkbookState,
    public name: string,
  ) {}

  get(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  set(row: number, col: number, cell: Cell | undefined): void {
    if (row < 1 || col < 1 || row > MAX_ROWS || col > MAX_COLS) throw new DoubleError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
    let r = this.rows[row - 1];
    if (!r) {
      if (!cell) return;
      // Extend the row array (journaled as a length restore).
      const oldLen = this.rows.length;
      if (row > oldLen) {
        this.wb.journalPush(() => {
          this.rows.length = oldLen;
        });
        while (this.rows.length < row) this.rows.push([]);
      }
      r = this.rows[row - 1];
      if (!r) {
        r = [];
        const rowsRef = this.rows;
        rowsRef[row - 1] = r;
        this.wb.journalPush(() => {
          rowsRef[row - 1] = undefined as unknown as Cell[];
        });
      }
    }
    const old = r[col - 1];
    if (old === cell) return;
    const row_ = r;
    this.wb.journalPush(() => {
      row_[col - 1] = old;
    });
    row_[col - 1] = cell;
    if (hasContent(old) || hasContent(cell)) this.wb.dirty = true;
  }

  /** Last row/column holding anything (values-only: a value or formula). */
  extent(valuesOnly: boolean, within?: Rect): Rect | null {
    let top = 0,
      bottom = 0,
      left = 0,
      right = 0;
    const rows = this.rows;
    const w = within ?? { top: 1, left: 1, bottom: rows.length, right: MAX_COLS };
    const last = Math.min(rows.length, w.bottom);
    for (let i = w.top - 1; i < last; i++) {
      const r = rows[i];
      // Most rows of a sheet with a far cell are empty: skipped without looking at their cells.
      if (!r || r.length < w.left) continue;
      const end = Math.min(r.length, w.right);
      for (let j = w.left - 1; j < end; j++) {
        const c = r[j];
        if (valuesOnly ? !hasContent(c) : isEmptyCell(c)) continue;
        if (!top) top = i + 1;
        bottom = i + 1;
        if (!left || j + 1 < left) left = j + 1;
        if (j + 1 > right) right = j + 1;
      }
    }
    if (!top) return null;
    return { top, bottom, left, right };
  }

  setMerges(m: Rect[]): void {
    const old = this.merges;
    this.wb.journalPush(() => {
      this.merges = old;
    });
    this.merges = m;
  }

  /** Hides (or shows) rows or columns from..to, as Range.rowHidden / columnHidden set. */
  setHidden(kind: 'rows' | 'cols', from: number, to: number, hidden: boolean): void {
    const key = kind === 'rows' ? 'hiddenRows' : 'hiddenCols';
    const next = new Set(this[key]);
    for (let i = from; i <= to; i++) {
      if (hidden) next.add(i);
      else next.delete(i);
    }
    this.replaceHidden(key, next);
  }

  /** How many of the rows (or columns) from..to are hidden. */
  hiddenIn(kind: 'rows' | 'cols', from: number, to: number): number {
    let n = 0;
    for (const i of kind === 'rows' ? this.hiddenRows : this.hiddenCols) if (i >= from && i <= to) n++;
    return n;
  }

  private replaceHidden(key: 'hiddenRows' | 'hiddenCols', next: Set<number>): void {
    const old = this[key];
    this.wb.journalPush(() => {
      this[key] = old;
    });
    this[key] = next;
  }

  /** Hidden rows move with their rows; a deleted one is gone. */
  private shiftHiddenRows(f: (row: number) => number | null): void {
    if (!this.hiddenRows.size) return;
    const next = new Set<number>();
    for (const r of this.hiddenRows) {
      const to = f(r);
      if (to !== null) next.add(to);
    }
    this.replaceHidden('hiddenRows', next);
  }

  setNote(row: number, col: number, note: NoteState | undefined): void {
    const old = this.notes;
    const next = new Map(old);
    if (note) next.set(noteKey(row, col), note);
    else next.delete(noteKey(row, col));
    this.wb.journalPush(() => {
      this.notes = old;
    });
    this.notes = next;
  }

  getNote(row: number, col: number): NoteState | undefined {
    return this.notes.get(noteKey(row, col));
  }

  noteList(): { row: number; col: number; note: NoteState }[] {
    return [...this.notes.entries()]
      .map(([k, note]) => {
        const [row, col] = k.split(',').map(Number);
        return { row, col, note };
      })
      .sort((a, b) => a.row - b.row || a.col - b.col);
  }

  setComment(row: number, col: number, comment: CommentState | undefined): void {
    const old = this.comments;
    const next = new Map(old);
    if (comment) next.set(noteKey(row, col), comment);
    else next.delete(noteKey(row, col));
    this.wb.journalPush(() => {
      this.comments = old;
    });
    this.comments = next;
  }

  getComment(row: number, col: number): CommentState | undefined {
    return this.comments.get(noteKey(row, col));
  }

  commentList(): { row: number; col: number; comment: CommentState }[] {
    return [...this.comments.entries()]
      .map(([k, comment]) => {
        const [row, col] = k.split(',').map(Number);
        return { row, col, comment };
      })
      .sort((a, b) => a.row - b.row || a.col - b.col);
  }

  /** Insert `count` whole rows before row `at`: contents, formats, merges, notes move down. */
  insertRows(at: number, count: number): void {
    const lastUsed = this.rows.length;
    if (lastUsed + count > MAX_ROWS && lastUsed >= at) {
      throw new DoubleError('InvalidOperation', 'This operation is not permitted because it would push non-empty cells off the end of the worksheet.');
    }
    tablesInsertRows(this, at, count);
    // Excel's default: the new rows take the formats of the row above.
    const above = at > 1 ? this.rows[at - 2] : undefined;
    const fresh: (Cell | undefined)[][] = [];
    for (let i = 0; i < count; i++) {
      const r: (Cell | undefined)[] = [];
      if (above) {
        above.forEach((c, j) => {
          if (c && (c.nf !== undefined || c.fill || c.bold)) r[j] = { v: '', nf: c.nf, fill: c.fill, bold: c.bold };
        });
      }
      fresh.push(r);
    }
    const rows = this.rows;
    while (rows.length < at - 1) rows.push([]);
    const before = rows.length;
    rows.splice(at - 1, 0, ...fresh);
    this.wb.journalPush(() => {
      rows.splice(at - 1, count);
      rows.length = Math.min(rows.length, before);
    });
    this.setMerges(
      this.merges.map((m) => {
        if (m.top >= at) return { ...m, top: m.top + count, bottom: m.bottom + count };
        if (m.bottom >= at) return { ...m, bottom: m.bottom + count };
        return m;
      }),
    );
    this.shiftNotes((row) => (row >= at ? row + count : row));
    this.shiftHiddenRows((row) => (row >= at ? row + count : row));
    this.wb.shiftFormulas(this.name, at, count);
    this.wb.dirty = true;
  }

  /** Delete whole rows at..at+count-1; what is below moves up. */
  deleteRows(at: number, count: number): void {
    tablesDeleteRows(this, at, count);
    const end = at + count - 1;
    const rows = this.rows;
    if (at <= rows.length) {
      const removed = rows.splice(at - 1, count);
      this.wb.journalPush(() => {
        rows.splice(at - 1, 0, ...removed);
      });
    }
    const merges: Rect[] = [];
    for (const m of this.merges) {
      if (m.top >= at && m.bottom <= end) continue;
      const top = m.top > end ? m.top - count : m.top >= at ? at : m.top;
      const bottom = m.bottom > end ? m.bottom - count : m.bottom >= at ? at - 1 : m.bottom;
      if (bottom < top || (bottom === top && m.left === m.right)) continue;
      merges.push({ ...m, top, bottom });
    }
    this.setMerges(merges);
    this.shiftNotes((row) => (row > end ? row - count : row >= at ? null : row));
    this.shiftHiddenRows((row) => (row > end ? row - count : row >= at ? null : row));
    this.wb.shiftFormulas(this.name, at, -count);
    this.wb.dirty = true;
  }

  /** Notes and threaded comments move with their rows. */
  private shiftNotes(f: (row: number) => number | null): void {
    const notes = shifted(this.notes, f);
    if (notes) {
      const old = this.notes;
      this.wb.journalPush(() => {
        this.notes = old;
      });
      this.notes = notes;
    }
    const comments = shifted(this.comments, f);
    if (comments) {
      const old = this.comments;
      this.wb.journalPush(() => {
        this.comments = old;
      });
      this.comments = comments;
    }
  }
}

/** The map with its row,col keys moved by `f` (null: the row is gone), or null when nothing moved. */
function shifted<T>(map: Map<string, T>, f: (row: number) => number | null): Map<string, T> | null {
  const next = new Map<string, T>();
  let changed = false;
  for (const [k, v] of map) {
    const [row, col] = k.split(',').map(Number);
    const r = f(row);
    if (r !== row) changed = true;
    if (r !== null) next.set(noteKey(r, col), v);
  }
  return changed ? next : null;
}

const OFF_UNDO_STACK = new WeakSet<() => void>();

export class WorkbookState {
  sheets: SheetState[] = [];
  active = 0;
  /** Document-persisted add-in settings (Office.context.document.settings / workbook.settings). */
  settings = new Map<string, unknown>();
  /** Custom XML parts (workbook.customXmlParts, ExcelApi 1.5), by id: proxy/xml-parts.ts. */
  xmlParts = new Map<string, { ns: string; xml: string }>();
  dirty = false;
  recalcCount = 0;
  /** Application.calculationMode: in 'Manual' nothing recalculates until asked (calculate, F9). */
  calculationMode: CalculationMode = 'Automatic';
  /** The calculate calls made, in order: 'application:Recalculate', 'range:Sheet1!F5:F9'. */
  calculateCalls: string[] = [];
  private pendingShifts: RowShiftRun | null = null;
  private journal: (() => void)[] | null = null;

  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): SheetState {
    const s = new SheetState(this, name);
    const old = this.sheets;
    this.journalPush(() => {
      this.sheets = old;
    });
    this.sheets = [...old, s];
    return s;
  }

  setSetting(key: string, value: unknown): void {
    const old = this.settings;
    const next = new Map(old);
    if (value === undefined) next.delete(key);
    else next.set(key, value);
    this.journalPush(() => {
      this.settings = old;
    });
    this.settings = next;
  }

  journalPush(undo: () => void): void {
    if (this.journal) this.journal.push(undo);
  }

  begin(): void {
    this.journal = [];
  }

  /** Ends the batch; returns its steps (run in reverse, they undo it: Excel's own undo). Steps kept off Excel's undo stack (notOnUndoStack) are left out. */
  commit(): (() => void)[] {
    const j = this.journal ?? [];
    this.journal = null;
    return j.some((f) => OFF_UNDO_STACK.has(f)) ? j.filter((f) => !OFF_UNDO_STACK.has(f)) : j;
  }

  /** A change a failed sync rolls back but Excel's Ctrl+Z does not (a custom XML part). */
  journalOffUndoStack(undo: () => void): void {
    OFF_UNDO_STACK.add(undo);
    this.journalPush(undo);
  }

  rollback(): void {
    const j = this.journal;
    this.journal = null;
    if (!j) return;
    for (let i = j.length - 1; i >= 0; i--) j[i]();
  }

  get inBatch(): boolean {
    return this.journal !== null;
  }

  /**
   * References move when rows are inserted or deleted. Runs of inserts (or deletes) on one sheet
   * are composed and applied at the next action that may look at a formula (flushShifts).
   */
  shiftFormulas(target: string, at: number, count: number): void {
    const run = this.pendingShifts;
    if (run && (run.target !== target || run.inserting !== count > 0)) this.flushShifts();
    if (!this.pendingShifts) this.pendingShifts = new RowShiftRun(target, count > 0);
    this.pendingShifts.push(at, count);
  }

  flushShifts(): void {
    const run = this.pendingShifts;
    if (!run) return;
    this.pendingShifts = null;
    for (const s of this.sheets) {
      s.rows.forEach((r, i) => {
        if (!r) return;
        r.forEach((c, j) => {
          if (!c || c.f === undefined) return;
          const f = rewriteRefs(c.f, s.name, run.target, (ref) => run.move(ref));
          if (f !== c.f) s.set(i + 1, j + 1, { ...c, f, cf: c.cf === c.f ? f : c.cf });
        });
      });
    }
  }

  /** Range.calculate: the range's formulas only, noted in calculateCalls. */
  calculateRange(sheet: SheetState, rect: Rect): void {
    this.calculateCalls.push(`range:${qualified(sheet.name, rect)}`);
    this.recalc({ sheet, rect });
  }

  /**
   * Recalculate every formula cell (the double's "automatic calculation"), or only those `within`
   * a range (Range.calculate): formulas outside it are read at their cached, maybe stale, values.
   */
  recalc(within?: { sheet: SheetState; rect: Rect }): void {
    this.flushShifts();
    if (!within) {
      this.dirty = false;
      this.recalcCount++;
    }
    const inside = (s: SheetState, row: number, col: number): boolean =>
      !within || (s === within.sheet && row >= within.rect.top && row <= within.rect.bottom && col >= within.rect.left && col <= within.rect.right);
    const memo = new Map<Cell, Val>();
    const visiting = new Set<Cell>();
    const supported = new Set<Cell>();
    const self = this;
    const env = (home: SheetState) => ({
      cell(sheetName: string | null, row: number, col: number): Val {
        const s = sheetName === null ? home : self.sheet(sheetName);
        if (!s) return new FormulaError('#REF!');
        const c = s.get(row, col);
        if (!c) return null;
        if (c.f !== undefined && inside(s, row, col)) return compute(s, c);
        return c.v === '' ? null : c.v;
      },
      extent(sheetName: string | null) {
        const s = sheetName === null ? home : self.sheet(sheetName);
        if (!s) return { rows: 0, cols: 0 };
        let cols = 0;
        for (const r of s.rows) if (r && r.length > cols) cols = r.length;
        return { rows: s.rows.length, cols };
      },
    });
    function compute(s: SheetState, c: Cell): Val {
      const hit = memo.get(c);
      if (hit !== undefined) return hit;
      if (visiting.has(c)) return 0; // circular reference: Excel shows 0
      visiting.add(c);
      let v: Val;
      try {
        v = evaluate(parse(c.f as string), env(s));
        supported.add(c);
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
        v = c.cf === c.f ? c.v : new FormulaError('#NAME?');
      }
      visiting.delete(c);
      memo.set(c, v);
      return v;
    }
    for (const s of this.sheets) {
      s.rows.forEach((r, i) => {
        if (!r) return;
        r.forEach((c, j) => {
          if (!c || c.f === undefined || !inside(s, i + 1, j + 1)) return;
          const v = compute(s, c);
          const out: Scalar = v === null ? 0 : v instanceof FormulaError ? v.code : v;
          const cf = supported.has(c) ? c.f : c.cf;
          if (out !== c.v || cf !== c.cf) s.set(i + 1, j + 1, { ...c, v: out, cf });
        });
      });
    }
    if (!within) this.dirty = false;
  }
}

/** Excel's conversion of a value written through `values`/`formulas` into cell content. */
export function writeInput(old: Cell | undefined, input: unknown): Cell | undefined {
  if (input === null || input === undefined) return old; // null leaves the cell unchanged
  const keep = { nf: old?.nf, fill: old?.fill, bold: old?.bold };
  const strip = (c: Cell): Cell | undefined => {
    const out: Cell = { v: c.v };
    if (c.f !== undefined) out.f = c.f;
    if (c.qp) out.qp = true;
    if (c.nf !== undefined) out.nf = c.nf;
    if (c.fill) out.fill = c.fill;
    if (c.bold) out.bold = c.bold;
    return isEmptyCell(out) && !out.qp ? undefined : out;
  };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new DoubleError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
    return strip({ v: input, ...keep });
  }
  if (typeof input === 'boolean') return strip({ v: input, ...keep });
  if (typeof input !== 'string') throw new DoubleError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
  if (input === '') return strip({ v: '', ...keep });
  if (input.startsWith("'")) return strip({ v: input.slice(1), qp: true, ...keep });
  // Excel keeps what is entered into a Text-formatted ('@') cell as text, a formula too.
  if (keep.nf === '@' && input.startsWith('=')) return strip({ v: input, ...keep });
  if (input.startsWith('=') && input.length > 1) {
    // A formula: until it is calculated it shows its stale cached value (0 for a new formula).
    const same = old?.f === input;
    const c = strip({ v: old?.f !== undefined ? old.v : 0, f: input, ...keep }) as Cell;
    if (same && old?.cf !== undefined) c.cf = old.cf;
    return c;
  }
  const t = input.trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return strip({ v: Number(t), ...keep });
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)%$/.test(t)) {
    return strip({ v: Number(t.slice(0, -1)) / 100, ...keep, nf: keep.nf ?? '0%' });
  }
  if (/^(true|false)$/i.test(t)) return strip({ v: /^true$/i.test(t), ...keep });
  return strip({ v: input, ...keep });
}

export function normalizeColor(input: string): string {
  const s = input.trim();
  let m = /^#?([0-9a-fA-F]{6})$/.exec(s);
  if (m) return '#' + m[1].toUpperCase();
  m = /^#?([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])$/.exec(s);
  if (m) return ('#' + m[1] + m[1] + m[2] + m[2] + m[3] + m[3]).toUpperCase();
  const named: Record<string, string> = { white: '#FFFFFF', black: '#000000', red: '#FF0000', yellow: '#FFFF00', green: '#008000', blue: '#0000FF' };
  const n = named[s.toLowerCase()];
  if (n) return n;
  throw new DoubleError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
}
