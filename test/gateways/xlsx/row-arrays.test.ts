/**
 * A row's values wait until the row is done and then become one array of the row's length (Scan.value/flush:
 * a row grown cell by cell held ~17 slots for ~10 used). What the grid holds must not change: holes where a row
 * has no value, a row written twice in the file, cells out of order, a far column (past the gathered ones) kept
 * sparse beside near ones, a formula's row, and the last row of the sheet.
 */
import { readSheet, type SheetContext } from '../../../src/gateways/xlsx/sheet';

const ctx: SheetContext = {
  sst: ['甲', '乙'],
  styles: { numFmt: [null], date: [false] },
  date1904: false,
  refuse: (zh: string) => {
    throw new Error(zh);
  },
};
const sheet = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
const num = (ref: string, v: number) => `<c r="${ref}"><v>${v}</v></c>`;
const str = (ref: string, i: number) => `<c r="${ref}" t="s"><v>${i}</v></c>`;
/** Every slot of a row as [index, value] for the slots it has (holes left out), and its length. */
const shape = (r: unknown[] | undefined) => (r ? { length: r.length, slots: Object.keys(r).map((k) => [Number(k), r[Number(k)]]) } : undefined);

describe('row arrays', () => {
  it('keeps holes, lengths, order and rows without values as before', () => {
    const g = readSheet(
      sheet(
        `<row r="1">${num('C1', 3)}${str('A1', 0)}<c r="B1" s="0"/></row>` + // out of order, an empty cell between
          `<row r="2"><c r="A2"/></row>` + // no value: no row array
          `<row r="3">${num('E3', 5)}</row>` +
          `<row r="4">${num('A4', 1)}<c r="B4"><f>A4*2</f><v>2</v></c></row>`,
      ),
      'S',
      ctx,
    );
    expect(g.values.length).toBe(4);
    expect(shape(g.values[0])).toEqual({
      length: 3,
      slots: [
        [0, '甲'],
        [2, 3],
      ],
    });
    expect(1 in g.values).toBe(false);
    expect(shape(g.values[2])).toEqual({ length: 5, slots: [[4, 5]] });
    expect(shape(g.values[3])).toEqual({
      length: 2,
      slots: [
        [0, 1],
        [1, 2],
      ],
    });
    expect(g.formulas?.[3]?.[1]).toBe('A4*2');
  });

  it('adds a row written twice to the one it has; the later cell of a column wins', () => {
    const g = readSheet(sheet(`<row r="1">${num('A1', 1)}${num('B1', 2)}</row><row r="2">${num('A2', 9)}</row><row r="1">${num('B1', 7)}${num('D1', 4)}</row>`), 'S', ctx);
    expect(shape(g.values[0])).toEqual({
      length: 4,
      slots: [
        [0, 1],
        [1, 7],
        [3, 4],
      ],
    });
    expect(shape(g.values[1])).toEqual({ length: 1, slots: [[0, 9]] });
  });

  it('keeps a far column sparse beside near ones, in either order', () => {
    const g = readSheet(sheet(`<row r="1">${num('B1', 2)}${num('XFD1', 9)}</row><row r="2">${num('XFD2', 8)}${num('A2', 1)}</row>`), 'S', ctx);
    expect(shape(g.values[0])).toEqual({
      length: 16384,
      slots: [
        [1, 2],
        [16383, 9],
      ],
    });
    expect(shape(g.values[1])).toEqual({
      length: 16384,
      slots: [
        [0, 1],
        [16383, 8],
      ],
    });
    expect(g.colCount).toBe(16384);
  });
});
