/**
 * A formula cell the plan wrote, kept as its formula's shape (the text between its digit runs, shared
 * by every cell of that shape) and the runs' numbers, not as text: a 100 000-row sheet's score formulas
 * are a dozen shapes of ~400 two-byte characters, ~44 MB as text and copied again by every insert batch
 * that moves them. The text is made when the row is written out, byte for byte what the text would be.
 */
import { colLetters } from '../../sheet/a1';
import { moveRuns, type Shape } from '../../sheet/move-memo';
import type { RowMap } from '../../sheet/shift-formula';

export const esc = (s: string) => (/[&<>]/.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s);

/** Each shape's text between digit runs, escaped for XML (escaping never reaches across a digit). */
const XML = new WeakMap<Shape, string[]>();
function xmlParts(shape: Shape): string[] {
  let parts = XML.get(shape);
  if (!parts) XML.set(shape, (parts = shape.parts.map(esc)));
  return parts;
}

/** Entries of a block of the run pool (256 KB). */
const BLOCK = 1 << 16;
let block = new Int32Array(BLOCK);
let used = 0;

/**
 * The formula cells' digit runs, side by side in shared blocks: an array of its own per cell (~12 numbers
 * at 8 bytes, and the array's header) was ~14–17 MB of small arrays at 100 000 rows, alive to the end.
 * A run is at most 9 digits (ReferenceMover.take), a moved one a row number: both fit 32 bits.
 */
function pooled(runs: ArrayLike<number>): number {
  const n = runs.length;
  if (used + n > block.length) {
    block = new Int32Array(Math.max(BLOCK, n));
    used = 0;
  }
  const at = used;
  for (let d = 0; d < n; d++) block[at + d] = runs[d];
  used += n;
  return at;
}

export class FormulaCell {
  /** The block of the run pool holding this cell's runs, from `at` on (as many as the shape has). */
  readonly pool: Int32Array;
  readonly at: number;
  /**
   * @param tag the cell's start tag (<c r="K12" s="5" t="str">)
   * @param runs the numbers of the formula's digit runs, in order (copied into the run pool)
   * @param value what follows the formula in the cell (<v>8.33</v>, or nothing)
   */
  constructor(
    public tag: string,
    readonly shape: Shape,
    runs: ArrayLike<number>,
    readonly value: string,
  ) {
    this.at = pooled(runs);
    this.pool = block;
  }

  /** How many digit runs the formula has. */
  get count(): number {
    return this.shape.parts.length - 1;
  }

  /** The cell's element, as cellXml would make it from the formula's text. */
  text(): string {
    const parts = xmlParts(this.shape);
    let f = parts[0];
    for (let d = 0, n = this.count; d < n; d++) f += this.pool[this.at + d] + parts[d + 1];
    return `${this.tag}<f>${f}</f>${this.value}</c>`;
  }

  /** Its references moved as ReferenceMover.move moves the text; false (unchanged): only the text can say what (a row off the sheet). */
  move(host: string, mapOf: (sheet: string) => RowMap | undefined): boolean {
    return moveRuns(this.shape, this.pool, host, mapOf, this.at);
  }
}

/**
 * A cell as the writer keeps it: its element's text, a formula cell by shape, or a cell that holds
 * nothing but a style, as a number (`blankText`): fill formats ~270 000 empty cells at 100 000 rows,
 * each a string built, flattened and collected when kept as text.
 */
export type CellEl = string | FormulaCell | number;

/**
 * An empty cell's element, as cellXml writes it: n > 0 is s="n", 0 no s at all, -1 s="0" (a style
 * set to 0 on a cell that had one). The row is the one it is written in (a moved row's cells are renumbered).
 */
export const blankText = (n: number, r: number, c: number): string => `<c r="${colLetters(c)}${r}"${n > 0 ? ` s="${n}"` : n < 0 ? ' s="0"' : ''}/>`;

/** The number an empty cell of style s is kept as, when one says it (a style cellXml would write otherwise: null). */
export const blankOf = (s: number): number | null => (Number.isInteger(s) && s >= 0 ? s : null);

/** The cell's element; r, c: where it is (an empty cell kept as a number does not say). */
export const elText = (el: CellEl, r: number, c: number): string => (typeof el === 'string' ? el : typeof el === 'number' ? blankText(el, r, c) : el.text());
