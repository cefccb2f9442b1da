/**
 * moveReferences for many formulas under one set of row maps, tokenising each formula *shape*
 * once. A shape is the formula with its digit runs blanked: a stacked sheet's thousands of
 * `ROUND(MIN(H5/G5,1)*I5,2)` differ only in their digits, and the tokeniser (shift-formula.ts)
 * never lets a digit run decide where a reference starts or ends, so formulas of one shape have
 * their references at the same digit runs. A reference's row digits become the moved row; every
 * other digit run is copied. Anything the shape cannot answer exactly (a sheet name with digits, a
 * row pushed past the last one) goes the full way.
 */
import { mapReferences, MAX_ROW, moveReferences, type RowMap } from './shift-formula';

/** Per digit run: the lower-case sheet whose map moves it (HOST: the formula's own), or null (copied as written). */
type Slots = (string | null)[];
/** A shape's slots and the text between its digit runs. */
export interface Shape {
  slots: Slots;
  parts: string[];
}

const HOST = '\u0000';
const MAX_SHAPES = 20000;
/**
 * Shapes learnt, shared by every mover: what a shape's digit runs are does not depend on the row
 * maps nor on the host's name (HOST stands for it), so a workbook of 1 000 small sheets learns
 * its formulas' few shapes once, not once per sheet.
 */
const SHAPES = new Map<string, Shape | null>();
/** The same shapes by a hash of their key, found without building the key (MoveReferences.scan). */
const BY_HASH = new Map<number, Shape>();
// Private-use characters around a reference number (a formula holding them fails the check in move()).
const MARK = /\uE000(\d+)\uE001/y;

const DIGITS = /\d+/g;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Makes V8 store a string built piece by piece as one flat string: kept as a tree of its ~40
 * pieces, 100 000 kept formulas cost the garbage collector three times what building them did.
 */
export function flatten(s: string): void {
  s.charCodeAt(0);
}

function sheetName(prefix: string): string {
  return prefix.startsWith("'") ? prefix.slice(1, -1).replace(/''/g, "'") : prefix;
}

export class ReferenceMover {
  private readonly hostKey: string;
  /** A host whose name would stop its references moving (never a real sheet name) learns nothing. */
  private readonly shared: boolean;
  /** The digit runs of the formula last scanned or matched. */
  private from = new Int32Array(32);
  private to = new Int32Array(32);

  constructor(
    private readonly host: string,
    private readonly mapOf: (sheet: string) => RowMap | undefined,
  ) {
    this.hostKey = host.toLowerCase();
    this.shared = !host.includes('[') && !host.includes(':');
  }

  /** The same as moveReferences(formula, host, mapOf). */
  move(formula: string): string {
    if (!this.shared) return moveReferences(formula, this.host, this.mapOf);
    // One pass finds the digit runs and a hash of the text between them; the shape of that hash is
    // then checked in place. Trying the shapes met last in turn cost up to 16 partial passes a formula:
    // a stacked sheet's score formulas come in a dozen shapes that differ only late (the unit's text).
    const runs = this.scan(formula);
    if (runs === 0) return moveReferences(formula, this.host, this.mapOf);
    const hit = runs > 0 ? BY_HASH.get(this.hash) : undefined;
    if (hit && this.fits(hit, formula, runs)) return this.apply(hit, formula) ?? moveReferences(formula, this.host, this.mapOf);
    const digits = formula.includes('\u0000') ? null : formula.match(DIGITS);
    if (!digits) return moveReferences(formula, this.host, this.mapOf);
    const key = formula.replace(DIGITS, '\u0000');
    let shape = SHAPES.get(key);
    if (shape === undefined) {
      if (SHAPES.size >= MAX_SHAPES) return moveReferences(formula, this.host, this.mapOf);
      const full = moveReferences(formula, this.host, this.mapOf);
      const slots = this.learn(formula, digits.length);
      shape = slots && { slots, parts: key.split('\u0000') };
      const mine = shape && this.match(shape, formula) ? this.apply(shape, formula) : null;
      // Kept only when it gives this formula's own answer (a row pushed off the sheet proves nothing).
      if (mine === null && shape) return full;
      if (mine !== full) shape = null;
      SHAPES.set(key, shape);
      // A hash two shapes share keeps the first: the other goes by its key every time (same answer).
      if (shape && runs > 0 && !BY_HASH.has(this.hash)) BY_HASH.set(this.hash, shape);
      return full;
    }
    // The key is this formula's own, so it matches: match() only takes its digit runs apart.
    if (!shape || !this.match(shape, formula)) return moveReferences(formula, this.host, this.mapOf);
    return this.apply(shape, formula) ?? moveReferences(formula, this.host, this.mapOf);
  }

