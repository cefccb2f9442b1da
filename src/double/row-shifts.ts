/**
 * Consecutive row insertions (or deletions) on one sheet, composed into one map of row numbers,
 * so that the formulas of a workbook are rewritten once per run instead of once per insertion.
 * A plan over a 50 000-row sheet inserts rows in thousands of places: re-tokenising every formula
 * for each of them made the double quadratic. The composed result equals applying the shifts one
 * by one, as Excel does (formula.ts, shiftRef): inserts move every row at or below the insertion
 * point, range ends independently; deletes turn a reference into #REF! when its cell (or its
 * whole range) is gone, and clamp a range's ends to the rows that remain.
 */
import { MAX_ROWS } from '../sheet/a1';
import type { RefPart, RefTok } from './formula';

export class RowShiftRun {
  /** Inserts: thresholds in original rows (sorted) and the rows added at each. */
  private at: number[] = [];
  private add: number[] = [];
  private prefix: number[] | null = null;
  /** Deletes: removed original rows as sorted, disjoint [first, last] intervals. */
  private gone: [number, number][] = [];
  private goneBefore: number[] | null = null;

  constructor(
    readonly target: string,
    readonly inserting: boolean,
  ) {}

  get size(): number {
    return this.inserting ? this.at.length : this.gone.length;
  }

  /** Rows `count` inserted before (count > 0) or deleted from (count < 0) current row `at`. */
  push(at: number, count: number): void {
    this.prefix = null;
    this.goneBefore = null;
    if (count > 0) {
      // Smallest original row whose current row is at or below `at`.
      let sum = 0;
      let t = at;
      for (let j = 0; j <= this.at.length; j++) {
        const lo = j === 0 ? 1 : this.at[j - 1];
        const hi = j === this.at.length ? Infinity : this.at[j];
        const r = Math.max(lo, at - sum);
        if (r < hi) {
          t = r;
          break;
        }
        if (j < this.at.length) sum += this.add[j];
      }
      let k = this.at.length;
      while (k > 0 && this.at[k - 1] > t) k--;
      this.at.splice(k, 0, t);
      this.add.splice(k, 0, count);
      return;
    }
    const first = this.original(at);
    const last = this.original(at - count - 1);
    const merged: [number, number][] = [];
    let lo = first;
    let hi = last;
    for (const [s, e] of this.gone) {
      if (e < lo - 1 || s > hi + 1) merged.push([s, e]);
      else {
        lo = Math.min(lo, s);
        hi = Math.max(hi, e);
      }
    }
    merged.push([lo, hi]);
    this.gone = merged.sort((a, b) => a[0] - b[0]);
  }

  /** Original row of current row `x` (deletes only). */
  private original(x: number): number {
    let o = x;
    for (const [s, e] of this.gone) {
      if (s <= o) o += e - s + 1;
      else break;
    }
    return o;
  }

  /** The reference after every shift of the run (null: #REF!). */
  move(r: RefTok): RefTok | null {
    if (r.a.row === undefined) return r; // whole columns
    return this.inserting ? this.moveInserted(r) : this.moveDeleted(r);
  }

  private insertedBefore(row: number): number {
    if (!this.prefix) {
      this.prefix = [];
      let s = 0;
      for (const n of this.add) this.prefix.push((s += n));
    }
    let lo = 0;
    let hi = this.at.length; // count of thresholds <= row
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.at[mid] <= row) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : this.prefix[lo - 1];
  }

  private moveInserted(r: RefTok): RefTok | null {
    const mv = (p: RefPart): RefPart => ({ ...p, row: (p.row as number) + this.insertedBefore(p.row as number) });
    const a = mv(r.a);
    const b = r.b ? mv(r.b) : null;
    if ((a.row as number) > MAX_ROWS || (b && (b.row as number) > MAX_ROWS)) return null;
    return { sheet: r.sheet, a, b };
  }

  /** Index of the deleted interval holding `row`, or -1; `before`: deleted rows above it. */
  private locate(row: number): { hit: number; before: number } {
    if (!this.goneBefore) {
      this.goneBefore = [];
      let s = 0;
      for (const [a, b] of this.gone) {
        this.goneBefore.push(s);
        s += b - a + 1;
      }
    }
    let lo = 0;
    let hi = this.gone.length; // first interval starting after row
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.gone[mid][0] <= row) lo = mid + 1;
      else hi = mid;
    }
    const k = lo - 1;
    if (k < 0) return { hit: -1, before: 0 };
    const [s, e] = this.gone[k];
    if (row <= e) return { hit: k, before: this.goneBefore[k] };
    return { hit: -1, before: this.goneBefore[k] + e - s + 1 };
  }

  private moveDeleted(r: RefTok): RefTok | null {
    if (!r.b) {
      const { hit, before } = this.locate(r.a.row as number);
      if (hit >= 0) return null;
      return { sheet: r.sheet, a: { ...r.a, row: (r.a.row as number) - before }, b: null };
    }
    const aIsTop = (r.a.row as number) <= (r.b.row as number);
    let top = Math.min(r.a.row as number, r.b.row as number);
    let bottom = Math.max(r.a.row as number, r.b.row as number);
    // Ends inside deleted rows move to the nearest remaining row within the range.
    const t = this.locate(top);
    if (t.hit >= 0) top = this.gone[t.hit][1] + 1;
    const b = this.locate(bottom);
    if (b.hit >= 0) bottom = this.gone[b.hit][0] - 1;
    if (top > bottom) return null;
    const nt = top - this.locate(top).before;
    const nb = bottom - this.locate(bottom).before;
    return { sheet: r.sheet, a: { ...r.a, row: aIsTop ? nt : nb }, b: { ...r.b, row: aIsTop ? nb : nt } };
  }
}
