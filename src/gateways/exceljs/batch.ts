/**
 * A plan's row insertions done at once. Edits after an `insertRows` are written in the
 * coordinates after it; here every insert and every edit is carried to the coordinates after the
 * last insert of the batch, so the sheet is rebuilt once instead of once per insert.
 * A batch ends before an insert whose format row an earlier edit of the batch touched (the
 * inserted rows must copy that row as it was when they were inserted).
 */
import type { Edit } from '../../sheet/plan';
import { shiftRow, type RowMap } from '../../sheet/shift-formula';
import { ReferenceMover } from '../../sheet/move-memo';

/**
 * Where later inserts carry a row: row + the counts of the breakpoints at or above it.
 * The walk adds inserts bottom-up, so a new breakpoint is almost always the lowest: breakpoints are
 * kept lowest last, shifted together through one offset, and their counts summed from the highest
 * down (a running sum that an added lowest breakpoint does not change) — O(1) per insert, not a
 * pass over all of them (quadratic in a 100 000-row sheet's thousands of inserts).
 */
class Shifts {
  /** Breakpoints, highest first: row = at[i] + off. */
  private at: number[] = [];
  private count: number[] = [];
  /** sums[i] = count[0] + … + count[i]. */
  private sums: number[] = [];
  private off = 0;

  readonly map: RowMap = (row) => {
    // The first breakpoint at or above `row` … the last: a tail of the list.
    const key = row - this.off;
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.at[mid] > key) lo = mid + 1;
      else hi = mid;
    }
    const n = this.at.length;
    return n === lo ? row : row + this.sums[n - 1] - (lo ? this.sums[lo - 1] : 0);
  };

  private push(at: number, count: number): void {
    const n = this.at.length;
    this.at.push(at - this.off);
    this.count.push(count);
    this.sums.push((n ? this.sums[n - 1] : 0) + count);
  }

  private pop(): [number, number] {
    this.sums.pop();
    return [this.at.pop()! + this.off, this.count.pop()!];
  }

  /** Becomes `this ∘ insert`: rows first go through the insert, then through the later ones. */
  before(at: number, count: number): void {
    // Breakpoints below the insert stay where they are (rare: inserts come bottom-up).
    const below: [number, number][] = [];
    while (this.at.length && this.at[this.at.length - 1] + this.off < at) below.push(this.pop());
    // The rest move up by `count`, none above the insert's own row; those that land on it join it.
    this.off -= count;
    let joined = count;
    while (this.at.length && this.at[this.at.length - 1] + this.off <= at) joined += this.pop()[1];
    this.push(at, joined);
    for (let i = below.length - 1; i >= 0; i--) this.push(below[i][0], below[i][1]);
  }

  /** A frozen copy, for the maps of the original rows. */
  frozen(): RowMap {
    const copy = new Shifts();
    copy.at = [...this.at];
    copy.count = [...this.count];
    copy.sums = [...this.sums];
    copy.off = this.off;
    return copy.map;
  }
}

/** One insert in the batch's final coordinates. */
export interface FinalInsert {
  sheet: string;
  /** The new rows. */
  rows: number[];
  /** The row whose formats (and one-row merges) the new rows copy. */
  source: number;
  /** The rows just above and below the gap, for validations that span it. */
  above: number;
  below: number;
}

export interface Batch {
  /** Index of the first edit after the batch. */
  end: number;
  inserts: FinalInsert[];
  /** Where each sheet's original rows go (lower-case sheet name; absent: unmoved). */
  maps: Map<string, RowMap>;
  /** The other edits of the batch, in order, in final coordinates. */
  edits: Edit[];
}