  /**
   * The formula as its shape and the numbers of its digit runs, for a writer that keeps a sheet's
   * thousands of score formulas of a dozen shapes as numbers rather than text (formula-cell.ts); null:
   * no shape, or a run that is not a plain number (a leading zero, over 9 digits) and must stay text.
   * A shape first met here is kept only when it moves the formula as moveReferences does (rows + 1).
   */
  take(formula: string): { shape: Shape; runs: number[] } | null {
    if (!this.shared) return null;
    const n = this.scan(formula);
    if (n <= 0) return null;
    let shape: Shape | null | undefined = BY_HASH.get(this.hash);
    if (!shape || !this.fits(shape, formula, n)) {
      const key = formula.replace(DIGITS, '\u0000');
      shape = SHAPES.get(key);
      if (shape === null) return null;
      if (shape === undefined) {
        if (SHAPES.size >= MAX_SHAPES) return null;
        const hash = this.hash;
        const slots = this.learn(formula, n);
        const next: RowMap = (r) => r + 1;
        const learnt: Shape | null = slots && { slots, parts: key.split('\u0000') };
        if (!learnt || !this.match(learnt, formula) || this.apply(learnt, formula, () => next) !== moveReferences(formula, this.host, () => next)) return null;
        SHAPES.set(key, learnt);
        if (!BY_HASH.has(hash)) BY_HASH.set(hash, learnt);
        shape = learnt;
      }
      // match() (or the learning) put the runs' bounds in from/to, as scan() did.
      if (!this.match(shape, formula)) return null;
    }
    const runs = new Array<number>(n);
    for (let d = 0; d < n; d++) {
      const from = this.from[d];
      const to = this.to[d];
      if (to - from > 9 || (to - from > 1 && formula.charCodeAt(from) === 48)) return null;
      let x = 0;
      for (let i = from; i < to; i++) x = x * 10 + formula.charCodeAt(i) - 48;
      runs[d] = x;
    }
    return { shape, runs };
  }

  /** Hash of the last formula scanned: its text with each digit run as one mark. */
  private hash = 0;

