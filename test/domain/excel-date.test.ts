import { dateFormatKind, dateToSerial, isDateFormat, serialToDate } from '../../src/domain/excel-date';

describe('serial days ⇄ Date', () => {
  test.each([
    [61, '1900-03-01'],
    [25569, '1970-01-01'],
    [45292, '2024-01-01'],
    [2958465, '9999-12-31'],
  ])('1900 system: %d is %s', (serial, iso) => {
    expect(serialToDate(serial).toISOString().slice(0, 10)).toBe(iso);
    expect(dateToSerial(new Date(iso + 'T00:00:00Z'))).toBe(serial);
  });

  test('1904 system: day 0 is 1904-01-01, 1 462 days after the 1900 system', () => {
    expect(serialToDate(0, true).toISOString()).toBe('1904-01-01T00:00:00.000Z');
    expect(serialToDate(43830, true).toISOString().slice(0, 10)).toBe(
      serialToDate(43830 + 1462)
        .toISOString()
        .slice(0, 10),
    );
    expect(dateToSerial(new Date('2024-01-01T00:00:00Z'), true)).toBe(45292 - 1462);
  });

  test('time of day survives the round trip, to the millisecond', () => {
    const d = serialToDate(45292.75);
    expect(d.toISOString()).toBe('2024-01-01T18:00:00.000Z');
    expect(dateToSerial(d)).toBeCloseTo(45292.75, 9);
  });

  test("serials before 1900-03-01 read a day early (Lotus's 1900-02-29), as every reader does", () => {
    expect(serialToDate(1).toISOString().slice(0, 10)).toBe('1899-12-31');
    expect(serialToDate(60).toISOString().slice(0, 10)).toBe('1900-02-28');
  });
});

describe('date formats: one rule where three disagreed', () => {
  test.each([
    ['yyyy"年"m"月"d"日"', 'date'],
    ['[DBNum1][$-804]yyyy"年"m"月"d"日"', 'date'],
    ['mm-dd-yy', 'date'],
    ['m"月"', 'date'],
    ['yyyy-mm-dd hh:mm', 'date'],
    ['h:mm', 'time'],
    ['h:mm AM/PM', 'time'],
    ['mm:ss', 'time'],
    ['[h]:mm:ss', 'time'],
    ['上午/下午 h"时"mm"分"', 'time'],
    ['General', null],
    ['G/通用格式', null],
    ['0.00%', null],
    ['#,##0.00', null],
    ['0.00E+00', null],
    ['_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ', null],
    ['0"天"', null],
    ['@', null],
  ])('%s → %s', (fmt, kind) => {
    expect(dateFormatKind(fmt)).toBe(kind);
    expect(isDateFormat(fmt)).toBe(kind !== null);
  });

  // Where the Office snapshot, the streaming reader and the value reader used to differ.
  test('time-only formats are date-typed cells (Date in the grid) but not calendar dates', () => {
    // value.ts said no, both gateways yes: the gateways keep giving a Date, the value reader keeps refusing it as a day.
    expect(isDateFormat('h:mm:ss')).toBe(true);
    expect(dateFormatKind('h:mm:ss')).toBe('time');
  });

  test('codes are read case-insensitively, as Excel does', () => {
    // The streaming reader (ExcelJS's rule) matched only lower case (and M).
    expect(dateFormatKind('YYYY')).toBe('date');
    expect(dateFormatKind('DD')).toBe('date');
    expect(dateFormatKind('HH:SS')).toBe('time');
  });

  test('escaped, spacing and fill characters are literal, not codes', () => {
    // The streaming reader judged the code after dropping backslashes, so 0.0\h read as a time.
    expect(isDateFormat('0.0\\h')).toBe(false);
    expect(isDateFormat('#,##0_m')).toBe(false);
    expect(isDateFormat('*d0')).toBe(false);
  });

  test('elapsed-time brackets are codes; other brackets are not', () => {
    // The Office snapshot and the streaming reader dropped every [...] section, so [h] alone was no time.
    expect(dateFormatKind('[h]')).toBe('time');
    expect(dateFormatKind('[Red]0.00')).toBe(null);
    expect(dateFormatKind('[$-F800]dddd')).toBe('date');
  });

  test('b is a Buddhist-era year (the Office snapshot and the value reader did not know it)', () => {
    expect(dateFormatKind('bbbb/mm/dd')).toBe('date');
  });

  test('empty and missing formats show no date', () => {
    expect(isDateFormat(null)).toBe(false);
    expect(isDateFormat(undefined)).toBe(false);
    expect(isDateFormat('')).toBe(false);
  });
});
