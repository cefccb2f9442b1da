/**
 * The recogniser's view of a Grid: cell text through merged areas, rows that exist (a sparse grid
 * is walked by its live rows only), and the header hit a table is read under.
 */
import type { Columns } from '../domain/model';
import { normaliseText } from '../domain/text';
import { cellText, presentRows, rowWidth, type Grid, type Merge } from './grid';

/** Text of a cell, taking a merged area's master value for its covered cells. */
const NONE: ReadonlyMap<number, string> = new Map();

export class Reader {
  /** Covered cell → the merge covering it, by row then column (its master is the merge's top-left cell). */
  private masters: (Merge | undefined)[][] = [];
  /** Row → the merges that reach down into it from a row above. */
  private down: (Merge[] | undefined)[] = [];
  /** Rows with cells or reached by a merge from above, ascending: row loops skip all others (a sparse grid). */
  private live: number[];
  constructor(readonly g: Grid) {
    const merged: number[] = [];
    // Index loops and arrays made at their size: this runs once per sheet over every merged cell, mostly before V8
    // optimises it (for…of allocates per merge there), and a row's array made as [] reserves ~17 slots for one or two.
    const merges = g.merges;
    // Each row's array made once at its widest merge's width: one made for 一级 in column A and grown for 二级 in B
    // reserved ~19 slots and left the first behind (a 100 000-row check kept ~15 MB more, all copied by the young GC).
    // Counts by row in typed arrays made once at the deepest merge's row: arrays grown by index one row at a time were
    // copied as they grew (three of them over ~146 000 rows at 100 000 indicator rows; this constructor −20 % CPU).
    let depth = 0;
    for (let i = 0; i < merges.length; i++) if (merges[i].bottom > depth) depth = merges[i].bottom;
    const widest = new Int32Array(depth + 1);
    // And each row's list of merges reaching down into it made at its length: [m] then a push reserved ~17 slots.
    const downs = new Int32Array(depth + 1);
    for (let i = 0; i < merges.length; i++) {
      const m = merges[i];
      for (let r = m.top; r <= m.bottom; r++) if (!(widest[r] >= m.right)) widest[r] = m.right;
      for (let r = m.top + 1; r <= m.bottom; r++) downs[r]++;
    }
    const filled = new Int32Array(depth + 1);
    for (let i = 0; i < merges.length; i++) {
      const m = merges[i];
      for (let r = m.top; r <= m.bottom; r++) {
        const from = r === m.top ? m.left + 1 : m.left;
        if (from <= m.right) {
          const row = (this.masters[r] ??= new Array<Merge | undefined>(widest[r] + 1));
          for (let c = from; c <= m.right; c++) row[c] = m;
        }
        if (r > m.top) {
          let list = this.down[r];
          if (!list) {
            list = this.down[r] = new Array<Merge>(downs[r]);
            filled[r] = 0;
            merged.push(r);
          }
          list[filled[r]++] = m;
        }
      }
    }
    // Merges come in the sheet's order, usually top to bottom: sorted already, no comparator called per row.
    if (!ascending(merged)) merged.sort((a, b) => a - b);
    this.live = union(presentRows(g), merged);
  }
  private spanWidth?: number;
  /**
   * How far the sheet's rows reach, as a dense grid's colCount would say, but reached by at least two rows: a sparse
   * row stops at its last cell, and one stray far cell (XFD1048576) must not make every table 16 384 wide.
   */
  get width(): number {
    if (this.spanWidth === undefined) {
      let [a, b] = [0, 0];
      for (let i = 0; i < this.live.length; i++) {
        const w = rowWidth(this.g, this.live[i]);
        if (w > a) [a, b] = [w, a];
        else if (w > b) b = w;
      }
      this.spanWidth = b;
    }
    return this.spanWidth;
  }
  /** The first row at or after r that holds anything (rowCount + 1 when none). */
  nextRow(r: number): number {
    const live = this.live;
    let lo = 0;
    let hi = live.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (live[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return lo < live.length ? live[lo] : this.g.rowCount + 1;
  }
  /** The merge covering (r, c) when the cell is not its master. */
  covering(r: number, c: number): Merge | undefined {
    return this.masters[r]?.[c];
  }
  /** Own text only (merged non-master cells are empty, as in Excel). */
  own(r: number, c: number | undefined): string {
    return c === undefined ? '' : cellText(this.g, r, c);
  }
  /** Own text, whitespace-normalised (NRM-01). */
  text(r: number, c: number | undefined): string {
    return normaliseText(this.own(r, c));
  }
  /** Text seen through merges horizontally (a label merged across columns). */
  across(r: number, c: number | undefined): string {
    if (c === undefined) return '';
    const t = cellText(this.g, r, c);
    if (t) return t;
    const m = this.masters[r]?.[c];
    return m && m.top === r ? cellText(this.g, m.top, m.left) : '';
  }
  /** Right edge of a merge whose master is (r, c), or c. */
  mergeRight(r: number, c: number): number {
    let right = c;
    while (this.masters[r]?.[right + 1]?.left === c && this.masters[r]?.[right + 1]?.top === r) right++;
    return right;
  }
  /** Texts merged down into row r from a row above, by column. */
  fromAbove(r: number): ReadonlyMap<number, string> {
    const list = this.down[r];
    if (!list) return NONE;
    const out = new Map<number, string>();
    for (let i = 0; i < list.length; i++) {
      const m = list[i];
      const t = cellText(this.g, m.top, m.left).trim();
      if (t) for (let c = m.left; c <= m.right; c++) out.set(c, t);
    }
    return out;
  }
  /** Whether a text merged down into row r (as fromAbove gives it) passes test: fromAbove's map made only when one does. */
  anyFromAbove(r: number, test: (t: string) => boolean): boolean {
    const list = this.down[r];
    if (list)
      for (let i = 0; i < list.length; i++) {
        const m = list[i];
        const t = cellText(this.g, m.top, m.left).trim();
        if (t && test(t)) return true;
      }
    return false;
  }
  /** True if the cell is covered by a merge whose master is in a row above (vertical merge). */
  mergedFromAbove(r: number, c: number): boolean {
    const m = this.masters[r]?.[c];
    return !!m && m.top < r;
  }
  /**
   * Trimmed texts of row r by column, columns left of `left` read as empty (another table beside this one).
   * As wide as `right` when given, else as the row's own cells (at least `min`): a stray far cell elsewhere
   * on the sheet never makes every row 16 384 wide.
   */
  rowTexts(r: number, left = 1, right?: number, min = 0): string[] {
    const n = this.g.colCount;
    const width = right !== undefined ? Math.min(n, right) : Math.min(n, Math.max(rowWidth(this.g, r), min));
    const out = new Array<string>(width);
    // The row's cells read directly (asked of every row of every table); a non-text cell as cellText gives it.
    const row = this.g.values[r - 1];
    for (let c = 1; c <= width; c++) {
      const v = c < left || !row ? null : row[c - 1];
      out[c - 1] = v === null || v === undefined ? '' : typeof v === 'string' ? trimmed(v) : cellText(this.g, r, c).trim();
    }
    return out;
  }
}

/** No white space (String.prototype.trim's) can be this code unit: ASCII letters, digits and marks, CJK and full-width forms. */
const solid = (c: number) => (c > 32 && c < 127) || (c > 0x3000 && c !== 0xfeff);

/** s.trim(), without the call for a text whose ends are plainly not white space (most cells). */
function trimmed(s: string): string {
  return s.length > 0 && solid(s.charCodeAt(0)) && solid(s.charCodeAt(s.length - 1)) ? s : s.trim();
}

function ascending(xs: number[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i] < xs[i - 1]) return false;
  return true;
}

/** Two ascending lists as one, without repeats. */
export function union(a: number[], b: number[]): number[] {
  if (!b.length) return a;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out[out.length - 1] !== x) out.push(x);
  }
  return out;
}

export interface HeaderHit {
  row: number;
  cols: Columns;
  /** The columns the table owns: all of them, or its band when tables stand side by side. */
  left: number;
  right: number;
}

export function nonEmptyCount(texts: string[]): number {
  let n = 0;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    if (t) n++;
  }
  return n;
}

/**
 * A sheet's header hits by row, as a Map, with each row's list also held in an array by row number: readTable asks
 * get(r) of every grid row (100 000 rows: ~1 % of a check's CPU went to hashing those numbers).
 */
export class HeaderRows extends Map<number, HeaderHit[]> {
  private at: (HeaderHit[] | undefined)[] = [];
  override set(r: number, hits: HeaderHit[]): this {
    super.set(r, hits);
    if (Number.isInteger(r) && r >= 0) (this.at ??= [])[r] = hits;
    return this;
  }
  override get(r: number): HeaderHit[] | undefined {
    return Number.isInteger(r) && r >= 0 ? this.at[r] : super.get(r);
  }
  override delete(r: number): boolean {
    if (Number.isInteger(r) && r >= 0 && this.at) this.at[r] = undefined;
    return super.delete(r);
  }
  override clear(): void {
    this.at = [];
    super.clear();
  }
}
