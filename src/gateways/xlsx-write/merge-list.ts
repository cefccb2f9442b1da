/**
 * A worksheet's merged areas as the writer keeps them: four numbers an area (top, left, bottom, right)
 * side by side in one typed array. As {top, left, bottom, right} objects a 100 000-row sheet's 93 000
 * merges were ~6 MB of the heap from the sheet's first edit to the end, and every insert batch made
 * them all again. Float64 so that any number a merge reference can spell is kept exactly.
 */
import type { Merge } from '../../sheet/grid';

export class MergeList {
  private a: Float64Array;
  private n = 0;

  constructor(room = 16) {
    this.a = new Float64Array(4 * Math.max(room, 4));
  }

  get length(): number {
    return this.n;
  }

  /** Adds an area; returns its index. */
  push(top: number, left: number, bottom: number, right: number): number {
    if (4 * this.n + 4 > this.a.length) {
      const more = new Float64Array(this.a.length * 2);
      more.set(this.a);
      this.a = more;
    }
    const k = 4 * this.n;
    this.a[k] = top;
    this.a[k + 1] = left;
    this.a[k + 2] = bottom;
    this.a[k + 3] = right;
    return this.n++;
  }

  top(i: number): number {
    return this.a[4 * i];
  }
  left(i: number): number {
    return this.a[4 * i + 1];
  }
  bottom(i: number): number {
    return this.a[4 * i + 2];
  }
  right(i: number): number {
    return this.a[4 * i + 3];
  }

  /** The area at index i as an object. */
  at(i: number): Merge {
    const k = 4 * i;
    return { top: this.a[k], left: this.a[k + 1], bottom: this.a[k + 2], right: this.a[k + 3] };
  }

  /** The first area (in list order) holding the cell, as Array.find over the objects found it. */
  find(r: number, c: number): Merge | undefined {
    const a = this.a;
    for (let k = 0, end = 4 * this.n; k < end; k += 4) if (a[k] <= r && r <= a[k + 2] && a[k + 1] <= c && c <= a[k + 3]) return this.at(k / 4);
    return undefined;
  }

  /** Whether any area satisfies `test` (given by its index). */
  some(test: (i: number) => boolean): boolean {
    for (let i = 0; i < this.n; i++) if (test(i)) return true;
    return false;
  }

  /** The areas lying wholly inside m taken out, the others kept in their order. */
  dropInside(m: Merge): void {
    const a = this.a;
    let w = 0;
    for (let k = 0, end = 4 * this.n; k < end; k += 4) {
      if (a[k] >= m.top && a[k + 2] <= m.bottom && a[k + 1] >= m.left && a[k + 3] <= m.right) continue;
      if (w !== k) a.copyWithin(w, k, k + 4);
      w += 4;
    }
    this.n = w / 4;
  }

  /** Each area's rows moved by `map` (a bottom row past `last` stays at `last`), in place. */
  moveRows(map: (r: number) => number, last: number): void {
    const a = this.a;
    for (let k = 0, end = 4 * this.n; k < end; k += 4) {
      a[k] = map(a[k]);
      a[k + 2] = Math.min(map(a[k + 2]), last);
    }
  }
}
