import { address, colLetters, colNumber, parseAddress, parseAreas, parseRect, qualified, rectAddress, splitSheet, MAX_COLS, MAX_ROWS } from '../../src/sheet/a1';

describe('a1: the one address module', () => {
  test('column letters and numbers are inverse over the whole sheet width', () => {
    for (let c = 1; c <= MAX_COLS; c++) expect(colNumber(colLetters(c))).toBe(c);
    expect(colLetters(1)).toBe('A');
    expect(colLetters(27)).toBe('AA');
    expect(colLetters(MAX_COLS)).toBe('XFD');
    expect(colNumber('xfd')).toBe(MAX_COLS);
  });

  test('column numbers outside the sheet are refused', () => {
    expect(() => colLetters(0)).toThrow(RangeError);
    expect(() => colLetters(MAX_COLS + 1)).toThrow(RangeError);
    expect(() => colLetters(Number.NaN)).toThrow(RangeError);
  });

  test('cell addresses round-trip, $ signs accepted', () => {
    expect(address(12, 2)).toBe('B12');
    expect(address(1, 703)).toBe('AAA1');
    expect(parseAddress('$B$12')).toEqual({ row: 12, col: 2 });
    expect(parseAddress(' aa3 ')).toEqual({ row: 3, col: 27 });
    expect(() => parseAddress('B')).toThrow('不是单元格地址');
  });

  test('ranges, whole rows and whole columns', () => {
    expect(parseRect('C9:A1')).toEqual({ top: 1, left: 1, bottom: 9, right: 3 });
    expect(parseRect('5:7')).toEqual({ top: 5, left: 1, bottom: 7, right: MAX_COLS });
    expect(parseRect('C:D')).toEqual({ top: 1, left: 3, bottom: MAX_ROWS, right: 4 });
    expect(parseRect('A0')).toBeNull();
    expect(parseRect('A1:B2:C3')).toBeNull();
    for (const a of ['A1', 'A1:C9', '5:7', 'C:D']) expect(rectAddress(parseRect(a)!)).toBe(a);
  });

  test('sheet-qualified addresses quote the names Excel quotes', () => {
    const r = { top: 1, left: 1, bottom: 2, right: 2 };
    expect(qualified('目标表', r)).toBe('目标表!A1:B2');
    expect(qualified("My 'Sheet'", r)).toBe("'My ''Sheet'''!A1:B2");
    expect(qualified('A1', r)).toBe("'A1'!A1:B2");
    expect(qualified('R1C1', r)).toBe("'R1C1'!A1:B2");
    expect(splitSheet("'My ''Sheet'''!A1")).toEqual({ sheet: "My 'Sheet'", ref: 'A1' });
    expect(splitSheet('A1')).toEqual({ sheet: null, ref: 'A1' });
  });

  test('multi-area lists split on commas outside quotes', () => {
    const areas = parseAreas("'a, b'!A1, B2:B4");
    expect(areas).toEqual([
      { sheet: 'a, b', rect: { top: 1, left: 1, bottom: 1, right: 1 } },
      { sheet: null, rect: { top: 2, left: 2, bottom: 4, right: 2 } },
    ]);
    expect(() => parseAreas('A1,,B2')).toThrow();
  });
});
