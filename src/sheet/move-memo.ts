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
interface Shape {
  slots: Slots;
  parts: string[];
}

const HOST = '\u0000';
const MAX_SHAPES = 20000;
const RECENT = 16;
/**
 * Shapes learnt, shared by every mover: what a shape's digit runs are does not depend on the row
 * maps nor on the host's name (HOST stands for it), so a workbook of 1 000 small sheets learns
 * its formulas' few shapes once, not once per sheet.
 */
const SHAPES = new Map<string, Shape | null>();
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
  /** Shapes this mover met last, newest first, and the digit runs of the formula last matched. */
  private recent: Shape[] = [];
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
    // A sheet's formulas come in a few shapes in turn: the recent ones are tried first, by comparing
    // text in place (a key string and its hash cost ~5 µs a formula, 2 s of a 100 000-row fill).
    for (const shape of this.recent) if (this.match(shape, formula)) return this.apply(shape, formula) ?? moveReferences(formula, this.host, this.mapOf);
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
      if (shape) this.remember(shape);
      return full;
    }
    // The key is this formula's own, so it matches: match() only takes its digit runs apart.
    if (!shape || !this.match(shape, formula)) return moveReferences(formula, this.host, this.mapOf);
    this.remember(shape);
    return this.apply(shape, formula) ?? moveReferences(formula, this.host, this.mapOf);
  }

  private remember(shape: Shape): void {
    this.recent.unshift(shape);
    if (this.recent.length > RECENT) this.recent.pop();
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
  private apply({ slots, parts }: Shape, f: string): string | null {
    let out = parts[0];
    for (let d = 0; d < slots.length; d++) {
      const sheet = slots[d];
      const map = sheet === null ? undefined : this.mapOf(sheet === HOST ? this.hostKey : sheet);
      const text = f.slice(this.from[d], this.to[d]);
      if (map) {
        const r = map(Number(text));
        if (r > MAX_ROW) return null;
        out += r;
      } else out += text;
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
