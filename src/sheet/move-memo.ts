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

const HOST = '\u0000';
const MAX_SHAPES = 20000;
/**
 * Shapes learnt, shared by every mover: what a shape's digit runs are does not depend on the row
 * maps nor on the host's name (HOST stands for it), so a workbook of 1 000 small sheets learns
 * its formulas' few shapes once, not once per sheet.
 */
const SHAPES = new Map<string, Slots | null>();
// Private-use characters around a reference number (a formula holding them fails the check in move()).
const MARK = /\uE000(\d+)\uE001/y;

const isDigit = (c: number) => c >= 48 && c <= 57;

function sheetName(prefix: string): string {
  return prefix.startsWith("'") ? prefix.slice(1, -1).replace(/''/g, "'") : prefix;
}

export class ReferenceMover {
  private readonly hostKey: string;
  /** A host whose name would stop its references moving (never a real sheet name) learns nothing. */
  private readonly shared: boolean;

  constructor(
    private readonly host: string,
    private readonly mapOf: (sheet: string) => RowMap | undefined,
  ) {
    this.hostKey = host.toLowerCase();
    this.shared = !host.includes('[') && !host.includes(':');
  }

  /** The same as moveReferences(formula, host, mapOf). */
  move(formula: string): string {
    const digits: string[] = [];
    let key = '';
    let last = 0;
    for (let i = 0; i < formula.length; i++) {
      const c = formula.charCodeAt(i);
      if (c === 0) return moveReferences(formula, this.host, this.mapOf);
      if (!isDigit(c)) continue;
      let j = i + 1;
      while (j < formula.length && isDigit(formula.charCodeAt(j))) j++;
      key += formula.slice(last, i) + '\u0000';
      digits.push(formula.slice(i, j));
      last = j;
      i = j - 1;
    }
    if (!digits.length || !this.shared) return moveReferences(formula, this.host, this.mapOf);
    key += formula.slice(last);
    let slots = SHAPES.get(key);
    if (slots === undefined) {
      if (SHAPES.size >= MAX_SHAPES) return moveReferences(formula, this.host, this.mapOf);
      const full = moveReferences(formula, this.host, this.mapOf);
      slots = this.learn(formula, digits.length);
      const mine = slots && this.apply(key, slots, digits);
      // Kept only when it gives this formula's own answer (a row pushed off the sheet proves nothing).
      if (mine === null && slots) return full;
      if (mine !== full) slots = null;
      SHAPES.set(key, slots);
      return full;
    }
    return (slots && this.apply(key, slots, digits)) ?? moveReferences(formula, this.host, this.mapOf);
  }

  private apply(key: string, slots: Slots, digits: string[]): string | null {
    let out = '';
    let d = 0;
    let from = 0;
    for (let i = key.indexOf('\u0000'); i >= 0; i = key.indexOf('\u0000', i + 1)) {
      const sheet = slots[d];
      const map = sheet === null ? undefined : this.mapOf(sheet === HOST ? this.hostKey : sheet);
      let text = digits[d];
      if (map) {
        const r = map(Number(text));
        if (r > MAX_ROW) return null;
        text = String(r);
      }
      out += key.slice(from, i) + text;
      from = i + 1;
      d++;
    }
    return out + key.slice(from);
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
