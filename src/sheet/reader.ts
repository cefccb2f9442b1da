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
  /**
   * Covered cell → the merge covering it (its master is the merge's top-left cell): 1 + the merge's index in g.merges
   * (0: none), row r's cells from cells[start[r]] to cells[start[r + 1] - 1] (column 0 first), as wide as its widest merge.
   */
  private cells: Int32Array;
  private start: Int32Array;
  private merges: readonly Merge[];
  /** Row → the merges that reach down into it from a row above: 1 + their indexes in g.merges, row r's from downAt[r] to downAt[r + 1] - 1. */
  private down: Int32Array;
  private downAt: Int32Array;
  /** Rows with cells or reached by a merge from above, ascending: row loops skip all others (a sparse grid). */
  private live: number[];
  constructor(readonly g: Grid) {
    const merged: number[] = [];
    // Index loops: this runs once per sheet over every merged cell, mostly before V8 optimises it (for…of allocates
    // per merge there). Counts by row in typed arrays made once at the deepest merge's row.
    const merges = (this.merges = g.merges);
    let depth = 0;
    for (let i = 0; i < merges.length; i++) if (merges[i].bottom > depth) depth = merges[i].bottom;
    const widest = new Int32Array(depth + 1);
    const downs = new Int32Array(depth + 1);
    for (let i = 0; i < merges.length; i++) {
      const m = merges[i];
      for (let r = m.top; r <= m.bottom; r++) if (!(widest[r] >= m.right)) widest[r] = m.right;
      for (let r = m.top + 1; r <= m.bottom; r++) downs[r]++;
    }
    // The covered cells of every row in one typed array, and the merges reaching down into each row in another: an array
    // of merges per row (and a list per row) held ~16 MB at 100 000 rows to the end of the check, each copied by the
    // young collector on its way to old space; these are ~4 MB of typed arrays outside the collected heap.
    const start = (this.start = new Int32Array(depth + 2));
    for (let r = 0; r <= depth; r++) start[r + 1] = start[r] + (widest[r] > 0 ? widest[r] + 1 : 0);
    const cells = (this.cells = new Int32Array(start[depth + 1]));
    const downAt = (this.downAt = new Int32Array(depth + 2));
    for (let r = 0; r <= depth; r++) {
      downAt[r + 1] = downAt[r] + downs[r];
      if (downs[r]) merged.push(r);
    }
    const down = (this.down = new Int32Array(downAt[depth + 1]));
    const filled = downAt.slice(0, depth + 1);
    for (let i = 0; i < merges.length; i++) {
      const m = merges[i];
      for (let r = m.top; r <= m.bottom; r++) {
        const from = r === m.top ? m.left + 1 : m.left;
        for (let c = from, at = start[r]; c <= m.right; c++) cells[at + c] = i + 1;
        if (r > m.top) down[filled[r]++] = i + 1;
      }
    }
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
    if (!(r >= 0 && r < this.start.length - 1 && c >= 0)) return undefined;
    const at = this.start[r] + c;
    const i = at < this.start[r + 1] ? this.cells[at] : 0;
    return i ? this.merges[i - 1] : undefined;
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
    const m = this.covering(r, c);
    return m && m.top === r ? cellText(this.g, m.top, m.left) : '';
  }
  /** Right edge of a merge whose master is (r, c), or c. */
  mergeRight(r: number, c: number): number {
    let right = c;
    for (let m = this.covering(r, right + 1); m?.left === c && m.top === r; m = this.covering(r, right + 1)) right++;
    return right;
  }
  /** Texts merged down into row r from a row above, by column. */
  fromAbove(r: number): ReadonlyMap<number, string> {
    const inside = r >= 0 && r < this.downAt.length - 1;
    const from = inside ? this.downAt[r] : 0;
    const to = inside ? this.downAt[r + 1] : 0;
    if (from === to) return NONE;
    const out = new Map<number, string>();
    for (let i = from; i < to; i++) {
      const m = this.merges[this.down[i] - 1];
      const t = cellText(this.g, m.top, m.left).trim();
      if (t) for (let c = m.left; c <= m.right; c++) out.set(c, t);
    }
    return out;
  }
  /** Whether a text merged down into row r (as fromAbove gives it) passes test: fromAbove's map made only when one does. */
  anyFromAbove(r: number, test: (t: string) => boolean): boolean {
    const inside = r >= 0 && r < this.downAt.length - 1;
    for (let i = inside ? this.downAt[r] : 0, to = inside ? this.downAt[r + 1] : 0; i < to; i++) {
      const m = this.merges[this.down[i] - 1];
      const t = cellText(this.g, m.top, m.left).trim();
      if (t && test(t)) return true;
    }
    return false;
  }
  /** True if the cell is covered by a merge whose master is in a row above (vertical merge). */
  mergedFromAbove(r: number, c: number): boolean {
    const m = this.covering(r, c);
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
