/**
 * A plan's row insertions done at once. Edits after an `insertRows` are written in the
 * coordinates after it; here every insert and every edit is carried to the coordinates after the
 * last insert of the batch, so the sheet is rebuilt once instead of once per insert.
 * A batch ends before an insert whose format row an earlier edit of the batch touched (the
 * inserted rows must copy that row as it was when they were inserted).
 */
import type { Edit } from '../../sheet/plan';
import { shiftRow, type RowMap } from '../../sheet/shift-formula';
import { moveRuns, ReferenceMover, type Shape } from '../../sheet/move-memo';

/** A formula carried as its shape and its digit runs' numbers, rows already moved (`batchAt(…, true)`). */
export interface Taken {
  shape: Shape;
  runs: number[];
}
/** A carried edit; a formula one may come taken apart (its `formula` then is the plan's, unmoved: read `taken`). */
export type Carried = Edit | (Extract<Edit, { kind: 'formula' }> & { taken: Taken });

/**
 * Where later inserts carry a row: row + the counts of the breakpoints at or before it.
 * A fill plan inserts bottom-up, so the walk (last edit first) meets its inserts top-down and a new
 * breakpoint has the largest row number: kept in row order with running sums of their counts,
 * adding it is a push, and only breakpoints at or after a new one are touched (the old pass over
 * all of them and a prefix-sum refill after each insert were quadratic in a 100 000-row sheet's
 * 7 700 inserts).
 */
class Shifts {
  /** Breakpoints in row order, and sums[i] = count[0] + … + count[i]. */
  private at: number[] = [];
  private count: number[] = [];
  private sums: number[] = [];

  readonly map: RowMap = (row) => {
    // How many breakpoints are at or before `row`.
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.at[mid] <= row) lo = mid + 1;
      else hi = mid;
    }
    return lo ? row + this.sums[lo - 1] : row;
  };

  private push(at: number, count: number): void {
    const n = this.at.length;
    this.at.push(at);
    this.count.push(count);
    this.sums.push((n ? this.sums[n - 1] : 0) + count);
  }

  /** Becomes `this ∘ insert`: rows first go through the insert, then through the later ones. */
  before(at: number, count: number): void {
    // Breakpoints at or after the insert's row: `count` rows earlier, none before that row.
    const moved: [number, number][] = [];
    while (this.at.length && this.at[this.at.length - 1] >= at) {
      this.sums.pop();
      moved.push([Math.max(at, this.at.pop()! - count), this.count.pop()!]);
    }
    this.push(at, count);
    for (let i = moved.length - 1; i >= 0; i--) this.push(moved[i][0], moved[i][1]);
  }

  /** A frozen copy, for the maps of the original rows. */
  frozen(): RowMap {
    const copy = new Shifts();
    copy.at = [...this.at];
    copy.count = [...this.count];
    copy.sums = [...this.sums];
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
  edits: Carried[];
}

/**
 * The formula as its shape with its rows moved, as mover.move would move its text; null: it goes as text.
 * The package writer keeps a formula by shape anyway: moving the text and taking the new text apart
 * again made a string of every carried formula (~27 MB at 100 000 rows, alive beside the plan's own).
 */
function takenMoved(e: Extract<Edit, { kind: 'formula' }>, mover: ReferenceMover, refs: (sheet: string) => RowMap | undefined): Taken | null {
  if (e.cached instanceof Date) return null;
  const f = e.formula.charCodeAt(0) === 61 ? e.formula.slice(1) : e.formula;
  const t = mover.take(f);
  return t && moveRuns(t.shape, t.runs, e.sheet, refs) ? t : null;
}

/**
 * The edit in final coordinates. The kinds a fill plan has most of are made as literals, key for key as the plan's
 * type has them: a spread copy of an edit made key by key (the plan's blocks waiting flat, cli/edit-pack.ts)
 * carried its keys past the object's own room into a property array, and a formula's added `taken` made a new
 * hidden class for many of them — ~20 MB of the heap at 100 000 rows beside the same edits as literals.
 */
function moved(e: Edit, map: RowMap, mover: ReferenceMover, take: ((e: Extract<Edit, { kind: 'formula' }>) => Taken | null) | null): Carried {
  switch (e.kind) {
    case 'insertRows':
      return e;
    case 'merge':
      return { ...e, top: map(e.top), bottom: map(e.bottom) };
    case 'extendMerge':
      return { ...e, row: map(e.row), bottom: map(e.bottom) };
    case 'copyFormat':
      return e.cols === undefined
        ? { kind: 'copyFormat', sheet: e.sheet, row: map(e.row), col: e.col, fromRow: map(e.fromRow), fromCol: e.fromCol }
        : { kind: 'copyFormat', sheet: e.sheet, row: map(e.row), col: e.col, fromRow: map(e.fromRow), fromCol: e.fromCol, cols: e.cols };
    case 'formula': {
      const taken = take && take(e);
      const { sheet, col, formula, cached, numFormat } = e;
      const row = map(e.row);
      return taken
        ? { kind: 'formula', sheet, row, col, formula, cached, numFormat, taken }
        : { kind: 'formula', sheet, row, col, formula: mover.move(formula), cached, numFormat };
    }
    case 'value':
      return { kind: 'value', sheet: e.sheet, row: map(e.row), col: e.col, value: e.value, numFormat: e.numFormat };
    case 'fill':
      return { kind: 'fill', sheet: e.sheet, row: map(e.row), col: e.col, color: e.color };
    case 'bold':
      return { kind: 'bold', sheet: e.sheet, row: map(e.row), col: e.col };
    default:
      return { ...e, row: map(e.row) };
  }
}

