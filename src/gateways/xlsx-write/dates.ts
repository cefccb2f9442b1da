/**
 * A date in a plan written as Excel stores one (ECMA-376 Part 1, 18.17.4.1): the serial day number in
 * the workbook's date system, in a cell whose number format shows a date. A cell already formatted as
 * a date keeps its format; any other gets built-in format 14 (the short date of the user's Excel
 * language), what the ExcelJS path writes too.
 */
import { dateToSerial } from '../../domain/excel-date';
import { readStyles } from '../xlsx/styles';
import { cellXml, type SheetXml } from './sheet';
import type { StyleBook } from './styles';

/** Built-in format 14. */
const SHORT_DATE = 'mm-dd-yy';

export class DateCells {
  private shows: boolean[] | null = null;
  constructor(
    private date1904: boolean,
    private stylesXml: string,
  ) {}

  /** The date as the cell's value, or as the cached result of `formula` (then the cell, too, shows a date, as Excel formats it). */
  put(ws: SheetXml, styles: StyleBook, e: { row: number; col: number; value: Date; numFormat?: string }, formula = ''): void {
    const s0 = ws.styleAt(e.row, e.col);
    // Formats of the file's own styles, read once; a style the plan derived is judged as not a date.
    this.shows ??= readStyles(this.stylesXml).date;
    const numFmt = e.numFormat ?? (this.shows[s0] ? undefined : SHORT_DATE);
    const s = numFmt ? styles.derive(s0, { numFmt }) : s0;
    ws.put(e.row, e.col, cellXml(e.row, e.col, s, undefined, `${formula}<v>${dateToSerial(e.value, this.date1904)}</v>`));
  }
}
