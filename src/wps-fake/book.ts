/**
 * The state a WPS 表格 (ET) process holds for one workbook, as the fake models it: cells with
 * values, formulas, number formats, solid fills (BGR integers, as ET reports Interior.Color),
 * bold, comments; merged areas; sheet visibility; custom document properties. The proxies in
 * objects.ts are what the add-in sees; they read and change this state, one counted call each.
 */
import { FormulaError, parse, type Node, type Val } from '../double/formula';
import { evaluate } from '../double/formula-eval';
import { contains, intersects, type Rect } from '../sheet/a1';
import { XL_BY_COLUMNS, XL_FORMULAS, XL_PREVIOUS } from '../wps-api/et';
import { mapReferences, moveReferences, type RowMap } from '../sheet/shift-formula';

export type Scalar = number | string | boolean;

export interface EtCell {
  /** The constant, or the formula's last computed value; null when empty. */
  v: Scalar | null;
  /** Formula with its leading '='. */
  f?: string;
  /** Number format; absent = General. */
  nf?: string;
  /** Solid fill as a BGR integer (0xBBGGRR); absent = no fill. */
  fill?: number;
  bold?: boolean;
  comment?: string;
}

/** Sheet visibility as ET's XlSheetVisibility. */
export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_HIDDEN = 0;
export const XL_SHEET_VERY_HIDDEN = 2;

const KEY = 20000;
export const cellKey = (row: number, col: number): number => row * KEY + col;
export const keyRow = (k: number): number => Math.floor(k / KEY);
export const keyCol = (k: number): number => k % KEY;

export class EtSheetState {
  cells = new Map<number, EtCell>();
  /** Keys of the cells holding a formula (an insert rewrites only these). */
  formulas = new Set<number>();
  merges: Rect[] = [];
  visible = XL_SHEET_VISIBLE;
  private ext: Rect | null | undefined;
  constructor(public name: string) {}

  /** Cells or merges changed: the used range is computed again when next asked. */
  touch(): void {
    this.ext = undefined;
  }

  get(row: number, col: number): EtCell | undefined {
    return this.cells.get(cellKey(row, col));
  }

  /** Replace a cell; an empty cell without formats is dropped. */
  put(row: number, col: number, c: EtCell): void {
    const empty = c.v === null && c.f === undefined && c.nf === undefined && c.fill === undefined && !c.bold && c.comment === undefined;
    const k = cellKey(row, col);
    if (empty) this.cells.delete(k);
    else this.cells.set(k, c);
    if (c.f !== undefined && !empty) this.formulas.add(k);
    else this.formulas.delete(k);
    this.ext = undefined;
  }

  /**
   * Range.Find('*') in formulas as ET (and Excel's VBA) searches: the next matching cell after
   * `after` in row or column order, wrapping around `r` (`after` itself searched last). Over the
   * stored cells only: a far cell's band is half a billion cells.
   */
  find(
    r: Rect,
    after: { top: number; left: number },
    [what, lookIn, searchOrder, searchDirection]: [string, number | undefined, number | undefined, number | undefined],
    match: (c: EtCell) => boolean,
  ): { row: number; col: number } | null {
    if (what !== '*' || lookIn !== XL_FORMULAS) throw new Error('伪对象只模拟 Find("*", …, xlFormulas)');
    const byRows = searchOrder !== XL_BY_COLUMNS;
    // A cell's place in the search order, as one number.
    const pos = (row: number, col: number) => (byRows ? row * 20_000 + col : col * 2_000_000 + row);
    const start = pos(after.top, after.left);
    let first: number[] | null = null,
      last: number[] | null = null,
      next: number[] | null = null,
      prev: number[] | null = null;
    for (const [k, c] of this.cells) {
      const row = keyRow(k),
        col = keyCol(k);
      if (row < r.top || row > r.bottom || col < r.left || col > r.right || !match(c)) continue;
      const p = pos(row, col);
      const cell = [p, row, col];
      if (!first || p < first[0]) first = cell;
      if (!last || p > last[0]) last = cell;
      if (p > start && (!next || p < next[0])) next = cell;
      if (p < start && (!prev || p > prev[0])) prev = cell;
    }
    const hit = searchDirection === XL_PREVIOUS ? (prev ?? last) : (next ?? first);
    return hit ? { row: hit[1], col: hit[2] } : null;
  }

  /** Rows and columns that hold anything, including formats (what UsedRange spans). */
  extent(): Rect | null {
    if (this.ext === undefined) this.ext = this.measure();
    return this.ext && { ...this.ext };
  }

  private measure(): Rect | null {
    let top = Infinity,
      left = Infinity,
      bottom = 0,
      right = 0;
    for (const k of this.cells.keys()) {
      const r = keyRow(k),
        c = keyCol(k);
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
    for (const m of this.merges) {
      top = Math.min(top, m.top);
      left = Math.min(left, m.left);
      bottom = Math.max(bottom, m.bottom);
      right = Math.max(right, m.right);
    }
    return bottom ? { top, left, bottom, right } : null;
  }

  mergeAt(row: number, col: number): Rect | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }
}

export class EtBookState {
  sheets: EtSheetState[] = [];
  active = 0;
  props = new Map<string, { value: unknown; type: number }>();
  private cache = new Map<string, Val>();
  private parsed = new Map<string, Node>();
  private lastRows = new Map<string, number>();