  /**
   * The formula's digit runs into from/to and the hash of its shape; returns how many runs, or -1 for a
   * formula holding the character that stands for a run in a shape's key (it never has a shape).
   */
  private scan(f: string): number {
    let h = 0;
    let n = 0;
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (c === 0) return -1;
      if (!isDigit(c)) {
        h = (Math.imul(h, 31) + c) | 0;
        continue;
      }
      const start = i;
      while (i + 1 < f.length && isDigit(f.charCodeAt(i + 1))) i++;
      if (n === this.from.length) this.grow(n * 2);
      this.from[n] = start;
      this.to[n] = i + 1;
      n++;
      h = (Math.imul(h, 31) + 0x10000) | 0;
    }
    this.hash = (Math.imul(h, 31) + n) | 0;
    return n;
  }

  /** Whether the formula scan() took apart (its `runs` digit runs in from/to) has this shape's text between them. */
  private fits({ parts }: Shape, f: string, runs: number): boolean {
    if (parts.length !== runs + 1) return false;
    // Compared code unit by code unit: startsWith(part, at) cost twice the scan itself on these two-byte formulas.
    for (let d = 0; d <= runs; d++) {
      const p = parts[d];
      const at = d === 0 ? 0 : this.to[d - 1];
      if ((d === runs ? f.length : this.from[d]) - at !== p.length) return false;
      for (let k = 0; k < p.length; k++) if (f.charCodeAt(at + k) !== p.charCodeAt(k)) return false;
    }
    return true;
  }

  private grow(size: number): void {
    const from = new Int32Array(size);
    const to = new Int32Array(size);
    from.set(this.from);
    to.set(this.to);
    this.from = from;
    this.to = to;
  }

  /** Whether `f` has this shape (its text between digit runs); the runs' bounds go to from/to. */
  private match({ parts }: Shape, f: string): boolean {
    if (!f.startsWith(parts[0])) return false;
    let pos = parts[0].length;
    if (this.from.length < parts.length) {
      this.from = new Int32Array(parts.length * 2);
      this.to = new Int32Array(parts.length * 2);
    }
    for (let d = 1; d < parts.length; d++) {
      let j = pos;
      while (j < f.length && isDigit(f.charCodeAt(j))) j++;
      if (j === pos || !f.startsWith(parts[d], j)) return false;
      this.from[d - 1] = pos;
      this.to[d - 1] = j;
      pos = j + parts[d].length;
    }
    return pos === f.length;
  }

  /** The formula `match` last took apart, its reference rows moved; null: a row pushed off the sheet. */
  private apply({ slots, parts }: Shape, f: string, mapOf = this.mapOf): string | null {
    let out = parts[0];
    // The host's map asked once a formula, and the last row's answer kept: a score formula names its own row a dozen times.
    let hostMap: RowMap | undefined | null = null;
    let lastIn = -1;
    let lastMap: RowMap | undefined;
    let lastOut = '';
    for (let d = 0; d < slots.length; d++) {
      const sheet = slots[d];
      const from = this.from[d];
      const to = this.to[d];
      const map = sheet === null ? undefined : sheet === HOST ? (hostMap === null ? (hostMap = mapOf(this.hostKey)) : hostMap) : mapOf(sheet);
      if (map) {
        // The run's number read in place (as Number() reads its digits; a run past 2^53 lands past the last row either way).
        let n = 0;
        for (let i = from; i < to; i++) n = n * 10 + f.charCodeAt(i) - 48;
        if (n !== lastIn || map !== lastMap) {
          const r = map(n);
          if (r > MAX_ROW) return null;
          lastIn = n;
          lastMap = map;
          lastOut = String(r);
        }
        out += lastOut;
      } else out += f.slice(from, to);
      out += parts[d + 1];
    }
    flatten(out);
    return out;
  }

  /** Which digit runs are reference rows, and of which sheet; null: this shape goes the full way. */
  private learn(formula: string, runs: number): Slots | null {
    const refs: Slots[] = [];
    let ok = true;
    const marked = mapReferences(formula, (ref) => {
      const sheet = ref.prefix === undefined ? this.host : sheetName(ref.prefix);
      if (ref.prefix !== undefined && /\d/.test(ref.prefix)) ok = false;
      const moves = !ref.external && !sheet.includes('[') && !sheet.includes(':') && (ref.c1 !== undefined || ref.r1 !== undefined);
      const body = ref.prefix === undefined ? ref.text : ref.text.slice(ref.prefix.length + 1);
      const n = (body.match(/\d+/g) ?? []).length;
      const to = ref.prefix === undefined ? HOST : sheet.toLowerCase();
      refs.push(Array.from({ length: n }, () => (moves ? to : null)));
      return `\uE000${refs.length - 1}\uE001`;
    });
    if (!ok) return null;
    const slots: Slots = [];
    for (let i = 0; i < marked.length; i++) {
      MARK.lastIndex = i;
      const m = MARK.exec(marked);
      if (m) {
        slots.push(...refs[Number(m[1])]);
        i += m[0].length - 1;
        continue;
      }
      if (!isDigit(marked.charCodeAt(i))) continue;
      while (i + 1 < marked.length && isDigit(marked.charCodeAt(i + 1))) i++;
      slots.push(null);
    }
    return slots.length === runs ? slots : null;
  }
}

/**
 * The numbers of a formula kept as its shape (ReferenceMover.take) with its reference rows moved, as
 * ReferenceMover.move moves its text; false (nothing changed): a row pushed off the sheet, which only
 * the text can say (#REF!).
 */
export function moveRuns({ slots }: Shape, runs: { [d: number]: number }, host: string, mapOf: (sheet: string) => RowMap | undefined, at = 0): boolean {
  const hostKey = host.toLowerCase();
  let hostMap: RowMap | undefined | null = null;
  let moved: number[] | null = null;
  let lastIn = -1;
  let lastMap: RowMap | undefined;
  let lastOut = 0;
  for (let d = 0; d < slots.length; d++) {
    const sheet = slots[d];
    if (sheet === null) continue;
    const map = sheet === HOST ? (hostMap === null ? (hostMap = mapOf(hostKey)) : hostMap) : mapOf(sheet);
    if (!map) continue;
    const n = runs[at + d];
    if (n !== lastIn || map !== lastMap) {
      lastIn = n;
      lastMap = map;
      lastOut = map(n);
      if (lastOut > MAX_ROW) return false;
    }
    if (lastOut !== n) {
      if (!moved) {
        moved = new Array<number>(slots.length);
        for (let k = 0; k < slots.length; k++) moved[k] = runs[at + k];
      }
      moved[d] = lastOut;
    }
  }
  if (moved) for (let d = 0; d < slots.length; d++) runs[at + d] = moved[d];
  return true;
}
