/**
 * Joining the content writes of one batch: the shared gateway writes scattered cells as many
 * small rectangles and tiles (copy of formulas); here they are queued as cells — the last write
 * of each cell wins, as when they run in order — and go out as one array per band of adjacent
 * columns, cut where its rows leave a long gap, so that what is written back unchanged stays small.
 */
import type { Action } from '../pipeline/ops';
import type { RestoreValue } from '../pipeline/undo-record';
import type { Rect } from '../../sheet/a1';
import { translateFormula } from '../../sheet/relative';
import { rectOf } from './actions';

export type SetFormulas = Extract<Action, { kind: 'setFormulas' }>;
type Copy = Extract<Action, { kind: 'copy' }>;

/** Rows of untouched cells above which a band is cut in two (each piece one write). */
const MAX_GAP_ROWS = 200;

export interface Band {
  rect: Rect;
  values: (RestoreValue | null)[][];
}

export class WriteQueue {
  sheet = '';
  private cells = new Map<number, Map<number, RestoreValue>>();
  /** The actions queued, as given: what runs instead if ET refuses a joined write. */
  actions: Action[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Whether `a` writes to the sheet of the queue (or the queue is empty). */
  fits(a: { sheet: string }): boolean {
    return !this.count || this.sheet.toLowerCase() === a.sheet.toLowerCase();
  }

  private put(row: number, col: number, v: RestoreValue): void {
    let m = this.cells.get(col);
    if (!m) this.cells.set(col, (m = new Map()));
    if (!m.has(row)) this.count++;
    m.set(row, v);
  }

  add(a: SetFormulas): void {
    this.actions.push(a);
    this.sheet = a.sheet;
    const r = rectOf(a.address);
    a.values.forEach((line, i) => line.forEach((v, j) => v !== null && v !== undefined && this.put(r.top + i, r.left + j, v)));
  }

  /**
   * A copy of formulas whose source is all queued cells, queued as the cells it writes (relative
   * references moved, as copy in actions.ts does); false when the source is not all queued.
   */
  addCopy(a: Copy): boolean {
    if (a.type !== 'Formulas' || !this.count) return false;
    const source = rectOf(a.source),
      target = rectOf(a.target);
    const src: RestoreValue[][] = [];
    for (let row = source.top; row <= source.bottom; row++) {
      const line: RestoreValue[] = [];
      for (let col = source.left; col <= source.right; col++) {
        const v = this.cells.get(col)?.get(row);
        if (v === undefined) return false;
        line.push(v);
      }
      src.push(line);
    }
    const h = source.bottom - source.top + 1,
      w = source.right - source.left + 1;
    for (let row = target.top; row <= target.bottom; row++) {
      for (let col = target.left; col <= target.right; col++) {
        const i = (row - target.top) % h,
          j = (col - target.left) % w;
        const v = src[i][j];
        const dr = row - (source.top + i),
          dc = col - (source.left + j);
        this.put(row, col, typeof v === 'string' && v.startsWith('=') ? '=' + translateFormula(v.slice(1), dr, dc) : v);
      }
    }
    this.actions.push(a);
    return true;
  }

  /** The queued cells as bands, and the queue emptied. */
  take(): Band[] {
    const cells = this.cells;
    this.cells = new Map();
    this.actions = [];
    this.count = 0;
    const cols = [...cells.keys()].sort((a, b) => a - b);
    const out: Band[] = [];
    for (let k = 0; k < cols.length;) {
      let end = k;
      while (end + 1 < cols.length && cols[end + 1] === cols[end] + 1) end++;
      const left = cols[k],
        right = cols[end];
      const rows = [...new Set(cols.slice(k, end + 1).flatMap((c) => [...cells.get(c)!.keys()]))].sort((a, b) => a - b);
      for (let i = 0; i < rows.length;) {
        let j = i;
        while (j + 1 < rows.length && rows[j + 1] - rows[j] <= MAX_GAP_ROWS) j++;
        const rect = { top: rows[i], bottom: rows[j], left, right };
        const values = Array.from({ length: rect.bottom - rect.top + 1 }, (_, y) =>
          Array.from({ length: right - left + 1 }, (_, x) => cells.get(left + x)!.get(rect.top + y) ?? null),
        );
        out.push({ rect, values });
        i = j + 1;
      }
      k = end + 1;
    }
    return out;
  }
}
