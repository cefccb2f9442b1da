/**
 * Excel dates, in one place: serial day numbers ⇄ Date (both date systems) and which number formats
 * show a date or a time.
 *
 * Serials count days; 1900 system: day 0 is 1899-12-30 from serial 61 on (Excel keeps Lotus's
 * 1900-02-29, so serials 1–60 read a day early here — every reader, ExcelJS included, does the same).
 * 1904 system (old Mac workbooks, `<workbookPr date1904="1"/>`): day 0 is 1904-01-01, 1 462 days later.
 * Dates are UTC midnight based, as the file readers give them, so a date never shifts with the machine's zone.
 */

const DAY_MS = 86400000;
/** Serial of 1970-01-01 in the 1900 system. */
const UNIX_EPOCH = 25569;
/** Days between the 1900 and the 1904 systems' day 0. */
const SHIFT_1904 = 1462;

/** Serial day → Date (time of day kept, rounded to the millisecond). */
export function serialToDate(serial: number, date1904 = false): Date {
  return new Date(Math.round((serial - UNIX_EPOCH + (date1904 ? SHIFT_1904 : 0)) * DAY_MS));
}

/** Date → serial day (fractional when the date has a time of day). */
export function dateToSerial(d: Date, date1904 = false): number {
  return d.getTime() / DAY_MS + UNIX_EPOCH - (date1904 ? SHIFT_1904 : 0);
}

/** What a number format shows of a serial: a calendar date (maybe with a time), a time of day or duration only, or neither. */
export type DateFormatKind = 'date' | 'time' | null;

/**
 * The format's codes with everything that is literal taken out: "quoted text", \escaped and _spaced / *filled
 * characters, and [bracketed] sections except elapsed time ([h], [mm], [ss]).
 */
function codes(fmt: string): string {
  return fmt
    .replace(/"[^"]*"/g, '')
    .replace(/[\\_*]./g, '')
    .replace(/\[(h+|m+|s+)\]/gi, '$1')
    .replace(/\[[^\]]*\]/g, '');
}

/**
 * What kind of date a number format shows. Excel reads its format codes case-insensitively; `m` is minutes
 * when the format also has hours or seconds, else months; `b` is a Buddhist-calendar year.
 */
export function dateFormatKind(fmt: string | null | undefined): DateFormatKind {
  if (!fmt) return null;
  const c = codes(fmt);
  if (/[ydb]/i.test(c) || (/m/i.test(c) && !/[hs]/i.test(c))) return 'date';
  if (/[hms]/i.test(c)) return 'time';
  return null;
}

/**
 * Does the format show a date or a time? Time-only formats count: the cell holds a serial and the file
 * readers (ExcelJS, the streaming reader) give it as a Date, so the Office snapshot must too for the engine
 * to see one grid whichever way the sheet was read. Whether a number is a calendar date is `dateFormatKind`'s
 * question ('date'), not this one.
 */
export function isDateFormat(fmt: string | null | undefined): boolean {
  return dateFormatKind(fmt) !== null;
}
