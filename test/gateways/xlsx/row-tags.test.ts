/**
 * Row tags are read where they stand when they are plain (r and s in digits); any other spelling goes the
 * general way. Both ways must give the same rows: hidden rows, spaces around “=”, a row number written as an
 * entity, rows without r, empty rows, a row's style inherited by the cells a merge covers.
 */
import { readSheet, type SheetContext } from '../../../src/gateways/xlsx/sheet';

const ctx: SheetContext = {
  sst: [],
  styles: { numFmt: [null, '0.00%'], date: [false, false] },
  date1904: false,
  refuse: (zh: string) => {
    throw new Error(zh);
  },
};

const sheet = (rows: string, tail = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${tail}</worksheet>`;
const cell = (ref: string, v: number) => `<c r="${ref}"><v>${v}</v></c>`;

describe('row tags', () => {
  it('reads hidden rows in every spelling the general reader takes', () => {
    const g = readSheet(
      sheet(
        `<row r="1">${cell('A1', 1)}</row><row r="2" hidden="1">${cell('A2', 2)}</row><row r="3" spans="1:1" hidden = "true">${cell('A3', 3)}</row>` +
          `<row r="4" hidden="0">${cell('A4', 4)}</row><row r="5" s="1" customFormat="1" hidden='1'>${cell('A5', 5)}</row>`,
      ),
      'S',
      ctx,
    );
    expect(g.hiddenRows).toEqual([2, 3, 5]);
    expect(g.values.map((r) => r?.[0])).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads r written with spaces, as an entity or left out, and empty rows', () => {
    const g = readSheet(
      sheet(`<row r = "2">${cell('A2', 2)}</row><row r="&#51;">${cell('A3', 3)}</row><row r="4"/><row><c><v>5</v></c></row><row r='7' spans="1:1">${cell('A7', 7)}</row>`),
      'S',
      ctx,
    );
    expect(g.values.map((r) => r?.[0])).toEqual([undefined, 2, 3, undefined, 5, undefined, 7]);
    expect(g.rowCount).toBe(7);
  });

  it("gives a row's number format to the cells a merge covers in it", () => {
    const g = readSheet(
      sheet(
        `<row r="1" s="1" customFormat="1">${cell('A1', 0.5)}<c r="B1"/></row><row r="2">${cell('A2', 1)}</row>`,
        '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
      ),
      'S',
      ctx,
    );
    expect(g.numFormats?.[0]?.[1]).toBe('0.00%');
  });

  it('refuses a row beyond Excel in one line, whichever way its tag is read', () => {
    expect(() => readSheet(sheet(`<row r="1048577">${cell('A1', 1)}</row>`), 'S', ctx)).toThrow(/超出 Excel 的范围/);
    expect(() => readSheet(sheet(`<row r = "1048577">${cell('A1', 1)}</row>`), 'S', ctx)).toThrow(/超出 Excel 的范围/);
  });
});