function translate(edits: Edit[], start: number, end: number, taken: boolean): Batch {
  const shifts = new Map<string, Shifts>();
  // The last sheet's, without lower-casing its name again (a plan's edits come a sheet at a time).
  let last: [string, Shifts] | null = null;
  const of = (sheet: string) => {
    if (last?.[0] === sheet) return last[1];
    const k = sheet.toLowerCase();
    if (!shifts.has(k)) shifts.set(k, new Shifts());
    last = [sheet, shifts.get(k)!];
    return last[1];
  };
  for (let i = start; i < end; i++) if (edits[i].kind === 'insertRows') of(edits[i].sheet);
  const refs = (k: string) => shifts.get(k)?.map;
  // One per host sheet; the maps it asks for are the live ones, growing as the walk goes up.
  const movers = new Map<string, ReferenceMover>();
  const mover = (sheet: string) => movers.get(sheet) ?? movers.set(sheet, new ReferenceMover(sheet, refs)).get(sheet)!;
  const inserts: FinalInsert[] = [];
  const out: Carried[] = [];
  const take = taken ? (e: Extract<Edit, { kind: 'formula' }>) => takenMoved(e, mover(e.sheet), refs) : null;
  for (let i = end - 1; i >= start; i--) {
    const e = edits[i];
    const s = of(e.sheet);
    if (e.kind !== 'insertRows') {
      out.push(moved(e, s.map, mover(e.sheet), take));
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

/**
 * Row spans (merges) seen so far, by sheet and by block of 64 rows, to ask whether one meets a
 * span without a pass over all of them (a fill plan has a merge per insert: quadratic at 100 000 rows).
 */
class Spans {
  private blocks = new Map<string, [number, number][]>();
  private wide = new Map<string, [number, number][]>();

  private list(map: Map<string, [number, number][]>, key: string): [number, number][] {
    return map.get(key) ?? map.set(key, []).get(key)!;
  }

  add(sheet: string, lo: number, hi: number): void {
    if ((hi >> 6) - (lo >> 6) > 64) return void this.list(this.wide, sheet).push([lo, hi]);
    for (let b = lo >> 6; b <= hi >> 6; b++) this.list(this.blocks, `${sheet}\u0000${b}`).push([lo, hi]);
  }

  meets(sheet: string, lo: number, hi: number): boolean {
    const hit = (t: [number, number]) => t[0] <= hi && lo <= t[1];
    if (this.wide.get(sheet)?.some(hit)) return true;
    if ((hi >> 6) - (lo >> 6) > 64) {
      for (const [k, list] of this.blocks) if (k.startsWith(`${sheet}\u0000`) && list.some(hit)) return true;
      return false;
    }
    for (let b = lo >> 6; b <= hi >> 6; b++) if (this.blocks.get(`${sheet}\u0000${b}`)?.some(hit)) return true;
    return false;
  }
}

/** The index of the first insert that must wait for the edits before it, or -1. */
function firstConflict(edits: Edit[], b: Batch, start: number): number {
  const seen = new Spans();
  // Rows written, by sheet (a key string per edit was most of this walk).
  const byRow = new Map<string, Set<number>>();
  let k = 0;
  let j = 0;
  for (let i = start; i < b.end; i++) {
    const e = edits[i];
    if (e.kind === 'insertRows') {
      const ins = b.inserts[k++];
      if (i > start) {
        const lo = Math.min(...ins.rows) - 1;
        const hi = Math.max(...ins.rows) + 1;
        if (byRow.get(ins.sheet)?.has(ins.source)) return i;
        if (seen.meets(ins.sheet, Math.min(lo, ins.source), Math.max(hi, ins.source))) return i;
      }
      continue;
    }
    const t = touched(b.edits[j++]);
    if (!t) continue;
    if (e.kind === 'merge' || e.kind === 'extendMerge') seen.add(e.sheet, t[0], t[1]);
    else (byRow.get(e.sheet) ?? byRow.set(e.sheet, new Set()).get(e.sheet)!).add(t[0]);
  }
  return -1;
}

/** The batch that starts with the insert at `start`; `taken`: formulas carried by shape where they have one (Carried). */
export function batchAt(edits: Edit[], start: number, taken = false): Batch {
  let end = edits.length;
  for (;;) {
    const b = translate(edits, start, end, taken);
    const cut = firstConflict(edits, b, start);
    if (cut < 0) return b;
    end = cut;
  }
}
