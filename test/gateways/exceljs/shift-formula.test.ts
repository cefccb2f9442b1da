import { shiftFormula, shiftSqref, shiftSpan } from '../../../src/sheet/shift-formula';

const s = { sheet: 'Sheet 1', at: 5, count: 2 };
const on = (f: string, host = 'Sheet 1') => shiftFormula(f, host, s);

describe('shiftFormula', () => {
  test.each([
    ['A4+A5', 'A4+A7'],
    ['$B$5*C$9/$D10', '$B$7*C$11/$D12'],
    ['SUM(A1:A4)', 'SUM(A1:A4)'],
    ['SUM(A1:A5)', 'SUM(A1:A7)'],
    ['SUM(A5:B9)', 'SUM(A7:B11)'],
    ['SUM(A6:A1)', 'SUM(A8:A1)'],
    ['SUM(A:A)+SUM($B:$C)', 'SUM(A:A)+SUM($B:$C)'],
    ['SUM(5:9)+SUM($3:$5)', 'SUM(7:11)+SUM($3:$7)'],
    ['IF(A5="A5 and B9",A5,"")', 'IF(A7="A5 and B9",A7,"")'],
    ['"say ""A5"""&A5', '"say ""A5"""&A7'],
    ['LOG10(A5)+ATAN2(A1,A6)', 'LOG10(A7)+ATAN2(A1,A8)'],
    ['Table1[Col5]+A5', 'Table1[Col5]+A7'],
    ['[1]Sheet1!A5', '[1]Sheet1!A5'],
    ['rate2024*A9', 'rate2024*A11'],
    ['A1048575', '#REF!'],
  ])('%s', (f, want) => expect(on(f)).toBe(want));

  test('sheet-qualified refs move only for the target sheet', () => {
    expect(on("'Sheet 1'!A5+Other!A5+A5", 'Other')).toBe("'Sheet 1'!A7+Other!A5+A5");
    expect(on("SUM('sheet 1'!$C$3:$C$20)", 'X')).toBe("SUM('sheet 1'!$C$3:$C$22)");
  });

  test('unquoted Chinese sheet names', () => {
    const t = { sheet: '附表', at: 3, count: 1 };
    expect(shiftFormula('附表!B3*2+B3', '汇总', t)).toBe('附表!B4*2+B3');
    expect(shiftFormula('"附表!B3"&B3', '附表', t)).toBe('"附表!B3"&B4');
  });

  test('3D and external quoted refs are left alone', () => {
    expect(on("SUM(Sheet1:Sheet3!A5)+'[Book.xlsx]Sheet 1'!A5", 'X')).toBe("SUM(Sheet1:Sheet3!A5)+'[Book.xlsx]Sheet 1'!A5");
  });
});

describe('ranges', () => {
  test('shiftSpan', () => {
    expect(shiftSpan(1, 4, s)).toEqual([1, 4]);
    expect(shiftSpan(4, 5, s)).toEqual([4, 7]);
    expect(shiftSpan(5, 5, s)).toEqual([7, 7]);
  });
  test('shiftSqref', () => {
    expect(shiftSqref('A1:B4 C3:C8  D9', s)).toBe('A1:B4 C3:C10 D11');
  });
});