function moved(e: Edit, map: RowMap, mover: ReferenceMover): Edit {
  switch (e.kind) {
    case 'insertRows':
      return e;
    case 'merge':
      return { ...e, top: map(e.top), bottom: map(e.bottom) };
    case 'extendMerge':
      return { ...e, row: map(e.row), bottom: map(e.bottom) };
    case 'copyFormat':
      return { ...e, row: map(e.row), fromRow: map(e.fromRow) };
    case 'formula':
      return { ...e, row: map(e.row), formula: mover.move(e.formula) };
    default:
      return { ...e, row: map(e.row) };
  }
}

function translate(edits: Edit[], start: number, end: number): Batch {
  const shifts = new Map<string, Shifts>();
  const of = (sheet: string) => {
    const k = sheet.toLowerCase();
    if (!shifts.has(k)) shifts.set(k, new Shifts());
    return shifts.get(k)!;
  };
  for (let i = start; i < end; i++) if (edits[i].kind === 'insertRows') of(edits[i].sheet);
  const refs = (k: string) => shifts.get(k)?.map;
  // One per host sheet; the maps it asks for are the live ones, growing as the walk goes up.
  const movers = new Map<string, ReferenceMover>();
  const mover = (sheet: string) => movers.get(sheet) ?? movers.set(sheet, new ReferenceMover(sheet, refs)).get(sheet)!;
  const inserts: FinalInsert[] = [];
  const out: Edit[] = [];
  for (let i = end - 1; i >= start; i--) {
    const e = edits[i];
    const s = of(e.sheet);
    if (e.kind !== 'insertRows') {
      out.push(moved(e, s.map, mover(e.sheet)));
      continue;
    }
    const rows = Array.from({ length: e.count }, (_, k) => s.map(e.at + k));
    const at = { sheet: e.sheet, at: e.at, count: e.count };
    const source = s.map(shiftRow(e.formatFrom, at));
    const above = s.map(e.at - 1);
    const below = s.map(e.at + e.count);
    s.before(e.at, e.count);
    inserts.push({ sheet: e.sheet, rows, source, above, below });
  }
  const maps = new Map([...shifts].map(([k, s]) => [k, s.frozen()]));
  return { end, inserts: inserts.reverse(), maps, edits: out.reverse() };
}

/** Rows an edit writes formats or merges into (final coordinates), for the batch's cut. */
function touched(e: Edit): [number, number] | null {
  switch (e.kind) {
    case 'insertRows':
      return null;
    case 'merge':
      return [e.top, e.bottom];
    case 'extendMerge':
      return [e.row, e.bottom];
    default:
      return [e.row, e.row];
  }
}

/** The index of the first insert that must wait for the edits before it, or -1. */
function firstConflict(edits: Edit[], b: Batch, start: number): number {
  const seen: { sheet: string; lo: number; hi: number }[] = [];
  const byRow = new Map<string, true>();
  let k = 0;
  let j = 0;
  for (let i = start; i < b.end; i++) {
    const e = edits[i];
    if (e.kind === 'insertRows') {
      const ins = b.inserts[k++];
      if (i > start) {
        const lo = Math.min(...ins.rows) - 1;
        const hi = Math.max(...ins.rows) + 1;
        if (byRow.has(`${ins.sheet}\u0000${ins.source}`)) return i;
        for (const t of seen) if (t.sheet === ins.sheet && t.lo <= Math.max(hi, ins.source) && Math.min(lo, ins.source) <= t.hi) return i;
      }
      continue;
    }
    const t = touched(b.edits[j++]);
    if (!t) continue;
    if (e.kind === 'merge' || e.kind === 'extendMerge') seen.push({ sheet: e.sheet, lo: t[0], hi: t[1] });
    else byRow.set(`${e.sheet}\u0000${t[0]}`, true);
  }
  return -1;
}

/** The batch that starts with the insert at `start`. */
export function batchAt(edits: Edit[], start: number): Batch {
  let end = edits.length;
  for (;;) {
    const b = translate(edits, start, end);
    const cut = firstConflict(edits, b, start);
    if (cut < 0) return b;
    end = cut;
  }
}
