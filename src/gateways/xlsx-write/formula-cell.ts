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

export class FormulaCell {
  /**
   * @param tag the cell's start tag (<c r="K12" s="5" t="str">)
   * @param runs the numbers of the formula's digit runs, in order
   * @param value what follows the formula in the cell (<v>8.33</v>, or nothing)
   */
  constructor(
    public tag: string,
    readonly shape: Shape,
    readonly runs: number[],
    readonly value: string,
  ) {}

  /** The cell's element, as cellXml would make it from the formula's text. */
  text(): string {
    const parts = xmlParts(this.shape);
    let f = parts[0];
    for (let d = 0; d < this.runs.length; d++) f += this.runs[d] + parts[d + 1];
    return `${this.tag}<f>${f}</f>${this.value}</c>`;
  }

  /** Its references moved as ReferenceMover.move moves the text; false (unchanged): only the text can say what (a row off the sheet). */
  move(host: string, mapOf: (sheet: string) => RowMap | undefined): boolean {
    return moveRuns(this.shape, this.runs, host, mapOf);
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