  sheet(name: string): EtSheetState | undefined {
    const n = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n);
  }

  /** Anything written: formula results are computed again on the next read (automatic calculation). */
  changed(): void {
    this.cache.clear();
  }

  /** The value a cell shows: a formula's result computed now, a constant as stored. */
  value(s: EtSheetState, row: number, col: number, depth = 0): Scalar | null {
    const c = s.get(row, col);
    if (!c) return null;
    if (c.f === undefined) return c.v;
    const k = `${s.name}!${row},${col}`;
    const hit = this.cache.get(k);
    if (hit !== undefined) return hit instanceof FormulaError ? hit.code : hit;
    if (depth > 200) return c.v;
    let v: Val;
    try {
      let ast = this.parsed.get(c.f);
      if (!ast) this.parsed.set(c.f, (ast = parse(c.f.slice(1))));
      v = evaluate(ast, {
        cell: (sheet, r, col2) => {
          const t = sheet ? this.sheet(sheet) : s;
          if (!t) return new FormulaError('#REF!');
          const x = this.value(t, r, col2, depth + 1);
          return x;
        },
        extent: (sheet) => {
          const t = sheet ? this.sheet(sheet) : s;
          const e = t?.extent();
          return { rows: e?.bottom ?? 0, cols: e?.right ?? 0 };
        },
      });
    } catch {
      // A function the evaluator lacks: keep the value the cell had (as a real build would show it).
      return c.v;
    }
    this.cache.set(k, v);
    return v instanceof FormulaError ? v.code : v;
  }

  /** Insert `count` whole rows before `at`: cells, merges and every formula pointing at them move down. */
  insertRows(s: EtSheetState, at: number, count: number): void {
    const map: RowMap = (r) => (r >= at ? r + count : r);
    this.moveRows(s, map, (r) => r >= at, at);
    s.merges = s.merges.map((m) => (m.top >= at ? { ...m, top: m.top + count, bottom: m.bottom + count } : m.bottom >= at ? { ...m, bottom: m.bottom + count } : m));
    s.touch();
    // New rows take the formats of the row above (ET's default for an insert).
    if (at > 1) {
      const right = s.extent()?.right ?? 0;
      for (let col = 1; col <= right; col++) {
        const c = s.get(at - 1, col);
        if (c) for (let r = at; r < at + count; r++) s.put(r, col, { v: null, nf: c.nf, fill: c.fill, bold: c.bold });
      }
    }
    this.changed();
  }

  /**
   * Delete `count` whole rows from `at`: what is below moves up. References into the deleted rows
   * are pointed at the row that takes their place (ET writes #REF!; the add-in only deletes rows it
   * inserted, which nothing refers to — docs/wps-checklist.md has the step that confirms it).
   */
  deleteRows(s: EtSheetState, at: number, count: number): void {
    const end = at + count;
    for (const k of [...s.cells.keys()]) {
      if (keyRow(k) >= at && keyRow(k) < end) {
        s.cells.delete(k);
        s.formulas.delete(k);
      }
    }
    const map: RowMap = (r) => (r >= end ? r - count : r >= at ? at : r);
    this.moveRows(s, map, (r) => r >= end, at);
    const out: Rect[] = [];
    for (const m of s.merges) {
      if (m.top >= at && m.bottom < end) continue;
      const top = m.top >= end ? m.top - count : m.top >= at ? at : m.top;
      const bottom = m.bottom >= end ? m.bottom - count : m.bottom >= at ? at - 1 : m.bottom;
      if (bottom > top || m.right > m.left) out.push({ ...m, top, bottom });
    }
    s.merges = out;
    s.touch();
    this.changed();
  }

  /** The last row a formula refers to (whole columns: none): formulas above an insert need no rewrite. */
  private lastRow(f: string): number {
    let n = this.lastRows.get(f);
    if (n === undefined) {
      n = 0;
      mapReferences(f.slice(1), (ref) => {
        for (const x of [ref.c1, ref.c2]) if (x) n = Math.max(n!, Number(/\d+$/.exec(x)?.[0] ?? 0));
        for (const x of [ref.r1, ref.r2]) if (x) n = Math.max(n!, Number(x.replace('$', '')));
        return ref.text;
      });
      this.lastRows.set(f, n);
    }
    return n;
  }

  private moveRows(s: EtSheetState, map: RowMap, moves: (row: number) => boolean, first: number): void {
    const moved: [number, EtCell][] = [];
    for (const e of s.cells) if (moves(keyRow(e[0]))) moved.push(e);
    for (const [k] of moved) {
      s.cells.delete(k);
      s.formulas.delete(k);
    }
    for (const [k, c] of moved) {
      const to = cellKey(map(keyRow(k)), keyCol(k));
      s.cells.set(to, c);
      if (c.f !== undefined) s.formulas.add(to);
    }
    s.touch();
    const lower = s.name.toLowerCase();
    for (const t of this.sheets) {
      for (const k of t.formulas) {
        const c = t.cells.get(k);
        if (!c || c.f === undefined || this.lastRow(c.f) < first) continue;
        const f = moveReferences(c.f.slice(1), t.name, (sheet) => (sheet === lower ? map : undefined));
        t.cells.set(k, { ...c, f: '=' + f });
      }
    }
  }

  /** Merged areas of `s` that `r` touches, and whether `r` lies wholly in merged areas. */
  mergesIn(s: EtSheetState, r: Rect): Rect[] {
    return s.merges.filter((m) => intersects(m, r));
  }

  merge(s: EtSheetState, r: Rect): void {
    const inner = s.merges.filter((m) => intersects(m, r));
    for (const m of inner) if (!contains(r, m)) throw new Error('不能对合并单元格作部分更改');
    s.merges = s.merges.filter((m) => !intersects(m, r));
    // Merging keeps the top-left value only (ET asks; the add-in merges cells it has emptied).
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        if (row === r.top && col === r.left) continue;
        const c = s.get(row, col);
        if (c) s.put(row, col, { ...c, v: null, f: undefined });
      }
    }
    s.merges.push({ ...r });
    s.touch();
    this.changed();
  }
}
